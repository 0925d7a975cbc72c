import type { RateLimitReading } from './rate-limit-headers.js';

/** Why Okta answered 429. */
export type RateLimitKind = 'budget' | 'concurrency';

// Okta's reset is whole seconds on its clock; the SDK pads a second too.
const RESET_PADDING_MS = 1000;
const RESET_JITTER_MS = 1000;
const WINDOW_MS = 60_000;
const CONCURRENCY_BASE_MS = 500;
const CONCURRENCY_CAP_MS = 8000;

/**
 * A concurrency 429 reports `X-Rate-Limit-Limit: 0`: too many requests are
 * in flight, and its reset is only an estimate. Any other 429 means a
 * per-minute bucket is spent.
 */
export function classifyRateLimit(reading: RateLimitReading | undefined): RateLimitKind {
  return reading?.limit === 0 ? 'concurrency' : 'budget';
}

/**
 * How long to wait after a budget 429: until the bucket resets, padded for
 * Okta's whole-second clock and jittered so that waiting clients do not
 * all return at once. Without a reset time, one whole window.
 */
export function budgetWaitMs(
  reading: RateLimitReading | undefined,
  nowMs: number,
  random: () => number,
): number {
  const jitterMs = Math.floor(random() * RESET_JITTER_MS);
  const resetAtMs = reading?.resetAtMs;

  if (resetAtMs === undefined) {
    return WINDOW_MS + jitterMs;
  }

  return Math.max(0, resetAtMs - nowMs) + RESET_PADDING_MS + jitterMs;
}

/**
 * How long to wait after the `count`-th concurrency 429 in a row: a short
 * exponential backoff with jitter, since a request in flight finishes in
 * well under a second; the minute's reset has nothing to do with it.
 */
export function concurrencyWaitMs(count: number, random: () => number): number {
  const ceilingMs = Math.min(CONCURRENCY_CAP_MS, CONCURRENCY_BASE_MS * 2 ** (count - 1));

  return Math.floor(ceilingMs / 2 + (random() * ceilingMs) / 2);
}
