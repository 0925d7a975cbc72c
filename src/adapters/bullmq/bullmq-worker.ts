import type { Job, Worker } from 'bullmq';
import { bullmqWorkerOptionsSchema } from '../../config/bullmq-worker-options.js';
import { parseOptions } from '../../config/parse-options.js';
import type { JobResult, SyncEngine } from '../../engine/sync-engine.js';
import { SyncError } from '../../errors/sync-error.js';
import type { SyncJob } from '../../ports/sync-job.js';
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
  /**
   * How long a job stays locked to this worker without a renewal; BullMQ
   * renews it at half this while the job runs. When the process dies, its
   * jobs go back to the queue once the lock lapses and another worker's
   * stalled check sees them. 30 s by default.
   */
  lockDurationMs?: number;
  /** How often this worker looks for stalled jobs; 30 s by default. */
  stalledIntervalMs?: number;
}

/** A running worker; `close()` waits for the jobs in hand to finish. */
export interface BullmqSyncWorker {
  /** BullMQ's worker, for its events (`failed`, `completed`) and metrics. */
  readonly worker: Worker<SyncJob, JobResult>;
  /** Stops taking jobs and resolves once the jobs in hand have finished. */
  close(): Promise<void>;
}

/**
 * Takes jobs off the BullMQ queue and runs each through `engine.runJob`.
 * A full sync that ends `failed` fails the job, so BullMQ retries it with
 * backoff; `guarded` and `partial` runs complete, since retrying would do
 * the same. Run as many workers as you like, in as many processes.
 */
export async function createBullmqWorker(options: BullmqWorkerOptions): Promise<BullmqSyncWorker> {
  const settings = parseOptions(bullmqWorkerOptionsSchema, options);
  const { Worker } = await loadBullmq();
  const worker = new Worker<SyncJob, JobResult>(
    settings.queueName,
    (job) => runJob(options.engine, job),
    {
      connection: connectionOf(options, true),
      concurrency: settings.concurrency,
      lockDuration: settings.lockDurationMs,
      stalledInterval: settings.stalledIntervalMs,
      ...(settings.prefix === undefined ? {} : { prefix: settings.prefix }),
    },
  );

  // A listener stops BullMQ from printing connection errors itself.
  worker.on('error', options.onError ?? (() => undefined));

  return { worker, close: () => worker.close() };
}

async function runJob(engine: BullmqWorkerOptions['engine'], job: Job<SyncJob, JobResult>) {
  // Released now, so an equal job enqueued while this one runs is kept.
  await job.removeDeduplicationKey();
  const result = await engine.runJob(job.data);

  if (result.kind === 'full-sync' && result.report.status === 'failed') {
    const { error } = result.report;
    const reason = error ? `${error.code}: ${error.message}` : 'the full sync failed';
    throw new SyncJobFailedError(reason);
  }

  return result;
}

/** A job whose run failed; BullMQ retries it. */
export class SyncJobFailedError extends SyncError {
  constructor(message: string) {
    super('ERR_JOB_FAILED', message);
  }
}
