import type { SkipCode } from '../../mapping/skipped-person.js';

/** Statuses a first sync gives the people it creates. */
export type ExpectedStatus = 'active' | 'pending' | 'suspended';

/** One person a first sync of the generated org must create. */
export interface ExpectedPerson {
  /** The Okta user id. */
  oktaId: string;
  /** The email exactly as Okta spells it, case included. */
  email: string;
  /** `${firstName} ${lastName}`: the generator never sets displayName. */
  fullName: string;
  /** The Okta `title`, or null for people who have none. */
  jobTitle: string | null;
  /** The Okta department, or null for people who have none. */
  team: string | null;
  /** The manager's Okta id when the manager is created too. */
  managerOktaId: string | null;
  /** The raw managerId when it refers to nobody in the org. */
  managerPending: string | null;
  /** The status a first sync gives the person. */
  status: ExpectedStatus;
  /** `YYYY-MM-DD`, or null when Okta has no start date. */
  startDate: string | null;
}

/** Skip codes the generated org exercises. */
export type ExpectedSkipCode = Extract<SkipCode, 'EMAIL_MISSING' | 'EMAIL_INVALID'>;

/** A team a first sync creates, with its number of created members. */
export interface ExpectedTeam {
  /** The team's name: an Okta department. */
  name: string;
  /** People a first sync creates in it. */
  size: number;
}

/** What a first sync of the generated org must produce. */
export interface ExpectedSyncOutcome {
  /** People a first sync creates, by the status it gives them. */
  created: { active: number; pending: number; suspended: number };
  /** People a first sync skips, by skip code. */
  skipped: Record<ExpectedSkipCode, number>;
  /** DEPROVISIONED people: never seen before, so not created. */
  ignored: number;
  /** Manager references a first sync resolves, and those left pending. */
  managers: { resolved: number; pending: number };
  /** Sorted by name (code-unit order). */
  teams: ExpectedTeam[];
  /** Every created person, sorted by oktaId (code-unit order). */
  persons: ExpectedPerson[];
}

/**
 * Ground truth about a generated org, written from the generator's own
 * choices and never by mapping the users back. Tests compare a sync's
 * results with it.
 */
export interface OrgManifest {
  /** The seed the org was generated from, as text. */
  seed: string;
  /** Users in the org, DEPROVISIONED ones included. */
  people: number;
  /** What a first sync must produce. */
  expected: ExpectedSyncOutcome;
}
