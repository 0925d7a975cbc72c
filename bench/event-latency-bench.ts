import {
  createMemoryQueue,
  createMemoryStore,
  createOktaDirectory,
  createSyncEngine,
  type JobResult,
  RateBudgetRegistry,
  type SyncEngine,
  type SyncJob,
  type SyncQueue,
} from '@learnamp/okta-sync';
import { createBullmqQueue, createBullmqWorker } from '@learnamp/okta-sync/bullmq';
import { createFakeOrg, type FakeOrg, serveFakeOrg } from '@learnamp/okta-sync/testing';
import { createEventHookHandler } from '../src/hooks/event-hook-handler.js';
import { BENCH_HOOK_SECRET, createDeliveryWriter } from './hook-delivery.js';
import { redisUrl, uniqueName } from './services.js';

/** Latencies from an Okta event's delivery to the person applied in the store. */
export interface EventLatencies {
  /** Milliseconds per event, in the order sent. */
  latenciesMs: number[];
  /** Events whose person was not updated as the event said. */
  problems: string[];
}

/** A queue under test and how to stop it. */
interface QueueUnderTest {
  queue: SyncQueue;
  close(): Promise<void>;
}

/** Runs each job through the engine and tells `onDone` what it did. */
type StartQueue = (runJob: (job: SyncJob) => Promise<JobResult>) => Promise<QueueUnderTest>;

const PEOPLE = 1000;

/**
 * Event to person applied, one event at a time: the person's title changes
 * in a fake org (served over HTTP in this process), the event hook handler
 * takes Okta's delivery and queues a person job, and a worker re-reads the
 * person from Okta and writes them to an in-memory store that a full sync
 * filled first. Timed from the delivery to the store write.
 */
export async function measureEventLatency(events: number, start: StartQueue) {
  const org = createFakeOrg({ people: PEOPLE, seed: 'bench-events' });
  const server = await serveFakeOrg(org);
  const engine = engineFor(server.url, org.token);
  await engine.fullSync({ tenantId: 'bench' });

  const waiters = new Map<string, (result: JobResult) => void>();
  const underTest = await start(async (job) => {
    const result = await engine.runJob(job);
    if (job.kind === 'sync-person') waiters.get(job.oktaId)?.(result);
    return result;
  });

  try {
    return await sendEvents(org, underTest.queue, waiters, events);
  } finally {
    await underTest.close();
    await server.close();
  }
}

async function sendEvents(
  org: FakeOrg,
  queue: SyncQueue,
  waiters: Map<string, (result: JobResult) => void>,
  events: number,
): Promise<EventLatencies> {
  const handler = createEventHookHandler({ queue, tenantId: 'bench', secret: BENCH_HOOK_SECRET });
  const write = createDeliveryWriter();
  const ids = activeIds(org);
  const result: EventLatencies = { latenciesMs: [], problems: [] };

  for (let sequence = 0; sequence < events; sequence += 1) {
    const oktaId = ids[sequence % ids.length] as string;
    org.updateUser(oktaId, { profile: { title: `Bench title ${sequence}` } });

    const applied = new Promise<JobResult>((resolve) => waiters.set(oktaId, resolve));
    const startMs = performance.now();
    const headers = { authorization: BENCH_HOOK_SECRET };
    await handler.handle({ method: 'POST', headers, body: write(sequence, oktaId) });
    const done = await applied;

    result.latenciesMs.push(performance.now() - startMs);
    checkApplied(done, oktaId, result.problems);
  }

  return result;
}

function checkApplied(done: JobResult, oktaId: string, problems: string[]) {
  if (done.kind !== 'sync-person' || done.result.counts.updated !== 1) {
    problems.push(`the event for ${oktaId} did not update them: ${JSON.stringify(done)}`);
  }
}

function engineFor(url: string, token: string): SyncEngine {
  const rateBudgets = new RateBudgetRegistry();
  const directory = createOktaDirectory({ orgUrl: url, token, allowHttp: true, rateBudgets });

  return createSyncEngine({ store: createMemoryStore(), directory });
}

// People a first sync creates as active (from the org's ground truth), so
// a title change is an update.
function activeIds(org: FakeOrg): string[] {
  const persons = org.manifest?.expected.persons ?? [];

  return persons.filter((person) => person.status === 'active').map((person) => person.oktaId);
}

/** The in-process queue: `createMemoryQueue` with the engine as worker. */
export const startMemoryQueue: StartQueue = async (runJob) => {
  const queue = createMemoryQueue({ worker: runJob });

  return { queue, close: () => queue.close() };
};

/**
 * BullMQ on Redis, under a key prefix of its own that is obliterated
 * afterwards, with one worker in this process.
 */
export const startBullmqQueue: StartQueue = async (runJob) => {
  const names = { redisUrl, prefix: uniqueName('okta-sync-bench'), queueName: 'bench' };
  const queue = await createBullmqQueue(names);
  const worker = await createBullmqWorker({ ...names, engine: { runJob } });
  await worker.worker.waitUntilReady();

  return {
    queue,
    close: async () => {
      await worker.close();
      await queue.queue.obliterate({ force: true });
      await queue.close();
    },
  };
};
