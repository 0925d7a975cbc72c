import type { FakeOrg } from './fake-org.js';
import type { FakeReply } from './fake-reply.js';
import { INVALID_TOKEN_BODY, oktaErrorBody } from './okta-error-body.js';

// The OAuth scope each API family needs (REFERENCE §1.1, §2).
const SCOPES: [string, string][] = [
  ['/api/v1/users', 'okta.users.read'],
  ['/api/v1/apps', 'okta.apps.read'],
  ['/api/v1/groups', 'okta.groups.read'],
  ['/api/v1/eventHooks', 'okta.eventHooks.read'],
];

/**
 * Checks a request's credentials like Okta: `SSWS <token>` with the org's
 * API token, or `Bearer`/`DPoP <access token>` issued by its token
 * endpoint and carrying the scope the path needs. Returns the refusal
 * (401 `E0000011`, 403 `E0000006`), or undefined when allowed.
 */
export function authorize(org: FakeOrg, request: Request, pathname: string): FakeReply | undefined {
  const header = request.headers.get('authorization') ?? '';

  if (header === `SSWS ${org.token}` && !org.tokenRevoked) {
    return undefined;
  }

  const accessToken = /^(?:Bearer|DPoP) (\S+)$/.exec(header)?.[1];
  const scopes = accessToken === undefined ? undefined : org.scopesOf(accessToken);

  if (scopes === undefined) {
    return { status: 401, body: INVALID_TOKEN_BODY };
  }

  const needed = SCOPES.find(([prefix]) => pathname.startsWith(prefix))?.[1];

  if (needed === undefined || scopes.includes(needed)) {
    return undefined;
  }

  const summary = 'You do not have permission to perform the requested action';

  return { status: 403, body: oktaErrorBody('E0000006', summary, [`missing scope ${needed}`]) };
}
