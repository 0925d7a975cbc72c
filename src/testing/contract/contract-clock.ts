import type { Clock } from '../../ports/clock.js';

/** A clock the contract suite moves by hand, for expiry and retention. */
export interface ContractClock extends Clock {
  /** Moves time on by `ms`; time never goes back. */
  advance(ms: number): void;
}

/** A clock that starts at the system time and moves only when told. */
export function createContractClock(start = new Date()): ContractClock {
  let nowMs = start.getTime();

  return {
    now: () => new Date(nowMs),
    advance: (ms) => {
      nowMs += Math.max(0, ms);
    },
  };
}
