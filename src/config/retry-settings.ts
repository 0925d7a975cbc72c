import { wholeNumber } from './whole-number.js';

/** How many tries a queue gives a job, shared by the queues' options. */
export function attemptsSetting(defaultTries: number, description: string) {
  return wholeNumber({ min: 1 }, 'use a whole number of tries, 1 or more')
    .default(defaultTries)
    .describe(description);
}

/** How long a queue waits before a retry, doubled on each. */
export function backoffSetting(defaultMs: number, description: string) {
  return wholeNumber({ min: 0 }, 'use whole milliseconds, 0 or more')
    .default(defaultMs)
    .describe(description);
}
