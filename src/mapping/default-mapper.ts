import type { OktaUser } from '../okta/okta-user.js';
import {
  type DefaultMapperOptions,
  type ResolvedMapperOptions,
  resolveDefaultMapperOptions,
} from './default-mapper-options.js';
import type { DirectoryPerson, PersonStatus } from './directory-person.js';
import { toFullName } from './full-name.js';
import { readGroupTeam } from './group-team.js';
import { toManagerRef } from './manager-ref.js';
import type { MapperPolicy } from './mapper-policy.js';
import { toOktaUpdatedAt } from './okta-updated-at.js';
import { readPassThrough } from './pass-through.js';
import { readPersonIdentifiers } from './person-identifiers.js';
import type { MapOutcome, PersonMapper } from './person-mapper.js';
import { readPersonTimeZone } from './person-time-zone.js';
import { readProfileEmail } from './profile-email.js';
import {
  isUntrustedRecord,
  readCleanText,
  readOwnValue,
  type UntrustedRecord,
} from './profile-values.js';
import { readOktaId } from './read-okta-id.js';
import {
  describeUnknownStatus,
  missingIdReason,
  missingProfileReason,
  unreadableUserReason,
} from './skip-reasons.js';
import type { SkipCode, SkippedPerson } from './skipped-person.js';
import { toStartDate } from './start-date.js';
import { toPersonStatus } from './status-policy.js';

/** What the mapper has checked before it builds a person. */
interface CheckedUser {
  user: UntrustedRecord;
  oktaId: string;
  profile: UntrustedRecord;
  status: PersonStatus;
  email: string;
}

/**
 * The mapper used when the host brings none. It reads Okta's base profile
 * (`email`, `firstName`, `lastName`, `displayName`, `login`,
 * `employeeNumber`) plus the team, job title, manager, start date, time
 * zone and pass-through attributes named in `options` (the team may come
 * from the user's team groups instead), and never throws:
 * a user it cannot use becomes a skip with a code and a reason, and an
 * unexpected failure becomes a `PROFILE_INVALID` skip. The rules are set out
 * in docs/mapping.md.
 *
 * @throws {ConfigError} when `options` are invalid; mapping itself never throws.
 */
export function createDefaultMapper(options: DefaultMapperOptions = {}): PersonMapper {
  const settings = resolveDefaultMapperOptions(options);
  const policy: MapperPolicy = Object.freeze({
    managerMatch: settings.managerMatch,
    keepWhenEmpty: settings.keepWhenEmpty,
  });

  return {
    policy,
    map(user: OktaUser): MapOutcome {
      try {
        return mapUser(user, settings);
      } catch {
        const skip = toSkip(readOktaId(user), 'PROFILE_INVALID', unreadableUserReason);

        return { kind: 'skip', skip };
      }
    },
  };
}

function mapUser(input: unknown, settings: ResolvedMapperOptions): MapOutcome {
  const checked = checkUser(input, settings);
  if ('code' in checked) {
    return { kind: 'skip', skip: checked };
  }

  return { kind: 'person', person: buildPerson(checked, settings) };
}

function checkUser(input: unknown, settings: ResolvedMapperOptions): CheckedUser | SkippedPerson {
  const oktaId = readOktaId(input);
  const user = isUntrustedRecord(input) ? input : {};
  const id = readOwnValue(user, 'id');
  if (typeof id !== 'string' || id.trim() === '') {
    return toSkip(oktaId, 'PROFILE_INVALID', missingIdReason);
  }

  const profile = readOwnValue(user, 'profile');
  if (!isUntrustedRecord(profile)) {
    return toSkip(oktaId, 'PROFILE_INVALID', missingProfileReason);
  }

  const oktaStatus = readOwnValue(user, 'status');
  const status = toPersonStatus(oktaStatus, settings.suspendedStatus);
  if (status === null) {
    return toSkip(oktaId, 'PROFILE_INVALID', describeUnknownStatus(oktaStatus));
  }

  const email = readProfileEmail(profile, settings.emailAttribute);
  if (!email.ok) {
    return toSkip(oktaId, email.code, email.reason);
  }

  return { user, oktaId, profile, status, email: email.email };
}

function buildPerson(checked: CheckedUser, settings: ResolvedMapperOptions): DirectoryPerson {
  const { user, profile, email } = checked;
  const zone = readPersonTimeZone(profile, settings.timeZoneAttribute, settings.tenantTimeZone);

  return {
    oktaId: checked.oktaId,
    email,
    fullName: toFullName(profile, settings.fullName, email, settings.displayNameAttribute),
    team: readTeam(checked, settings),
    jobTitle: readCleanText(profile, settings.jobTitleAttribute),
    managerRef: toManagerRef(readOwnValue(profile, settings.managerAttribute)),
    startDate: toStartDate(readOwnValue(profile, settings.startDateAttribute), zone),
    status: checked.status,
    oktaUpdatedAt: toOktaUpdatedAt(readOwnValue(user, 'lastUpdated')),
    ...readPersonIdentifiers(profile),
    attributes: readPassThrough(profile, settings.passThrough),
  };
}

function readTeam(checked: CheckedUser, settings: ResolvedMapperOptions): string | null {
  return settings.teamSource === 'group'
    ? readGroupTeam(checked.user, settings.teamGroupPrefix)
    : readCleanText(checked.profile, settings.teamAttribute);
}

function toSkip(oktaId: string, code: SkipCode, reason: string): SkippedPerson {
  return { oktaId, code, reason };
}
