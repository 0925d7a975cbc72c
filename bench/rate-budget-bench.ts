import { createMemoryStore } from '@learnamp/okta-sync';
import { createFakeOrg, createVirtualTimer, serveFakeOrg } from '@learnamp/okta-sync/testing';
import type { BenchPlan } from './bench-plan.js';
import { expectedRequests, requestProblems } from './request-gate.js';
import { type SyncOutcome, slimRun, syncOnce } from './sync-once.js';

/** Full syncs against an org enforcing its per-minute budget, on a virtual clock. */
export interface RateBudgetFigures {
  people: number;
  listed: number;
  deprovisioned: number;
  pageSize: number;
  perMinute: number;
  share: number;
  expected: number;
  /** The least time the share allows for `expected` requests, in ms. */
  minimumMs: number;
  /** Per run: virtual time from the first request to the report, in ms. */
  virtualMs: number[];
  /** Per run: real time, in ms. */
  wallMs: number[];
  /** Per run: 429s the fake org answered. */
  tooManyRequests: number[];
  runs: SyncOutcome[];
  problems: string[];
}

// Okta's default: one token or app may use half of each bucket.
const DEFAULT_SHARE = 0.5;
const WINDOW_MS = 60_000;

/**
 * Full syncs into memory against a fake org over HTTP in this process,
 * enforcing `perMinute` with real 429s. The org and the directory share a
 * virtual timer, so each minute window passes in no real time and the
 * paced sync's duration is read on that clock.
 */
export async function measureRateBudget(plan: BenchPlan['rateBudget']): Promise<RateBudgetFigures> {
  const { people, pageSize, perMinute, runs } = plan;
  const figures = emptyFigures(plan);

  for (let run = 0; run < runs; run += 1) {
    const timer = createVirtualTimer();
    const org = createFakeOrg({
      people,
      seed: 'bench-budget',
      clock: timer,
      rateLimitPerMinute: perMinute,
    });
    const server = await serveFakeOrg(org);
    const startMs = timer.now().getTime();
    const wallStartMs = performance.now();

    try {
      const outcome = slimRun(
        await syncOnce({ url: server.url, token: org.token }, createMemoryStore(), 'bench', {
          timer,
          pageSize,
        }),
      );
      figures.virtualMs.push(timer.now().getTime() - startMs);
      figures.wallMs.push(performance.now() - wallStartMs);
      figures.tooManyRequests.push(org.tooManyRequestsCount);
      figures.runs.push(outcome);
      figures.problems.push(...requestProblems(outcome, figures.expected));
    } finally {
      await server.close();
    }
  }

  return figures;
}

function emptyFigures(plan: BenchPlan['rateBudget']): RateBudgetFigures {
  const sizes = countListings(plan.people);
  const expected = expectedRequests(sizes, plan.pageSize);
  const ownPerWindow = Math.floor(plan.perMinute * DEFAULT_SHARE);

  return {
    people: plan.people,
    ...sizes,
    pageSize: plan.pageSize,
    perMinute: plan.perMinute,
    share: DEFAULT_SHARE,
    expected,
    minimumMs: (Math.ceil(expected / ownPerWindow) - 1) * WINDOW_MS,
    virtualMs: [],
    wallMs: [],
    tooManyRequests: [],
    runs: [],
    problems: [],
  };
}

function countListings(people: number) {
  const org = createFakeOrg({ people, seed: 'bench-budget' });
  const deprovisioned = [...org.users.values()].filter((user) => user.status === 'DEPROVISIONED');

  return { listed: people - deprovisioned.length, deprovisioned: deprovisioned.length };
}
