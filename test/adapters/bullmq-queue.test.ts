import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createBullmqQueue } from '../../src/adapters/bullmq/bullmq-queue.js';
import { createBullmqWorker } from '../../src/adapters/bullmq/bullmq-worker.js';
import { createMemoryStore } from '../../src/adapters/memory/memory-sync-store.js';
import type { JobResult } from '../../src/engine/sync-engine.js';
import { createSyncEngine } from '../../src/engine/sync-engine.js';
import type { SyncJob } from '../../src/ports/sync-job.js';
import { ListDirectory, oktaUser } from '../support/list-directory.js';
import { redisUrl, serviceReachable } from '../support/services.js';

const reachable = await serviceReachable('Redis', redisUrl);
const closers: (() => Promise<unknown>)[] = [];

afterAll(async () => {
  for (const close of closers.reverse()) await close();
});

/** A queue and worker of their own, under a prefix no other run uses. */
async function harness(runJob: (job: SyncJob) => Promise<JobResult>) {
  const names = { redisUrl, prefix: `okta-sync-test-${randomUUID()}`, queueName: 'jobs' };
  const queue = await createBullmqQueue({ ...names, backoffMs: 10, attempts: 3 });
  closers.push(async () => {
    await queue.queue.obliterate({ force: true });
    await queue.close();
  });
  const start = async () => {
    const worker = await createBullmqWorker({ ...names, engine: { runJob } });
    closers.push(() => worker.close());
    return worker;
  };

  return { queue, start };
}

function finished(
  worker: Awaited<ReturnType<Awaited<ReturnType<typeof harness>>['start']>>,
  count: number,
) {
  return new Promise<void>((resolve) => {
    let done = 0;
    worker.worker.on('completed', () => {
      done += 1;
      if (done === count) resolve();
    });
  });
}

describe.skipIf(!reachable)('the BullMQ queue on Redis', () => {
  it('runs a full sync job through the engine', async () => {
    const store = createMemoryStore();
    const engine = createSyncEngine({
      store,
      directory: new ListDirectory([oktaUser(), oktaUser()]),
    });
    const { queue, start } = await harness((job) => engine.runJob(job));
    const worker = await start();
    const done = finished(worker, 1);

    await queue.enqueue({ kind: 'full-sync', tenantId: 'acme' });
    await done;

    expect((await store.lastReport('acme'))?.counts.created).toBe(2);
  });

  it('coalesces "Sync users" pressed twice while the job waits', async () => {
    const ran: SyncJob[] = [];
    const { queue, start } = await harness(async (job) => {
      ran.push(job);
      return { kind: 'sync-person', result: {} } as unknown as JobResult;
    });

    const first = await queue.enqueue({ kind: 'full-sync', tenantId: 'acme' });
    const second = await queue.enqueue({ kind: 'full-sync', tenantId: 'acme' });
    const worker = await start();
    await finished(worker, 1);

    expect(second).toEqual({ jobId: first.jobId, deduplicated: true });
    expect(ran).toHaveLength(1);
  });

  it('retries a job whose run failed', async () => {
    let calls = 0;
    const { queue, start } = await harness(async () => {
      calls += 1;
      const status = calls < 2 ? 'failed' : 'succeeded';
      return { kind: 'full-sync', report: { status, error: null } } as unknown as JobResult;
    });
    const worker = await start();
    const done = finished(worker, 1);

    await queue.enqueue({ kind: 'full-sync', tenantId: 'acme' });
    await done;

    expect(calls).toBe(2);
  });

  it('holds a delayed job until its time', async () => {
    const { queue, start } = await harness(
      async () => ({ kind: 'sync-person' }) as unknown as JobResult,
    );

    const { jobId } = await queue.enqueue(
      { kind: 'sync-person', tenantId: 'acme', oktaId: '00u1' },
      { delayMs: 60_000 },
    );
    await start();

    expect(await queue.queue.getJobState(jobId)).toBe('delayed');
  });

  it('keeps one daily full-sync schedule per tenant', async () => {
    const { queue } = await harness(async () => ({}) as JobResult);

    await queue.scheduleFullSync('acme');
    await queue.scheduleFullSync('acme');
    await queue.scheduleFullSync('globex', 60_000);

    const schedulers = await queue.queue.getJobSchedulers();
    expect(schedulers.map((scheduler) => scheduler.key).sort()).toEqual([
      'daily-full-sync:acme',
      'daily-full-sync:globex',
    ]);
    await queue.unscheduleFullSync('acme');
    expect(await queue.queue.getJobSchedulersCount()).toBe(1);
  });
});

describe('createBullmqQueue options', () => {
  it('needs exactly one of redisUrl and connection', async () => {
    await expect(createBullmqQueue({})).rejects.toMatchObject({ code: 'ERR_CONFIG_INVALID' });
  });
});
