import { z } from 'zod';
import { bullmqPrefix, bullmqQueueName } from './bullmq-queue-options.js';
import { hostObjectWith } from './host-value.js';
import {
  hasOneRedisConnection,
  oneRedisConnection,
  redisConnectionShape,
} from './redis-connection-options.js';
import { wholeNumber } from './whole-number.js';

const wholeMs = 'use whole milliseconds, 1 or more';

/** The settings of `createBullmqWorker` from `@learnamp/okta-sync/bullmq`. */
export const bullmqWorkerOptionsSchema = z
  .object({
    ...redisConnectionShape,
    engine: hostObjectWith(
      ['runJob'],
      { description: 'The engine that runs each job.', tsType: "Pick<SyncEngine, 'runJob'>" },
      'pass the sync engine, or an object with its runJob method',
    ),
    queueName: bullmqQueueName,
    prefix: bullmqPrefix,
    concurrency: wholeNumber({ min: 1 }, 'use a whole number of jobs, 1 or more')
      .default(1)
      .describe('Jobs run at once by this worker.'),
    lockDurationMs: wholeNumber({ min: 1 }, wholeMs)
      .default(30_000)
      .describe(
        "How long a job stays locked to this worker without a renewal; a dead worker's " +
          'jobs return to the queue once it lapses.',
      ),
    stalledIntervalMs: wholeNumber({ min: 1 }, wholeMs)
      .default(30_000)
      .describe('How often this worker looks for stalled jobs.'),
  })
  .refine(hasOneRedisConnection, oneRedisConnection)
  .describe('Options of `createBullmqWorker`: a worker running jobs through the engine.');
