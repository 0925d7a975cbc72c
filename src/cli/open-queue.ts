import { type BullmqSyncQueue, createBullmqQueue } from '../adapters/bullmq/bullmq-queue.js';

/** The BullMQ queue name the CLI uses unless told otherwise. */
export const defaultQueueName = 'okta-sync';

const answerWithinMs = 5000;

/**
 * Opens the shared BullMQ queue `--redis-url` names, once Redis answers.
 * ioredis would otherwise retry in silence, and a command would hang on
 * its first job instead of saying that Redis is down.
 */
export async function openSharedQueue(redisUrl: string, queueName: string) {
  const queue = await createBullmqQueue({ redisUrl, queueName });

  try {
    await answered(queue, redisUrl);
  } catch (error) {
    await queue.close().catch(() => undefined);
    throw error;
  }

  return queue;
}

async function answered(queue: BullmqSyncQueue, redisUrl: string): Promise<void> {
  const { host } = new URL(redisUrl);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    const within = `${answerWithinMs / 1000} s`;
    const message = `Redis at ${host} did not answer within ${within}; is it running?`;
    timer = setTimeout(() => reject(new Error(message)), answerWithinMs);
  });

  try {
    await Promise.race([queue.queue.waitUntilReady(), late]);
  } finally {
    clearTimeout(timer);
  }
}
