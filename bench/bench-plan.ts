/** What one `npm run bench` measures, and how many times. */
export interface BenchPlan {
  quick: boolean;
  /** The smaller org of the full-sync figures (10,000 in a full run). */
  smallPeople: number;
  /** The larger org (100,000 in a full run). */
  largePeople: number;
  /** Timed rounds at the small size, each round running every contender once. */
  smallRounds: number;
  largeRounds: number;
  /** Timed rounds of the store comparison at the small size. */
  storeRounds: number;
  /** Also time the large org into PGlite and PostgreSQL, if time allows. */
  storesAtLargeSize: boolean;
  /** Fresh processes at the small size for the peak-memory figure. */
  memoryRuns: number;
  /** Fresh processes at the large size (each a full sync into PostgreSQL). */
  largeMemoryRuns: number;
  hook: { rate: number; durationMs: number; throughputMs: number; rounds: number };
  rateBudget: { people: number; pageSize: number; perMinute: number; runs: number };
  /** Rounds of full sync, resync and incremental sync at the small size. */
  incrementalRounds: number;
  /** Events per queue for the event-to-applied latency. */
  events: number;
  /** A third round at the large size starts only before this much time has passed. */
  largeRoundsDeadlineMs: number;
  /** Optional work is skipped once the run has taken this long. */
  softDeadlineMs: number;
}

/** The plan of a full run: under 10 minutes on a 2-core machine. */
export const fullPlan: BenchPlan = {
  quick: false,
  smallPeople: 10_000,
  largePeople: 100_000,
  smallRounds: 5,
  largeRounds: 3,
  storeRounds: 3,
  storesAtLargeSize: true,
  memoryRuns: 3,
  largeMemoryRuns: 3,
  hook: { rate: 1000, durationMs: 2000, throughputMs: 3000, rounds: 3 },
  rateBudget: { people: 10_000, pageSize: 10, perMinute: 600, runs: 3 },
  incrementalRounds: 3,
  events: 200,
  largeRoundsDeadlineMs: 4.5 * 60_000,
  softDeadlineMs: 7 * 60_000,
};

/** The plan of `--quick`: small orgs, one pass, for CI. Timings mean little. */
export const quickPlan: BenchPlan = {
  quick: true,
  smallPeople: 300,
  largePeople: 1500,
  smallRounds: 2,
  largeRounds: 1,
  storeRounds: 1,
  storesAtLargeSize: false,
  memoryRuns: 1,
  largeMemoryRuns: 3,
  hook: { rate: 200, durationMs: 500, throughputMs: 500, rounds: 1 },
  rateBudget: { people: 1000, pageSize: 20, perMinute: 60, runs: 1 },
  incrementalRounds: 1,
  events: 10,
  largeRoundsDeadlineMs: 60_000,
  softDeadlineMs: 60_000,
};
