import type { DirectoryPerson } from '../mapping/directory-person.js';
import type { MapOutcome } from '../mapping/person-mapper.js';
import { readPersonTimeZone } from '../mapping/person-time-zone.js';
import type { OktaUser } from '../okta/okta-user.js';
import type { ActivateStarterJob } from '../ports/sync-job.js';
import { localDate, startOfLocalDate } from './local-date.js';

/**
 * Start-date activation. By default Okta's status decides (STAGED and
 * PROVISIONED people stay pending until Okta activates them); with
 * `activate`, a pending person becomes active once their start date has
 * come in their own zone, whatever Okta's status.
 */
export interface StartDateOptions {
  /** Activate pending people on their start date; false by default. */
  activate?: boolean;
  /** Profile attribute holding the person's IANA zone; `timezone` by default. */
  timeZoneAttribute?: string;
  /** Zone of people without a valid one; `UTC` by default. */
  tenantTimeZone?: string;
}

/** The start-date settings with defaults applied. */
export type StartDateSettings = Required<StartDateOptions>;

/** A job that activates a starter, and how long it waits. */
export interface StarterJob {
  job: ActivateStarterJob;
  delayMs: number;
}

/** The zone a user's start date is read in. */
export function zoneOf(user: OktaUser, settings: StartDateSettings): string {
  return readPersonTimeZone(user.profile, settings.timeZoneAttribute, settings.tenantTimeZone);
}

/**
 * The outcome with the start-date rule applied: a pending person whose
 * start date is today or past, in their zone, becomes active.
 */
export function activateStarted(
  outcome: MapOutcome,
  user: OktaUser,
  now: Date,
  settings: StartDateSettings,
): MapOutcome {
  if (
    !settings.activate ||
    outcome.kind !== 'person' ||
    !hasStarted(outcome.person, user, now, settings)
  ) {
    return outcome;
  }

  return { kind: 'person', person: { ...outcome.person, status: 'active' } };
}

function hasStarted(
  person: DirectoryPerson,
  user: OktaUser,
  now: Date,
  settings: StartDateSettings,
): boolean {
  const { status, startDate } = person;

  return (
    status === 'pending' &&
    startDate !== null &&
    startDate <= localDate(now, zoneOf(user, settings))
  );
}

/**
 * The activation job of a person still pending with a start date ahead,
 * delayed to the start of that date in their zone; null otherwise.
 */
export function starterJob(
  tenantId: string,
  person: DirectoryPerson,
  user: OktaUser,
  now: Date,
  settings: StartDateSettings,
): StarterJob | null {
  const { oktaId, status, startDate } = person;
  if (!settings.activate || status !== 'pending' || startDate === null) {
    return null;
  }

  const startsAt = startOfLocalDate(startDate, zoneOf(user, settings));
  const job: ActivateStarterJob = { kind: 'activate-starter', tenantId, oktaId, startDate };

  return { job, delayMs: Math.max(0, startsAt.getTime() - now.getTime()) };
}
