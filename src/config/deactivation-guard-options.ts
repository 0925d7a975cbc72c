import { z } from 'zod';
import { wholeNumber } from './whole-number.js';

/** The `guard` of `SyncEngineOptions`: when a full sync's sweep is held. */
export const deactivationGuardOptionsSchema = z
  .object(
    {
      maxFraction: z
        .number({ error: 'must be a number from 0 to 1' })
        .min(0, { error: 'must be a number from 0 to 1' })
        .max(1, { error: 'must be a number from 0 to 1' })
        .default(0.2)
        .describe('Share of the active people a sweep may deactivate before it is held.'),
      minCount: wholeNumber({ min: 0 }, 'must be a whole number, 0 or more')
        .default(10)
        .describe('People a sweep may always deactivate, whatever the share.'),
    },
    { error: 'must be an object such as { maxFraction: 0.2, minCount: 10 }' },
  )
  .describe(
    'The mass-deactivation guard: a sweep is held when it would deactivate more than ' +
      '`maxFraction` of the active people and more than `minCount` people.',
  )
  .meta({ tsType: 'DeactivationGuardOptions' });
