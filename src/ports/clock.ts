/**
 * The engine's only source of time, injected so tests and hosts control
 * it. The default reads the system clock.
 */
export interface Clock {
  /** The current instant. */
  now(): Date;
}

/** A clock that reads the system time. */
export const systemClock: Clock = { now: () => new Date() };
