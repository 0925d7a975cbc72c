import { z } from 'zod';
import { defaultManagerMatch } from '../mapping/mapper-policy.js';
import { profileAttribute } from './profile-attribute.js';
import { timeZoneName } from './time-zone-name.js';

function attribute(name: string, description: string) {
  return profileAttribute().default(name).describe(description);
}

function uniqueList<T extends z.ZodType<string>>(item: T, min: number) {
  return z
    .array(item, { error: 'must be a list' })
    .min(min, { error: 'must name at least one' })
    .max(50, { error: 'must name at most 50' })
    .refine((list) => new Set(list).size === list.length, { error: 'must not repeat a name' });
}

const managerMatch = z.enum(['oktaId', 'login', 'email', 'employeeNumber'], {
  error: "each must be 'oktaId', 'login', 'email' or 'employeeNumber'",
});

const keepableField = z.enum(['team', 'jobTitle', 'managerRef', 'startDate'], {
  error: "each must be 'team', 'jobTitle', 'managerRef' or 'startDate'",
});

/** The settings of `createDefaultMapper`: how it reads an Okta profile. */
export const defaultMapperOptionsSchema = z
  .object({
    fullName: z
      .enum(['firstLast', 'displayName'], { error: "must be 'firstLast' or 'displayName'" })
      .default('firstLast')
      .describe(
        'Where the full name comes from first: first and last name, or the display name; ' +
          'the other is the fallback.',
      ),
    displayNameAttribute: attribute('displayName', 'Profile attribute read as the display name.'),
    emailAttribute: attribute('email', 'Profile attribute holding the email.'),
    teamAttribute: attribute('department', 'Profile attribute holding the team name.'),
    teamSource: z
      .enum(['attribute', 'group'], { error: "must be 'attribute' or 'group'" })
      .default('attribute')
      .describe(
        "Where the team comes from: `teamAttribute`, or the first of the user's team " +
          'groups (the directory fills them when given `teamGroups`).',
      ),
    teamGroupPrefix: z
      .string({ error: 'must be text' })
      .min(1, { error: 'must not be empty (leave it out for no prefix)' })
      .max(100, { error: 'must be at most 100 characters' })
      .optional()
      .meta({
        description:
          "Taken off the start of a team group's name, such as `Team: `; read only with " +
          "`teamSource: 'group'`.",
        defaultText: 'none',
      }),
    jobTitleAttribute: attribute('title', 'Profile attribute holding the job title.'),
    managerAttribute: attribute('managerId', 'Profile attribute holding the manager reference.'),
    managerMatch: uniqueList(managerMatch, 1)
      .default([...defaultManagerMatch])
      .describe('What a manager reference is matched with, in order; the first match wins.'),
    startDateAttribute: attribute('startDate', 'Profile attribute holding the start date.'),
    timeZoneAttribute: attribute('timezone', "Profile attribute holding the person's IANA zone."),
    tenantTimeZone: timeZoneName('must be an IANA time zone such as Europe/London')
      .default('UTC')
      .describe('Zone for people without a valid one of their own.'),
    passThrough: uniqueList(profileAttribute(), 0)
      .default([])
      .describe("Profile attributes copied to the person's `attributes` for the host."),
    suspendedStatus: z
      .enum(['suspended', 'active', 'deactivated'], {
        error: "must be 'suspended', 'active' or 'deactivated'",
      })
      .default('suspended')
      .describe('The host status of an Okta SUSPENDED user.'),
    keepWhenEmpty: uniqueList(keepableField, 0)
      .default([])
      .describe('Fields that keep their stored value when Okta empties them.'),
  })
  .strict()
  .describe('Options of `createDefaultMapper`: which profile attributes hold what.');
