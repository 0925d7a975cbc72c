import { defaultMapperOptionsSchema } from '../config/default-mapper-options.js';
import { parseOptions } from '../config/parse-options.js';
import type { FullNameSource } from './full-name.js';
import type { TeamSource } from './group-team.js';
import type { KeepableField, ManagerMatch } from './mapper-policy.js';
import type { SuspendedStatus } from './status-policy.js';

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

const optionNames = Object.keys(defaultMapperOptionsSchema.shape).join(', ');

/**
 * Checks the caller's options and fills in the defaults, without changing
 * the object passed in.
 *
 * @throws {ConfigError} naming each option that is wrong or unknown.
 */
export function resolveDefaultMapperOptions(options: unknown): ResolvedMapperOptions {
  const given = parseOptions(defaultMapperOptionsSchema, options, {
    wrongType: 'must be an object of default mapper options',
    unknownKey: `is not a default mapper option (the options are ${optionNames})`,
  });

  return Object.freeze({
    ...given,
    teamGroupPrefix: given.teamGroupPrefix ?? '',
    managerMatch: Object.freeze(given.managerMatch),
    passThrough: Object.freeze(given.passThrough),
    keepWhenEmpty: Object.freeze(given.keepWhenEmpty),
  });
}
