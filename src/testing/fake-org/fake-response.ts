import type { FakeReply } from './fake-reply.js';
import type { RateLimitSnapshot } from './rate-limit-window.js';

/** A body cut off mid-JSON, as a dropped proxy stream leaves it. */
const MALFORMED_JSON = '[{"id":"00u1","status":"ACTIVE","profile":{"login":';

/**
 * Turns a reply into an HTTP response with the headers Okta sends on every
 * answer: `Date`, `X-Okta-Request-Id`, `X-Rate-Limit-*` and `Link`.
 */
export function toFakeResponse(
  reply: FakeReply,
  rateLimit: RateLimitSnapshot,
  now: Date,
): Response {
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

  const body = reply.malformed === true ? MALFORMED_JSON : JSON.stringify(reply.body);

  return new Response(body, { status: reply.status, headers });
}
