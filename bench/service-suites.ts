import type { BenchSection } from './bench-section.js';
import { measureEventLatency, startBullmqQueue, startMemoryQueue } from './event-latency-bench.js';
import { eventsSection } from './events-section.js';
import { guarded } from './guarded-section.js';
import { measureHookEndpoint } from './hook-bench.js';
import { hookSection } from './hook-section.js';
import { measureIncremental } from './incremental-bench.js';
import { incrementalSection } from './incremental-section.js';
import type { SuiteContext } from './org-suites.js';
import { measureRateBudget } from './rate-budget-bench.js';
import { rateBudgetSection } from './rate-budget-section.js';

/** What the later suites need besides the org suites' context. */
export interface ServiceContext extends SuiteContext {
  redisReachable: boolean;
}

const CHANGED_FRACTION = 0.01;

/** Sections 4 to 7, each on its own fake org or servers. */
export async function runServiceSuites(context: ServiceContext): Promise<BenchSection[]> {
  const { plan, log } = context;

  return [
    ...(await guarded('4. Incremental sync', async () => {
      log('incremental sync after 1% changed');
      const { smallPeople, incrementalRounds } = plan;
      const figures = await measureIncremental(smallPeople, CHANGED_FRACTION, incrementalRounds);

      return [incrementalSection(figures)];
    })),
    ...(await guarded('5. Event hook endpoint', async () => {
      log('event hook endpoint against bare Express');
      return [hookSection(await measureHookEndpoint(plan.hook), plan.hook.rate)];
    })),
    ...(await guarded('6. Rate budget', async () => {
      log('rate budget on a virtual clock');
      return [rateBudgetSection(await measureRateBudget(plan.rateBudget))];
    })),
    ...(await guarded('7. Event to person applied', () => measureEvents(context))),
  ];
}

async function measureEvents(context: ServiceContext): Promise<BenchSection[]> {
  const { events } = context.plan;

  context.log('event to person applied, in-process queue');
  const memory = await measureEventLatency(events, startMemoryQueue);

  if (!context.redisReachable) {
    return [eventsSection(memory, 'Redis is not reachable', events)];
  }

  context.log('event to person applied, BullMQ');

  return [eventsSection(memory, await measureEventLatency(events, startBullmqQueue), events)];
}
