import { z } from 'zod';
import { ConfigError, type ConfigIssue } from '../errors/config-error.js';
import type { FullNameSource } from './full-name.js';
import type { TeamSource } from './group-team.js';
import { defaultManagerMatch, type KeepableField, type ManagerMatch } from './mapper-policy.js';
import type { SuspendedStatus } from './status-policy.js';
import { isTimeZone } from './time-zone.js';

/** How the default mapper reads an Okta profile. Every field is optional. */
export interface DefaultMapperOptions {
  /** Where the full name comes from first; default `firstLast`. */
  fullName?: FullNameSource;
  /** Profile attribute read as the display name; default `displayName`. */
  displayNameAttribute?: string;
  /** Profile attribute holding the email; default `email`. */
  emailAttribute?: string;
  /** Profile attribute holding the team name; default `department`. */
  teamAttribute?: string;
  /**
   * Where the team comes from: the profile's `teamAttribute` (`attribute`,
   * the default) or the first of the user's team groups (`group`), which
   * the directory fills when it was given `teamGroups`.
   */
  teamSource?: TeamSource;
  /**
   * Taken off the start of a team group's name, such as `Team: `; none by
   * default. Only read with `teamSource: 'group'`.
   */
  teamGroupPrefix?: string;
  /** Profile attribute holding the job title; default `title`. */
  jobTitleAttribute?: string;
  /** Profile attribute holding the manager reference; default `managerId`. */
  managerAttribute?: string;
  /**
   * What a manager reference is matched with, in order; default Okta id,
   * then login, then email, then employee number.
   */
  managerMatch?: readonly ManagerMatch[];
  /** Profile attribute holding the start date; default `startDate`. */
  startDateAttribute?: string;
  /** Profile attribute holding the person's IANA zone; default `timezone`. */
  timeZoneAttribute?: string;
  /** Zone for people without a valid one of their own; default `UTC`. */
  tenantTimeZone?: string;
  /** Profile attributes copied to `person.attributes`; default none. */
  passThrough?: readonly string[];
  /** The host status of an Okta SUSPENDED user; default `suspended`. */
  suspendedStatus?: SuspendedStatus;
  /** Fields that keep their stored value when Okta empties them. */
  keepWhenEmpty?: readonly KeepableField[];
}

/** The options with every default filled in. */
export type ResolvedMapperOptions = Readonly<Required<DefaultMapperOptions>>;

const attributeMessage =
  'must be the name of an Okta profile attribute: 1–100 characters, no spaces';

const attribute = z
  .string({ error: attributeMessage })
  .regex(/^\S{1,100}$/, { error: attributeMessage });

const attributeName = attribute.optional();

const optionsSchema = z
  .object({
    fullName: z
      .enum(['firstLast', 'displayName'], { error: "must be 'firstLast' or 'displayName'" })
      .optional(),
    displayNameAttribute: attributeName,
    emailAttribute: attributeName,
    teamAttribute: attributeName,
    teamSource: z
      .enum(['attribute', 'group'], { error: "must be 'attribute' or 'group'" })
      .optional(),
    teamGroupPrefix: z
      .string({ error: 'must be text' })
      .min(1, { error: 'must not be empty (leave it out for no prefix)' })
      .max(100, { error: 'must be at most 100 characters' })
      .optional(),
    jobTitleAttribute: attributeName,
    managerAttribute: attributeName,
    managerMatch: uniqueList(
      z.enum(['oktaId', 'login', 'email', 'employeeNumber'], {
        error: "each must be 'oktaId', 'login', 'email' or 'employeeNumber'",
      }),
      1,
    ),
    startDateAttribute: attributeName,
    timeZoneAttribute: attributeName,
    tenantTimeZone: z
      .string({ error: 'must be an IANA time zone such as Europe/London' })
      .refine(isTimeZone, { error: 'must be an IANA time zone such as Europe/London' })
      .optional(),
    passThrough: uniqueList(attribute, 0),
    suspendedStatus: z
      .enum(['suspended', 'active', 'deactivated'], {
        error: "must be 'suspended', 'active' or 'deactivated'",
      })
      .optional(),
    keepWhenEmpty: uniqueList(
      z.enum(['team', 'jobTitle', 'managerRef', 'startDate'], {
        error: "each must be 'team', 'jobTitle', 'managerRef' or 'startDate'",
      }),
      0,
    ),
  })
  .strict();

const optionNames = Object.keys(optionsSchema.shape).join(', ');

function uniqueList<T extends z.ZodType<string>>(item: T, min: number) {
  return z
    .array(item, { error: 'must be a list' })
    .min(min, { error: 'must name at least one' })
    .max(50, { error: 'must name at most 50' })
    .refine((list) => new Set(list).size === list.length, { error: 'must not repeat a name' })
    .optional();
}

/**
 * Checks the caller's options and fills in the defaults, without changing
 * the object passed in.
 *
 * @throws {ConfigError} naming each option that is wrong or unknown.
 */
export function resolveDefaultMapperOptions(options: unknown): ResolvedMapperOptions {
  const result = optionsSchema.safeParse(options);
  if (!result.success) {
    throw new ConfigError(result.error.issues.flatMap(toConfigIssues), { cause: result.error });
  }

  const given = result.data;

  return Object.freeze({
    fullName: given.fullName ?? 'firstLast',
    displayNameAttribute: given.displayNameAttribute ?? 'displayName',
    emailAttribute: given.emailAttribute ?? 'email',
    teamAttribute: given.teamAttribute ?? 'department',
    teamSource: given.teamSource ?? 'attribute',
    teamGroupPrefix: given.teamGroupPrefix ?? '',
    jobTitleAttribute: given.jobTitleAttribute ?? 'title',
    managerAttribute: given.managerAttribute ?? 'managerId',
    managerMatch: Object.freeze([...(given.managerMatch ?? defaultManagerMatch)]),
    startDateAttribute: given.startDateAttribute ?? 'startDate',
    timeZoneAttribute: given.timeZoneAttribute ?? 'timezone',
    tenantTimeZone: given.tenantTimeZone ?? 'UTC',
    passThrough: Object.freeze([...(given.passThrough ?? [])]),
    suspendedStatus: given.suspendedStatus ?? 'suspended',
    keepWhenEmpty: Object.freeze([...(given.keepWhenEmpty ?? [])]),
  });
}

function toConfigIssues(issue: z.core.$ZodIssue): ConfigIssue[] {
  if (issue.code === 'unrecognized_keys') {
    const message = `is not a default mapper option (the options are ${optionNames})`;

    return issue.keys.map((key) => ({ field: key, message }));
  }

  if (issue.path.length === 0) {
    return [{ field: 'options', message: 'must be an object of default mapper options' }];
  }

  return [{ field: issue.path.map(String).join('.'), message: issue.message }];
}
