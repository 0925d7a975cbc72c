import type { FakeReply } from './fake-reply.js';
import { oktaErrorBody } from './okta-error-body.js';

/** Okta's 404 for an unknown resource (`E0000007`), naming it. */
export function notFound(resource: string): FakeReply {
  return {
    status: 404,
    body: oktaErrorBody('E0000007', `Not found: Resource not found: ${resource}`),
  };
}
