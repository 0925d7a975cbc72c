import type { Job, Worker } from 'bullmq';
import type { JobResult, SyncEngine } from '../../engine/sync-engine.js';
import { SyncError } from '../../errors/sync-error.js';
import type { SyncJob } from '../../ports/sync-job.js';
import { checkConnection } from './bullmq-queue.js';
import { loadBullmq } from './load-bullmq.js';
import { connectionOf, type RedisConnectionOptions } from './redis-connection.js';

/** Options of {@link createBullmqWorker}. */
export interface BullmqWorkerOptions extends RedisConnectionOptions {
  /** The engine that runs each job. */
  engine: Pick<SyncEngine, 'runJob'>;
  /** The BullMQ queue name; `okta-sync` by default. */
  queueName?: string;
  /** Key prefix in Redis; BullMQ's `bull` by default. */
  prefix?: string;
  /** Jobs run at once by this worker; 1 by default. */
  concurrency?: number;
}

/** A running worker; `close()` waits for the jobs in hand to finish. */
export interface BullmqSyncWorker {
  readonly worker: Worker<SyncJob, JobResult>;
  close(): Promise<void>;
}

/**
 * Takes jobs off the BullMQ queue and runs each through `engine.runJob`.
 * A full sync that ends `failed` fails the job, so BullMQ retries it with
 * backoff; `guarded` and `partial` runs complete, since retrying would do
 * the same. Run as many workers as you like, in as many processes.
 */
export async function createBullmqWorker(options: BullmqWorkerOptions): Promise<BullmqSyncWorker> {
  checkConnection(options);
  const { Worker } = await loadBullmq();
  const worker = new Worker<SyncJob, JobResult>(
    options.queueName ?? 'okta-sync',
    (job) => runJob(options.engine, job),
    {
      connection: connectionOf(options, true),
      concurrency: options.concurrency ?? 1,
      ...(options.prefix === undefined ? {} : { prefix: options.prefix }),
    },
  );

  return { worker, close: () => worker.close() };
}

async function runJob(engine: BullmqWorkerOptions['engine'], job: Job<SyncJob, JobResult>) {
  // Released now, so an equal job enqueued while this one runs is kept.
  await job.removeDeduplicationKey();
  const result = await engine.runJob(job.data);

  if (result.kind === 'full-sync' && result.report.status === 'failed') {
    throw new SyncJobFailedError(result.report.error?.message ?? 'the full sync failed');
  }

  return result;
}

/** A job whose run failed; BullMQ retries it. */
export class SyncJobFailedError extends SyncError {
  constructor(message: string) {
    super('ERR_JOB_FAILED', message);
  }
}
