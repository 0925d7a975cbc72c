import { describe, expect, it } from 'vitest';
import { createMemoryQueue } from '../../src/adapters/memory/memory-sync-queue.js';
import type { SyncJob } from '../../src/ports/sync-job.js';

const fullSync: SyncJob = { kind: 'full-sync', tenantId: 'acme' };

function recordingQueue(worker?: (job: SyncJob) => Promise<void>) {
  const ran: SyncJob[] = [];
  const queue = createMemoryQueue({
    backoffMs: 1,
    worker: async (job) => {
      ran.push(job);
      await worker?.(job);
    },
  });

  return { queue, ran };
}

describe('the in-memory queue', () => {
  describe('when "Sync users" is pressed twice while a run is queued', () => {
    it('runs one full sync', async () => {
      const { queue, ran } = recordingQueue();
      const gate = queue.enqueue({ kind: 'sync-person', tenantId: 'acme', oktaId: '00u1' });
      const first = await queue.enqueue(fullSync);
      const second = await queue.enqueue(fullSync);
      await gate;

      await queue.drain();

      expect(second).toEqual({ jobId: first.jobId, deduplicated: true });
      expect(ran.filter((job) => job.kind === 'full-sync')).toHaveLength(1);
    });
  });

  describe('when a job is already running', () => {
    it('queues a new equal job instead of folding it into the running one', async () => {
      let release = () => {};
      const blocked = new Promise<void>((resolve) => {
        release = resolve;
      });
      const { queue, ran } = recordingQueue(async () => {
        if (ran.length === 1) await blocked;
      });
      await queue.enqueue(fullSync);
      await new Promise((resolve) => setImmediate(resolve));

      const again = await queue.enqueue(fullSync);
      release();
      await queue.drain();

      expect(again.deduplicated).toBe(false);
      expect(ran).toHaveLength(2);
    });
  });

  describe('when a job is delayed', () => {
    it('runs it after the delay, and drain waits for it', async () => {
      const { queue, ran } = recordingQueue();

      await queue.enqueue(fullSync, { delayMs: 20 });

      expect(ran).toHaveLength(0);
      await queue.drain();
      expect(ran).toEqual([fullSync]);
    });
  });

  describe('when a job fails', () => {
    it('retries it until it succeeds', async () => {
      let calls = 0;
      const { queue } = recordingQueue(async () => {
        calls += 1;
        if (calls < 3) throw new Error('Okta unavailable');
      });

      await queue.enqueue(fullSync);
      await queue.drain();

      expect(calls).toBe(3);
      expect(queue.completed()).toBe(1);
      expect(queue.failed()).toEqual([]);
    });

    it('gives up after the attempts and keeps the failure', async () => {
      const { queue, ran } = recordingQueue(async () => {
        throw new Error('always');
      });

      const { jobId } = await queue.enqueue(fullSync);
      await queue.drain();

      expect(ran).toHaveLength(3);
      expect(queue.failed()).toEqual([
        expect.objectContaining({ jobId, job: fullSync, error: expect.any(Error) }),
      ]);
    });
  });

  describe('when closed', () => {
    it('drops delayed jobs', async () => {
      const { queue, ran } = recordingQueue();
      await queue.enqueue(fullSync, { delayMs: 10_000 });

      await queue.close();
      await queue.drain();

      expect(ran).toEqual([]);
    });
  });
});
