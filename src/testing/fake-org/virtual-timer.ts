import type { Timer } from '../../okta/timer.js';

/** A {@link Timer} whose time only moves when something sleeps. */
export interface VirtualTimer extends Timer {
  /** Moves time on by `ms` without anyone sleeping. */
  advance(ms: number): void;
}

/**
 * Makes a timer whose sleeps return at once and move its time on, so a
 * test can spend minutes of rate-limit windows in milliseconds. Give the
 * same timer to a fake org and a directory so both see one clock.
 *
 * Note: sleeps are taken one after another, so concurrent sleepers add
 * up; use it for sequential work, such as one listing.
 */
export function createVirtualTimer(startIso = '2026-12-04T00:00:00.000Z'): VirtualTimer {
  let nowMs = Date.parse(startIso);

  return {
    now: () => new Date(nowMs),
    sleep: async (ms) => {
      nowMs += Math.max(0, ms);
    },
    advance: (ms) => {
      nowMs += Math.max(0, ms);
    },
  };
}
