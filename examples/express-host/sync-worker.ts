// The worker of a single-process host: the in-memory queue takes each job
// the routes put on it and runs it through the engine, one at a time.
// With several processes, this is createBullmqWorker (../bullmq-worker).
import {
  createMemoryQueue,
  type JobResult,
  type MemoryQueue,
  type RunCounts,
  type SyncEngine,
} from '@learnamp/okta-sync';

/** Told what each job did, for the host's logs or admin page. */
export type JobListener = (result: JobResult) => void;

/** A queue whose jobs run through the engine in this process. */
export function createSyncWorker(engine: SyncEngine, onJob: JobListener = () => {}): MemoryQueue {
  return createMemoryQueue({
    worker: async (job) => {
      // A failing Okta or store rejects here; the queue retries the job.
      const result = await engine.runJob(job);

      onJob(result);

      return result;
    },
  });
}

/** One line about what a job did. */
export function describeJob(result: JobResult): string {
  if ('report' in result) {
    const { tenantId, status, counts } = result.report;

    return `${result.kind} ${tenantId}: ${status} (${listCounts(counts) || 'no change'})`;
  }

  const { tenantId, oktaId, counts, skip } = result.result;
  const done = skip ? `skipped (${skip.reason})` : listCounts(counts);

  return `${result.kind} ${tenantId} ${oktaId}: ${done || 'no change'}`;
}

function listCounts(counts: RunCounts): string {
  const nonZero = Object.entries(counts).filter(([, count]) => count > 0);

  return nonZero.map(([name, count]) => `${count} ${name}`).join(', ');
}
