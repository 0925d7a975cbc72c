import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncJob } from '../../ports/sync-job.js';
import type { SyncQueue } from '../../ports/sync-queue.js';

/** A queue under contract, consuming with `worker` from the start. */
export interface ContractQueue {
  /** The queue the tests enqueue on. */
  queue: SyncQueue;
  /** Runs after the suite: close connections, remove keys. */
  cleanup?: () => Promise<void>;
}

/** Makes the queue once for the suite; every job it runs goes to `worker`. */
export type MakeContractQueue = (worker: (job: SyncJob) => Promise<void>) => Promise<ContractQueue>;

const hour = 60 * 60 * 1000;

/**
 * Registers vitest tests checking that a `SyncQueue` keeps the promises
 * the port documents: equal jobs join while one waits, distinct keys do
 * not, a custom dedupe key is honoured, every job reaches a worker, and a
 * delayed job waits for its delay. Each test uses its own tenant id, so
 * one queue serves the whole suite.
 */
export function describeSyncQueueContract(name: string, makeQueue: MakeContractQueue): void {
  describe(name, () => {
    const ran: SyncJob[] = [];
    let made: ContractQueue | undefined;
    const queue = () => made!.queue;

    beforeAll(async () => {
      made = await makeQueue(async (job) => {
        ran.push(job);
      });
    });

    afterAll(async () => {
      await made?.cleanup?.();
    });

    const person = (tenantId: string, oktaId = '00u1'): SyncJob => ({
      kind: 'sync-person',
      tenantId,
      oktaId,
    });

    it('joins an equal job to one that is still waiting', async () => {
      const tenantId = `queue-${randomUUID()}`;

      const first = await queue().enqueue(person(tenantId), { delayMs: hour });
      const second = await queue().enqueue(person(tenantId), { delayMs: hour });

      expect(first.deduplicated).toBe(false);
      expect(second).toEqual({ jobId: first.jobId, deduplicated: true });
    });

    it('keeps jobs with different dedupe keys apart', async () => {
      const tenantId = `queue-${randomUUID()}`;

      const first = await queue().enqueue(person(tenantId, '00u1'), { delayMs: hour });
      const second = await queue().enqueue(person(tenantId, '00u2'), { delayMs: hour });

      expect(second.deduplicated).toBe(false);
      expect(second.jobId).not.toBe(first.jobId);
    });

    it('honours a dedupe key given by the caller', async () => {
      const tenantId = `queue-${randomUUID()}`;
      const dedupeKey = `button:${tenantId}`;

      const first = await queue().enqueue(person(tenantId, '00u1'), { delayMs: hour, dedupeKey });
      const second = await queue().enqueue(person(tenantId, '00u2'), { delayMs: hour, dedupeKey });

      expect(second).toEqual({ jobId: first.jobId, deduplicated: true });
    });

    it('delivers every job to a worker, and holds a delayed one', async () => {
      const tenantId = `queue-${randomUUID()}`;
      const ids = ['00uA', '00uB', '00uC'];

      await queue().enqueue(person(tenantId, '00uLATER'), { delayMs: hour });
      for (const oktaId of ids) {
        await queue().enqueue(person(tenantId, oktaId));
      }
      const delivered = await waitFor(() => ranFor(ran, tenantId), ids.length);

      expect(delivered.sort()).toEqual(ids);
    });
  });
}

function ranFor(ran: readonly SyncJob[], tenantId: string): string[] {
  return ran.flatMap((job) =>
    job.tenantId === tenantId && job.kind === 'sync-person' ? [job.oktaId] : [],
  );
}

/** Polls until `read()` has at least `count` items, for at most 10 s. */
async function waitFor(read: () => string[], count: number): Promise<string[]> {
  const started = Date.now();

  while (read().length < count && Date.now() - started < 10_000) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }

  // Settle a moment longer, so a job run too early (the delayed one) shows.
  await new Promise((resolve) => setTimeout(resolve, 100));

  return read();
}
