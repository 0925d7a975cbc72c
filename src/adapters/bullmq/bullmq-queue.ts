import { randomUUID } from 'node:crypto';
import type { JobsOptions, Queue } from 'bullmq';
import { bullmqQueueOptionsSchema } from '../../config/bullmq-queue-options.js';
import { parseOptions } from '../../config/parse-options.js';
import { checkEnqueueOptions, checkJob } from '../../config/sync-job.js';
import { dedupeKeyOf, type FullSyncJob, type SyncJob } from '../../ports/sync-job.js';
import type { EnqueueOptions, EnqueueResult, SyncQueue } from '../../ports/sync-queue.js';
import { loadBullmq } from './load-bullmq.js';
import { connectionOf, type RedisConnectionOptions } from './redis-connection.js';

/** Options of {@link createBullmqQueue}. */
export interface BullmqQueueOptions extends RedisConnectionOptions {
  /** The BullMQ queue name; `okta-sync` by default. */
  queueName?: string;
  /** Key prefix in Redis; BullMQ's `bull` by default. */
  prefix?: string;
  /** Tries per job before it fails for good; 5 by default. */
  attempts?: number;
  /** First retry delay in ms, doubled on each retry; 5,000 by default. */
  backoffMs?: number;
}

/** The BullMQ queue, with the schedule of daily full syncs. */
export interface BullmqSyncQueue extends SyncQueue {
  /**
   * Makes sure a tenant gets a full sync every `everyMs` (24 hours by
   * default). Idempotent: calling it again updates the one schedule.
   */
  scheduleFullSync(tenantId: string, everyMs?: number): Promise<void>;
  /** Stops a tenant's scheduled full syncs; nothing when there are none. */
  unscheduleFullSync(tenantId: string): Promise<void>;
  /** The underlying BullMQ queue, for monitoring. */
  readonly queue: Queue;
  /** Closes the queue's connection if the adapter opened it. */
  close(): Promise<void>;
}

const dayMs = 24 * 60 * 60 * 1000;

/**
 * A `SyncQueue` on BullMQ and Redis: durable, shared by many workers.
 * Dedupe keys use BullMQ deduplication, held while the job waits or is
 * delayed; the worker releases the key when it starts the job, so a job
 * that is running never absorbs a new one. Failed jobs are retried with
 * exponential backoff.
 */
export async function createBullmqQueue(options: BullmqQueueOptions): Promise<BullmqSyncQueue> {
  const settings = parseOptions(bullmqQueueOptionsSchema, options);
  const { Queue } = await loadBullmq();
  const queue = new Queue(settings.queueName, {
    connection: connectionOf(options, false),
    ...(settings.prefix === undefined ? {} : { prefix: settings.prefix }),
  });
  const jobOptions = defaultJobOptions(settings);
  // A listener stops BullMQ from printing connection errors itself.
  queue.on('error', options.onError ?? (() => undefined));

  return {
    queue,
    enqueue: (job, enqueueOptions) => enqueue(queue, job, jobOptions, enqueueOptions),
    scheduleFullSync: (tenantId, everyMs = dayMs) => schedule(queue, tenantId, everyMs, jobOptions),
    unscheduleFullSync: async (tenantId) => {
      await queue.removeJobScheduler(scheduleId(tenantId));
    },
    close: () => queue.close(),
  };
}

async function enqueue(
  queue: Queue,
  job: SyncJob,
  jobOptions: JobsOptions,
  options: EnqueueOptions = {},
): Promise<EnqueueResult> {
  checkJob(job);
  checkEnqueueOptions(options);
  const jobId = randomUUID();
  const added = await queue.add(job.kind, job, {
    ...jobOptions,
    jobId,
    deduplication: { id: options.dedupeKey ?? dedupeKeyOf(job) },
    ...(options.delayMs ? { delay: options.delayMs } : {}),
  });
  const addedId = added.id ?? jobId;

  return { jobId: addedId, deduplicated: addedId !== jobId };
}

async function schedule(queue: Queue, tenantId: string, everyMs: number, opts: JobsOptions) {
  const data: FullSyncJob = { kind: 'full-sync', tenantId };
  const template = { name: data.kind, data, opts };

  await queue.upsertJobScheduler(scheduleId(tenantId), { every: everyMs }, template);
}

function scheduleId(tenantId: string): string {
  return `daily-full-sync:${tenantId}`;
}

function defaultJobOptions(settings: { attempts: number; backoffMs: number }): JobsOptions {
  return {
    attempts: settings.attempts,
    backoff: { type: 'exponential', delay: settings.backoffMs },
    removeOnComplete: { count: 1000 },
    removeOnFail: { count: 5000 },
  };
}
