import { isSyncError } from '../../errors/sync-error.js';
import type { FakeOrg } from './fake-org.js';
import type { FakeReply } from './fake-reply.js';
import { listUsersReply, withAbsoluteSelf } from './list-users-reply.js';
import { INVALID_TOKEN_BODY, oktaErrorBody } from './okta-error-body.js';
import type { RateLimitSnapshot } from './rate-limit-window.js';

const USERS_PATH = '/api/v1/users';
const USER_PATH = /^\/api\/v1\/users\/([^/]+)$/;

/**
 * Answers one request to a fake org the way Okta's Users API would:
 * `GET /api/v1/users` and `GET /api/v1/users/{idOrLogin}`, behind
 * `Authorization: SSWS <token>`, with Okta's error bodies and headers
 * (`Date`, `X-Okta-Request-Id`, `X-Rate-Limit-*`, `Link`). Framework-free:
 * msw and the node:http server both call it.
 */
export async function handleRequest(org: FakeOrg, request: Request): Promise<Response> {
  const url = new URL(request.url);
  const rateLimit = org.recordRequest(request.method, `${url.pathname}${url.search}`);

  return toResponse(route(org, request, url), rateLimit, org.clock.now());
}

function route(org: FakeOrg, request: Request, url: URL): FakeReply {
  if (request.headers.get('authorization') !== `SSWS ${org.token}`) {
    return { status: 401, body: INVALID_TOKEN_BODY };
  }

  if (request.method !== 'GET') {
    const summary = 'The endpoint does not support the provided HTTP method';

    return { status: 405, body: oktaErrorBody('E0000022', summary) };
  }

  try {
    return routeRead(org, url);
  } catch (error) {
    if (isSyncError(error) && error.code === 'ERR_OKTA_INVALID_QUERY') {
      return {
        status: 400,
        body: oktaErrorBody('E0000031', 'Invalid search criteria.', [error.message]),
      };
    }

    throw error;
  }
}

function routeRead(org: FakeOrg, url: URL): FakeReply {
  if (url.pathname === USERS_PATH) {
    return listUsersReply(org, url);
  }

  const key = readUserKey(url.pathname);

  if (key === null) {
    return notFound(`${url.pathname} (Request)`);
  }

  const user = org.findUser(key);

  if (user === undefined) {
    return notFound(`${key} (User)`);
  }

  return { status: 200, body: withAbsoluteSelf(user, url.origin) };
}

function readUserKey(pathname: string): string | null {
  const encoded = USER_PATH.exec(pathname)?.[1];

  if (encoded === undefined) {
    return null;
  }

  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

function notFound(resource: string): FakeReply {
  return {
    status: 404,
    body: oktaErrorBody('E0000007', `Not found: Resource not found: ${resource}`),
  };
}

function toResponse(reply: FakeReply, rateLimit: RateLimitSnapshot, now: Date): Response {
  const headers = new Headers({
    'Content-Type': 'application/json',
    Date: now.toUTCString(),
    'X-Okta-Request-Id': crypto.randomUUID(),
    'X-Rate-Limit-Limit': String(rateLimit.limit),
    'X-Rate-Limit-Remaining': String(rateLimit.remaining),
    'X-Rate-Limit-Reset': String(rateLimit.resetEpochSeconds),
  });

  for (const link of reply.links ?? []) {
    headers.append('Link', `<${link.href}>; rel="${link.rel}"`);
  }

  return new Response(JSON.stringify(reply.body), { status: reply.status, headers });
}
