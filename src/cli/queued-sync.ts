import type { Job } from 'bullmq';
import type { JobResult } from '../engine/sync-engine.js';
import type { SyncReport } from '../engine/sync-report.js';
import type { FullSyncJob } from '../ports/sync-job.js';
import { type CliIo, writeLine } from './cli-io.js';
import { exitCodes } from './exit-codes.js';
import { openSharedQueue } from './open-queue.js';

/** Where `sync --redis-url` puts its job, and whether it waits. */
export interface QueuedSyncOptions {
  redisUrl: string;
  queueName: string;
  job: FullSyncJob;
  /** Wait for a worker to finish the job, and hand back its report. */
  wait: boolean;
  /** How often to look at the job while waiting; 500 ms by default. */
  pollMs?: number;
  /** Where the line saying the job is queued goes (stderr under `--json`). */
  announce: CliIo['stdout'];
}

/** What came of a queued sync: a report when waited for, else none. */
export type QueuedSync = { report: SyncReport } | { failed: string } | null;

/**
 * Puts a full sync on the shared queue, as the "Sync users" button does,
 * for whichever worker is free. An equal job already waiting absorbs it.
 */
export async function queueSync(options: QueuedSyncOptions): Promise<QueuedSync> {
  const queue = await openSharedQueue(options.redisUrl, options.queueName);

  try {
    const { jobId, deduplicated } = await queue.enqueue(options.job);
    const tenant = options.job.tenantId;
    const what = deduplicated ? 'was already queued' : 'is queued';
    writeLine(options.announce, `A full sync of tenant ${tenant} ${what} (job ${jobId}).`);

    if (options.wait) {
      const waiting = `Waiting for a worker on queue ${options.queueName}`;
      writeLine(options.announce, `${waiting}; Ctrl-C stops waiting, the job stays queued.`);
    }

    return options.wait ? await outcomeOf(queue.queue, jobId, options.pollMs ?? 500) : null;
  } finally {
    await queue.close();
  }
}

type QueueLike = { getJob(id: string): Promise<Job | undefined> };

// Polled rather than subscribed: QueueEvents needs one more connection,
// and a sync takes seconds to hours, so half a second is close enough.
async function outcomeOf(queue: QueueLike, jobId: string, pollMs: number): Promise<QueuedSync> {
  for (;;) {
    const job = await queue.getJob(jobId);
    const state = job ? await job.getState() : 'missing';

    if (job && state === 'completed') {
      return { report: (job.returnvalue as Extract<JobResult, { report: SyncReport }>).report };
    }

    if (state === 'failed' || state === 'missing') {
      return { failed: job?.failedReason ?? `job ${jobId} is no longer in the queue` };
    }

    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/** The exit code of a queued sync that was not waited for or failed. */
export function exitCodeOfQueued(outcome: { failed: string } | null): number {
  return outcome === null ? exitCodes.succeeded : exitCodes.failed;
}
