import type { FakeFault } from './fake-fault.js';
import type { FakeReply } from './fake-reply.js';
import { oktaErrorBody } from './okta-error-body.js';
import type { RateLimitSnapshot } from './rate-limit-window.js';

/** Okta's answer to a spent bucket (fixture `error-429-too-many-requests.json`). */
export function tooManyRequestsReply(): FakeReply {
  const summary = 'API call exceeded rate limit due to too many requests.';

  return { status: 429, body: oktaErrorBody('E0000047', summary) };
}

/**
 * The headers of a concurrency 429: limit and remaining 0, and a reset
 * that is only an estimate, a second away.
 */
export function concurrencySnapshot(nowMs: number): RateLimitSnapshot {
  return {
    limit: 0,
    remaining: 0,
    resetEpochSeconds: Math.ceil(nowMs / 1000) + 1,
    allowed: false,
  };
}

/** What a request hit by `fault` gets instead of its normal reply. */
export function faultReply(fault: FakeFault, normal: FakeReply): FakeReply {
  switch (fault.kind) {
    case 'rate-limit':
    case 'concurrency-limit':
      return tooManyRequestsReply();
    case 'server-error':
      return {
        status: fault.status ?? 500,
        body: oktaErrorBody('E0000009', 'Internal Server Error'),
      };
    case 'forbidden':
      return { status: 403, body: forbiddenBody() };
    case 'malformed-json':
      return { ...normal, status: 200, malformed: true };
    default:
      return normal;
  }
}

function forbiddenBody() {
  const summary = 'You do not have permission to perform the requested action';

  return oktaErrorBody('E0000006', summary);
}

/** The rate-limit headers a faulted reply carries. */
export function faultSnapshot(
  fault: FakeFault,
  normal: RateLimitSnapshot,
  nowMs: number,
): RateLimitSnapshot {
  if (fault.kind === 'concurrency-limit') {
    return concurrencySnapshot(nowMs);
  }

  return fault.kind === 'rate-limit' ? { ...normal, remaining: 0, allowed: false } : normal;
}
