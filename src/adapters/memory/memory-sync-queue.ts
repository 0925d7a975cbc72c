import { randomUUID } from 'node:crypto';
import { memoryQueueOptionsSchema } from '../../config/memory-adapter-options.js';
import { parseOptions } from '../../config/parse-options.js';
import { checkEnqueueOptions, checkJob } from '../../config/sync-job.js';
import { dedupeKeyOf, type SyncJob } from '../../ports/sync-job.js';
import type { EnqueueOptions, EnqueueResult, SyncQueue } from '../../ports/sync-queue.js';

/** Runs one job; usually `(job) => engine.runJob(job)`. */
export type JobWorker = (job: SyncJob) => Promise<unknown>;

/** Options of {@link createMemoryQueue}. */
export interface MemoryQueueOptions {
  /** Runs each job; a rejection counts as a failed attempt. */
  worker: JobWorker;
  /** Tries per job before it is given up; 3 by default. */
  attempts?: number;
  /** Milliseconds before a retry, doubled on each; 100 by default. */
  backoffMs?: number;
}

/** A job the queue gave up on, after every attempt failed. */
export interface FailedJob {
  /** The id `enqueue` returned for it. */
  jobId: string;
  /** The job as it was enqueued. */
  job: SyncJob;
  /** What the worker's last attempt rejected with. */
  error: unknown;
}

/** The in-memory queue, with what tests and demos need to watch it. */
export interface MemoryQueue extends SyncQueue {
  /** Resolves when no job is waiting, delayed or running. */
  drain(): Promise<void>;
  /** Jobs given up on since the queue was made. */
  failed(): readonly FailedJob[];
  /** Jobs run to success since the queue was made. */
  completed(): number;
  /** Drops delayed jobs and stops taking new ones; running jobs finish. */
  close(): Promise<void>;
}

interface Entry {
  jobId: string;
  job: SyncJob;
  key: string;
  attempt: number;
}

/**
 * A queue in this process, for tests, demos and single-process hosts.
 * Jobs run one at a time, in the order they become due; nothing survives a
 * restart (use the BullMQ queue for that). Dedupe keys coalesce jobs only
 * while one is waiting: a job that is running does not absorb a new one,
 * since Okta may have changed after it read.
 */
export function createMemoryQueue(options: MemoryQueueOptions): MemoryQueue {
  const settings = parseOptions(memoryQueueOptionsSchema, options);
  const state = new QueueState({ ...settings, worker: options.worker });

  return {
    enqueue: (job, enqueueOptions) => state.enqueue(job, enqueueOptions),
    drain: () => state.drain(),
    failed: () => [...state.failedJobs],
    completed: () => state.completedCount,
    close: () => state.close(),
  };
}

class QueueState {
  readonly failedJobs: FailedJob[] = [];
  completedCount = 0;
  readonly #options: Required<MemoryQueueOptions>;
  readonly #ready: Entry[] = [];
  readonly #waitingByKey = new Map<string, string>();
  readonly #timers = new Set<NodeJS.Timeout>();
  #running = false;
  #closed = false;
  #idle: (() => void)[] = [];

  constructor(options: Required<MemoryQueueOptions>) {
    this.#options = options;
  }

  async enqueue(job: SyncJob, options: EnqueueOptions = {}): Promise<EnqueueResult> {
    checkJob(job);
    checkEnqueueOptions(options);
    const key = options.dedupeKey ?? dedupeKeyOf(job);
    const waiting = this.#waitingByKey.get(key);

    if (waiting !== undefined) {
      return { jobId: waiting, deduplicated: true };
    }

    const entry = { jobId: randomUUID(), job, key, attempt: 0 };
    this.#waitingByKey.set(key, entry.jobId);
    this.#schedule(entry, options.delayMs ?? 0);

    return { jobId: entry.jobId, deduplicated: false };
  }

  drain(): Promise<void> {
    if (this.#isIdle()) {
      return Promise.resolve();
    }

    return new Promise((resolve) => this.#idle.push(resolve));
  }

  async close(): Promise<void> {
    this.#closed = true;

    for (const timer of this.#timers) {
      clearTimeout(timer);
    }

    this.#timers.clear();
    this.#notifyIdle();
  }

  #schedule(entry: Entry, delayMs: number) {
    if (this.#closed) {
      return;
    }

    if (delayMs <= 0) {
      this.#ready.push(entry);
      void this.#pump();
      return;
    }

    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      this.#schedule(entry, 0);
    }, delayMs);
    this.#timers.add(timer);
  }

  async #pump() {
    if (this.#running) {
      return;
    }

    this.#running = true;

    for (let entry = this.#ready.shift(); entry; entry = this.#ready.shift()) {
      await this.#run(entry);
    }

    this.#running = false;
    this.#notifyIdle();
  }

  async #run(entry: Entry) {
    if (entry.attempt === 0) {
      this.#waitingByKey.delete(entry.key);
    }

    try {
      await this.#options.worker(entry.job);
      this.completedCount += 1;
    } catch (error) {
      this.#retryOrFail(entry, error);
    }
  }

  #retryOrFail(entry: Entry, error: unknown) {
    const attempt = entry.attempt + 1;

    if (attempt >= this.#options.attempts) {
      this.failedJobs.push({ jobId: entry.jobId, job: entry.job, error });
      return;
    }

    this.#schedule({ ...entry, attempt }, this.#options.backoffMs * 2 ** (attempt - 1));
  }

  #isIdle() {
    return !this.#running && this.#ready.length === 0 && this.#timers.size === 0;
  }

  #notifyIdle() {
    if (!this.#isIdle()) {
      return;
    }

    for (const resolve of this.#idle.splice(0)) {
      resolve();
    }
  }
}
