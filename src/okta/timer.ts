import type { Clock } from '../ports/clock.js';

/**
 * The clock and the waits of the Okta adapter, injected so tests can run
 * minutes of rate-limit time in milliseconds. `now()` and `sleep()` must
 * agree: after `sleep(ms)` resolves, `now()` has moved on by about `ms`.
 */
export interface Timer extends Clock {
  /** Resolves after `ms` milliseconds of this timer's time. */
  sleep(ms: number): Promise<void>;
}

/** Real time: the system clock and `setTimeout`. */
export const systemTimer: Timer = {
  now: () => new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};
