import type { BenchPlan } from './bench-plan.js';
import type { BenchSection } from './bench-section.js';
import { type FakeOrgChild, startFakeOrgProcess } from './fake-org-child.js';
import { floorsSection } from './floors-section.js';
import { fullSyncSection } from './full-sync-section.js';
import { measureListing } from './listing-bench.js';
import { type MemoryFigures, measurePeakMemory } from './memory-bench.js';
import { median } from './statistics.js';
import { measureStores, type StoreFigures } from './store-bench.js';
import { storesFrom } from './stores-from.js';

/** What the org suites need besides the plan. */
export interface SuiteContext {
  plan: BenchPlan;
  /** Milliseconds since the bench started. */
  elapsedMs(): number;
  log(message: string): void;
  postgresReachable: boolean;
}

/**
 * Sections 1 to 3, which share two fake orgs served by child processes:
 * the floors and the full sync into memory (interleaved), the stores, and
 * peak memory into PostgreSQL.
 */
export async function runOrgSuites(context: SuiteContext): Promise<BenchSection[]> {
  const { plan, log } = context;
  const seed = 'bench';
  const orgs = await Promise.all([
    startFakeOrgProcess({ people: plan.smallPeople, seed }),
    startFakeOrgProcess({ people: plan.largePeople, seed }),
  ]);

  try {
    return await measureOrgs(context, orgs[0], orgs[1]);
  } finally {
    log('stopping the fake orgs');
    await Promise.all(orgs.map((org) => org.close()));
  }
}

async function measureOrgs(context: SuiteContext, small: FakeOrgChild, large: FakeOrgChild) {
  const { plan, log } = context;

  log(`floors and full sync at ${small.people} people`);
  const smallListing = await measureListing(small, plan.smallRounds, 1);
  log(`floors and full sync at ${large.people} people`);
  const largeStartMs = context.elapsedMs();
  const largeListing = await measureListing(large, plan.largeRounds, 0, () => {
    // Asked after two rounds: a third fits if, as long as those, it ends in time.
    const nowMs = context.elapsedMs();

    return nowMs + (nowMs - largeStartMs) / 2 < plan.largeRoundsDeadlineMs;
  });
  const storeFigures = await measureSmallStores(context, small);
  const memory = await measureMemory(context, small, large);
  const largePglite = await maybeLargePglite(context, large, storeFigures, memory);

  return [
    floorsSection([smallListing, largeListing]),
    fullSyncSection([smallListing, largeListing], memory),
    storesFrom(storeFigures, largeListing, memory, largePglite),
  ];
}

async function measureSmallStores(context: SuiteContext, small: FakeOrgChild) {
  if (!context.postgresReachable) {
    return measureStores(small, context.plan.storeRounds, ['memory', 'pglite']);
  }

  context.log(`stores at ${small.people} people`);

  return measureStores(small, context.plan.storeRounds);
}

async function measureMemory(context: SuiteContext, small: FakeOrgChild, large: FakeOrgChild) {
  if (!context.postgresReachable) {
    return 'PostgreSQL is not reachable';
  }

  context.log('peak memory, each run in a fresh process');
  const smallPeak = await measurePeakMemory(small, context.plan.memoryRuns);
  const largePeak = await measurePeakMemory(large, context.plan.largeMemoryRuns);

  return [smallPeak, largePeak];
}

/**
 * PGlite at the large size, only when the estimate (the small-size time
 * scaled as PostgreSQL's scaled between the two sizes) fits the plan's
 * soft deadline. Resolves to the figures, or why they were not taken.
 */
async function maybeLargePglite(
  context: SuiteContext,
  large: FakeOrgChild,
  small: StoreFigures,
  memory: MemoryFigures[] | string,
): Promise<StoreFigures | string> {
  const estimateMs = estimateLargePglite(small, memory, large.people);

  if (!context.plan.storesAtLargeSize) {
    return `PGlite at ${large.people} people: not in the quick plan`;
  }

  if (context.elapsedMs() + estimateMs > context.plan.softDeadlineMs) {
    const minutes = (estimateMs / 60_000).toFixed(1);

    return (
      `PGlite at ${large.people} people: about ${minutes} minutes by estimate, ` +
      "past the bench's time budget"
    );
  }

  context.log(`PGlite at ${large.people} people`);

  return measureStores(large, 1, ['pglite']);
}

function estimateLargePglite(
  small: StoreFigures,
  memory: MemoryFigures[] | string,
  people: number,
) {
  const pglite = median(small.runsMs.pglite);
  const scale =
    typeof memory === 'string'
      ? NaN
      : median(memory[1]?.runsMs ?? []) / median(memory[0]?.runsMs ?? []);

  return pglite * (Number.isFinite(scale) ? scale : (people / small.people) * 2);
}
