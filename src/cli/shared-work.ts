import { createBullmqWorker } from '../adapters/bullmq/bullmq-worker.js';
import type { JobResult, SyncEngine } from '../engine/sync-engine.js';
import type { SyncQueue } from '../ports/sync-queue.js';
import { runJob } from './hook-server.js';
import { openSharedQueue } from './open-queue.js';

/** What `serve --redis-url` adds: the shared queue and a worker on it. */
export interface SharedWork {
  queue: SyncQueue;
  /** Waits for the jobs in hand, then closes the worker and the queue. */
  close(): Promise<void>;
}

/** Options of {@link startSharedWork}. */
export interface SharedWorkOptions {
  redisUrl: string;
  queueName: string;
  tenantId: string;
  concurrency: number;
  engine: Pick<SyncEngine, 'runJob'>;
  onJob(result: JobResult | Error): void;
}

/**
 * Joins the BullMQ queue as one more worker, and makes sure the tenant
 * has its daily full sync. Every process started this way shares the
 * jobs, so hooks can land on any of them.
 */
export async function startSharedWork(options: SharedWorkOptions): Promise<SharedWork> {
  const queue = await openSharedQueue(options.redisUrl, options.queueName);
  const worker = await createBullmqWorker({
    redisUrl: options.redisUrl,
    queueName: options.queueName,
    concurrency: options.concurrency,
    engine: { runJob: (job) => runJob(options, job) },
  });

  await queue.scheduleFullSync(options.tenantId);

  return {
    queue,
    close: async () => {
      await worker.close();
      await queue.close();
    },
  };
}
