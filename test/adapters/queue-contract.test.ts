import { randomUUID } from 'node:crypto';
import { describe } from 'vitest';
import { createBullmqQueue } from '../../src/adapters/bullmq/bullmq-queue.js';
import { createBullmqWorker } from '../../src/adapters/bullmq/bullmq-worker.js';
import { createMemoryQueue } from '../../src/adapters/memory/memory-sync-queue.js';
import type { JobResult } from '../../src/engine/sync-engine.js';
import { describeSyncQueueContract } from '../../src/testing/contract/sync-queue-contract.js';
import { redisUrl, serviceReachable } from '../support/services.js';

const redis = await serviceReachable('Redis', redisUrl);

describeSyncQueueContract('the in-memory queue', async (worker) => {
  const queue = createMemoryQueue({ worker });

  return { queue, cleanup: () => queue.close() };
});

describe.skipIf(!redis)('on Redis', () => {
  describeSyncQueueContract('the BullMQ queue', async (worker) => {
    const names = { redisUrl, prefix: `okta-sync-contract-${randomUUID()}`, queueName: 'jobs' };
    const queue = await createBullmqQueue(names);
    const consumer = await createBullmqWorker({
      ...names,
      engine: {
        runJob: async (job) => {
          await worker(job);
          return {} as JobResult;
        },
      },
    });

    return {
      queue,
      cleanup: async () => {
        await consumer.close();
        await queue.queue.obliterate({ force: true });
        await queue.close();
      },
    };
  });
});
