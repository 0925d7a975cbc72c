import type { RateLimitReading } from './rate-limit-headers.js';
import type { Timer } from './timer.js';

// Okta's buckets count requests per minute.
const WINDOW_MS = 60_000;
// Okta's reset is whole seconds on its clock, so its window may end up to a
// second after the reading says; a window is taken to end a second late.
const RESET_PADDING_MS = 1000;

interface BucketWindow {
  /** This process's share of the bucket's limit; unknown until a reply. */
  ownLimit: number | undefined;
  /** Requests booked in the current window. */
  used: number;
  /** When the current window ends (local time), if known. */
  endsAtMs: number | undefined;
  /** No request goes before this: a 429 or a spent bucket. */
  pausedUntilMs: number;
}

/**
 * The rate budget of one Okta org, shared by every directory in the
 * process that reads that org. Each bucket's window is read from Okta's
 * headers; in each window at most `share` of the bucket's limit goes to
 * this process, so the rest stays with the org's other integrations.
 * When the share is used up, requests wait for the window's reset. A spent
 * bucket or a 429 pauses the bucket for every directory until the reset.
 */
export class RateBudget {
  readonly #timer: Timer;
  readonly #windows = new Map<string, BucketWindow>();
  #share: number;

  constructor(share: number, timer: Timer) {
    this.#share = share;
    this.#timer = timer;
  }

  /** The share of each bucket this process keeps to, above 0, at most 1. */
  get share(): number {
    return this.#share;
  }

  /** Lowers the share, when another directory of the org asks for less. */
  narrowShare(share: number): void {
    this.#share = Math.min(this.#share, share);
  }

  /**
   * Waits until a request to `bucket` may go and books it in the window.
   * Resolves to the milliseconds waited.
   */
  async acquire(bucket: string): Promise<number> {
    const window = this.#windowOf(bucket);
    const startMs = this.#now();
    let blockedUntilMs = this.#blockedUntil(window);

    while (blockedUntilMs !== undefined) {
      await this.#timer.sleep(blockedUntilMs - this.#now());
      blockedUntilMs = this.#blockedUntil(window);
    }

    window.used += 1;

    return this.#now() - startMs;
  }

  /** Learns the bucket's limit and window from a response's headers. */
  observe(bucket: string, reading: RateLimitReading): void {
    // A concurrency 429 reports limit 0: it says nothing of the bucket.
    if (reading.limit === 0) {
      return;
    }

    const window = this.#windowOf(bucket);
    window.ownLimit = Math.max(1, Math.floor(reading.limit * this.#share));

    if (reading.resetAtMs !== undefined) {
      this.#moveWindow(window, reading.resetAtMs + RESET_PADDING_MS);
    }

    if (reading.remaining === 0 && reading.resetAtMs !== undefined) {
      this.pause(bucket, reading.resetAtMs + RESET_PADDING_MS);
    }
  }

  /** Holds every request to `bucket` until `untilMs` (local time). */
  pause(bucket: string, untilMs: number): void {
    const window = this.#windowOf(bucket);
    window.pausedUntilMs = Math.max(window.pausedUntilMs, untilMs);
  }

  #blockedUntil(window: BucketWindow): number | undefined {
    const nowMs = this.#now();

    if (window.pausedUntilMs > nowMs) {
      return window.pausedUntilMs;
    }

    if (window.endsAtMs !== undefined && nowMs >= window.endsAtMs) {
      window.used = 0;
      window.endsAtMs = undefined;
    }

    if (window.ownLimit === undefined || window.used < window.ownLimit) {
      return undefined;
    }

    // Full before any reply said when the window ends: assume a whole one.
    window.endsAtMs ??= nowMs + WINDOW_MS;

    return window.endsAtMs;
  }

  #moveWindow(window: BucketWindow, endsAtMs: number): void {
    const known = window.endsAtMs;

    // A reset a window later means Okta started a new window: of the
    // requests booked, only the one just answered is known to be in it.
    if (known !== undefined && endsAtMs >= known + WINDOW_MS / 2) {
      window.used = Math.min(window.used, 1);
    }

    if (known === undefined || endsAtMs > known) {
      window.endsAtMs = endsAtMs;
    }
  }

  #windowOf(bucket: string): BucketWindow {
    const known = this.#windows.get(bucket);

    if (known !== undefined) {
      return known;
    }

    const window = { ownLimit: undefined, used: 0, endsAtMs: undefined, pausedUntilMs: 0 };
    this.#windows.set(bucket, window);

    return window;
  }

  #now(): number {
    return this.#timer.now().getTime();
  }
}
