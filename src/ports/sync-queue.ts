import type { SyncJob } from './sync-job.js';

/** Options of {@link SyncQueue.enqueue}. */
export interface EnqueueOptions {
  /**
   * Jobs with the same key are coalesced while one is waiting: the second
   * enqueue returns the waiting job's id. Defaults to `dedupeKeyOf(job)`.
   */
  dedupeKey?: string;
  /** Milliseconds before the job may run; 0 by default. */
  delayMs?: number;
}

/** What an enqueue did. */
export interface EnqueueResult {
  /** The queue's id for the job; the waiting job's id when deduplicated. */
  jobId: string;
  /** True when an equal job was already waiting and this one joined it. */
  deduplicated: boolean;
}

/**
 * Where entry points put work. Supplied by the host (the package ships an
 * in-memory queue and, later, a BullMQ one). The host's workers take jobs
 * off it and pass each to `engine.runJob`.
 *
 * Delivery is at least once: a job may run twice (a worker crash, a
 * redelivery), so every job is idempotent. Order between jobs is not
 * promised. The queue does not run jobs of one tenant one at a time; the
 * engine's run lease does that.
 *
 * Out of scope: priorities, results and job history.
 */
export interface SyncQueue {
  /**
   * Adds a job, or joins an equal waiting job (same dedupe key). Resolves
   * once the job is durably queued.
   */
  enqueue(job: SyncJob, options?: EnqueueOptions): Promise<EnqueueResult>;
}
