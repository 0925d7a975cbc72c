import type { HeaderReader } from './okta-failure.js';

/** What the `X-Rate-Limit-*` headers of one response say. */
export interface RateLimitReading {
  /** The bucket's requests per window; 0 on a concurrency 429. */
  limit: number;
  /** Requests left in the bucket's current window. */
  remaining: number;
  /**
   * When the window resets, on the local clock: Okta's reset time minus
   * the response's `Date`, added to the local receive time, so clock skew
   * between Okta and this machine does not matter.
   */
  resetAtMs: number | undefined;
}

/**
 * Reads the rate-limit headers of a response received at `receivedAtMs`
 * (local time). Undefined when the response carries no usable limit, as a
 * proxy's or a fake's might not.
 */
export function readRateLimit(
  headers: HeaderReader,
  receivedAtMs: number,
): RateLimitReading | undefined {
  const limit = readCount(headers.get('x-rate-limit-limit'));
  const remaining = readCount(headers.get('x-rate-limit-remaining'));

  if (limit === undefined || remaining === undefined) {
    return undefined;
  }

  return { limit, remaining, resetAtMs: readResetAtMs(headers, receivedAtMs) };
}

function readResetAtMs(headers: HeaderReader, receivedAtMs: number): number | undefined {
  const resetSeconds = readCount(headers.get('x-rate-limit-reset'));

  if (resetSeconds === undefined) {
    return undefined;
  }

  const serverNowMs = Date.parse(headers.get('date') ?? '');

  // Without a Date header the clocks are taken to agree.
  if (Number.isNaN(serverNowMs)) {
    return resetSeconds * 1000;
  }

  return receivedAtMs + Math.max(0, resetSeconds * 1000 - serverNowMs);
}

// A duplicated header arrives comma-joined ("600, 600"); it is not trusted.
function readCount(raw: string | null): number | undefined {
  const value = raw === null || raw.trim() === '' ? Number.NaN : Number(raw);

  return Number.isInteger(value) && value >= 0 ? value : undefined;
}
