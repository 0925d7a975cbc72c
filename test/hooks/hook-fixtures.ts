import { readFileSync } from 'node:fs';
import type { SyncJob } from '../../src/ports/sync-job.js';
import type { EnqueueOptions, SyncQueue } from '../../src/ports/sync-queue.js';

/** The text of a fixture in test/fixtures. */
export function fixtureText(name: string): string {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
}

/** A queue that only records what was put on it. */
export interface RecordingQueue extends SyncQueue {
  jobs: SyncJob[];
  options: (EnqueueOptions | undefined)[];
}

/** A queue that records jobs; `fail` makes every enqueue reject. */
export function recordingQueue(fail = false): RecordingQueue {
  const jobs: SyncJob[] = [];
  const options: (EnqueueOptions | undefined)[] = [];

  return {
    jobs,
    options,
    async enqueue(job, enqueueOptions) {
      if (fail) {
        throw new Error('queue down');
      }

      jobs.push(job);
      options.push(enqueueOptions);

      return { jobId: String(jobs.length), deduplicated: false };
    },
  };
}

/** The delivery fixtures and what they name. */
export const deliveries = {
  create: 'event-hook-delivery-user-lifecycle-create.DERIVED.json',
  updateProfile: 'event-hook-delivery-user-account-update-profile.DERIVED.json',
  groupAdd: 'event-hook-delivery-group-user-membership-add.DERIVED.json',
  batched: 'event-hook-delivery-batched.DERIVED.json',
  sessionStart: 'event-hook-delivery-user-session-start.json',
} as const;

/** The user every DERIVED delivery fixture targets. */
export const fixtureUserId = '00u1exampleUser0001';
