import { z } from 'zod';
import { hostFunction } from './host-value.js';
import { attemptsSetting, backoffSetting } from './retry-settings.js';
import { storeClock } from './sql-store-options.js';

/** The settings of `createMemoryStore`. */
export const memoryStoreOptionsSchema = z
  .object({ clock: storeClock })
  .describe('Options of `createMemoryStore`: a store held in memory, for tests and demos.');

/** The settings of `createMemoryQueue`. */
export const memoryQueueOptionsSchema = z
  .object({
    worker: hostFunction(
      {
        description: 'Runs each job; a rejection counts as a failed attempt.',
        tsType: 'JobWorker',
      },
      'pass the function that runs each job',
    ),
    attempts: attemptsSetting(3, 'Tries per job before it is given up.'),
    backoffMs: backoffSetting(100, 'Milliseconds before a retry, doubled on each.'),
  })
  .describe('Options of `createMemoryQueue`: a queue in this process.');
