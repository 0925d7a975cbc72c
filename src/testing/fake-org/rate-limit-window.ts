/** What the `X-Rate-Limit-*` headers of one response report. */
export interface RateLimitSnapshot {
  /** Requests allowed in the window (`X-Rate-Limit-Limit`). */
  limit: number;
  /** Requests left in the window (`X-Rate-Limit-Remaining`). */
  remaining: number;
  /** When the window resets, in UTC epoch seconds. */
  resetEpochSeconds: number;
  /** False when the request went past the limit and must get a 429. */
  allowed: boolean;
}

const WINDOW_MS = 60_000;

/**
 * Counts requests in one-minute windows, like Okta's per-minute buckets:
 * a window starts with the first request after the last one ended, and
 * requests past the limit in a window are refused.
 */
export class RateLimitWindow {
  readonly #limit: number;
  #windowStartMs = Number.NEGATIVE_INFINITY;
  #used = 0;

  constructor(limit: number) {
    this.#limit = limit;
  }

  /** Counts one request made at `nowMs` and reports the bucket after it. */
  take(nowMs: number): RateLimitSnapshot {
    if (nowMs - this.#windowStartMs >= WINDOW_MS) {
      this.#windowStartMs = nowMs;
      this.#used = 0;
    }

    this.#used += 1;

    return {
      limit: this.#limit,
      remaining: Math.max(0, this.#limit - this.#used),
      resetEpochSeconds: Math.ceil((this.#windowStartMs + WINDOW_MS) / 1000),
      allowed: this.#used <= this.#limit,
    };
  }
}
