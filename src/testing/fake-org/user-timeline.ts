import type { OktaUserStatus } from '../../okta/okta-user.js';
import type { SeededRandom } from './seeded-random.js';

/** The lifecycle timestamps of one user, ISO 8601 with milliseconds. */
export interface UserTimeline {
  created: string;
  activated: string | null;
  statusChanged: string | null;
  lastLogin: string | null;
  lastUpdated: string;
  passwordChanged: string | null;
}

const SECOND_MS = 1000;
const DAY_MS = 86_400_000;

/**
 * Invents timestamps consistent with a status, all at or before `baseMs`:
 * STAGED users were never activated, PROVISIONED ones never signed in,
 * and everyone else has worked here for a while.
 */
export function planTimeline(
  status: OktaUserStatus,
  baseMs: number,
  random: SeededRandom,
): UserTimeline {
  if (status === 'STAGED' || status === 'PROVISIONED') {
    return newcomerTimeline(status, baseMs, random);
  }

  const created = wholeSecondBefore(baseMs - random.integer(60, 2500) * DAY_MS, random);
  const activated = created + random.integer(1, 600) * SECOND_MS;
  const passwordChanged = between(activated, baseMs, random);
  const statusChanged =
    status === 'ACTIVE' ? activated : baseMs - between(DAY_MS, 30 * DAY_MS, random);
  const lastUpdated = between(Math.max(passwordChanged, statusChanged), baseMs, random);

  return {
    created: iso(created),
    activated: iso(activated),
    statusChanged: iso(statusChanged),
    lastLogin: iso(between(baseMs - 30 * DAY_MS, baseMs, random)),
    lastUpdated: iso(lastUpdated),
    passwordChanged: iso(passwordChanged),
  };
}

/** A start date `days` after the base instant, as `YYYY-MM-DD`. */
export function dateAfter(baseMs: number, days: number): string {
  return iso(baseMs + days * DAY_MS).slice(0, 10);
}

function newcomerTimeline(
  status: OktaUserStatus,
  baseMs: number,
  random: SeededRandom,
): UserTimeline {
  const created = wholeSecondBefore(baseMs - random.integer(1, 45) * DAY_MS, random);
  const activated = status === 'PROVISIONED' ? created + 60 * SECOND_MS : null;
  const activatedIso = activated === null ? null : iso(activated);

  return {
    created: iso(created),
    activated: activatedIso,
    statusChanged: activatedIso,
    lastLogin: null,
    lastUpdated: iso(activated ?? created),
    passwordChanged: null,
  };
}

function wholeSecondBefore(dayMs: number, random: SeededRandom): number {
  return dayMs - random.integer(0, 86_399) * SECOND_MS;
}

function between(fromMs: number, toMs: number, random: SeededRandom): number {
  return fromMs + Math.floor(random.next() * (toMs - fromMs));
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
