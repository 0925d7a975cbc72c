import { z } from 'zod';
import {
  hasOneRedisConnection,
  oneRedisConnection,
  redisConnectionShape,
} from './redis-connection-options.js';
import { attemptsSetting, backoffSetting } from './retry-settings.js';

/** The BullMQ queue name both the queue and its workers use. */
export const bullmqQueueName = z
  .string({ error: 'use the queue name as text' })
  .min(1, { error: 'use a queue name of 1 character or more' })
  .default('okta-sync')
  .describe('The BullMQ queue name; the queue and its workers must agree.');

/** The Redis key prefix both the queue and its workers use. */
export const bullmqPrefix = z
  .string({ error: 'use the key prefix as text' })
  .optional()
  .meta({ description: 'Key prefix in Redis.', defaultText: "BullMQ's `bull`" });

/** The settings of `createBullmqQueue` from `@learnamp/okta-sync/bullmq`. */
export const bullmqQueueOptionsSchema = z
  .object({
    ...redisConnectionShape,
    queueName: bullmqQueueName,
    prefix: bullmqPrefix,
    attempts: attemptsSetting(5, 'Tries per job before it fails for good.'),
    backoffMs: backoffSetting(5000, 'First retry delay, doubled on each retry.'),
  })
  .refine(hasOneRedisConnection, oneRedisConnection)
  .describe('Options of `createBullmqQueue`: the durable queue on Redis.');
