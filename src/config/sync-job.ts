import { z } from 'zod';
import type { SyncJob } from '../ports/sync-job.js';
import type { EnqueueOptions } from '../ports/sync-queue.js';
import { parseOptions } from './parse-options.js';
import { wholeNumber } from './whole-number.js';

const id = (what: string) => z.string().trim().min(1, `give the ${what}`);

const tenantId = id('tenant id');

/**
 * The jobs a queue may carry. Queues check a job when it is enqueued, so
 * a malformed one fails at the caller, where it can be fixed, rather than
 * in a worker later, where it can only be retried.
 */
export const syncJobSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('full-sync'), tenantId, force: z.boolean().optional() }),
  z.object({ kind: z.literal('incremental-sync'), tenantId }),
  z.object({
    kind: z.literal('sync-person'),
    tenantId,
    oktaId: id('Okta user id'),
    eventId: z.string().min(1).optional(),
  }),
  z.object({
    kind: z.literal('activate-starter'),
    tenantId,
    oktaId: id('Okta user id'),
    startDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD'),
  }),
]);

/**
 * Throws `ConfigError` naming what is wrong with a job: an unknown kind,
 * an empty tenant or Okta id, a malformed start date.
 */
export function checkJob(job: SyncJob): void {
  parseOptions(syncJobSchema, job);
}

/** What `SyncQueue.enqueue` takes beside the job, for every queue. */
export const enqueueOptionsSchema = z.object({
  dedupeKey: z.string({ error: 'use a non-empty text' }).min(1, 'use a non-empty text').optional(),
  delayMs: wholeNumber({ min: 0 }, 'use whole milliseconds, 0 or more').optional(),
});

/**
 * Throws `ConfigError` naming what is wrong with the options of an
 * enqueue: an empty dedupe key, a delay that is no whole number of
 * milliseconds, a key no option has.
 */
export function checkEnqueueOptions(options: EnqueueOptions): void {
  parseOptions(enqueueOptionsSchema, options);
}
