import { z } from 'zod';
import { profileAttribute } from './profile-attribute.js';
import { timeZoneName } from './time-zone-name.js';

/** The `startDates` of `SyncEngineOptions`: start-date activation. */
export const startDateOptionsSchema = z
  .object(
    {
      activate: z
        .boolean({ error: 'must be true or false' })
        .default(false)
        .describe(
          'Activate a pending person once their start date has come in their zone, ' +
            "whatever Okta's status. Off: Okta's status decides.",
        ),
      timeZoneAttribute: profileAttribute()
        .default('timezone')
        .describe("Profile attribute holding the person's IANA zone."),
      tenantTimeZone: timeZoneName()
        .default('UTC')
        .describe('Zone of people without a valid one of their own.'),
    },
    { error: 'must be an object such as { activate: true }' },
  )
  .describe('Start-date activation; off by default, so Okta decides when people become active.')
  .meta({ tsType: 'StartDateOptions' });
