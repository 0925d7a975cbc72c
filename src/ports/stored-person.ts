import type { PassThroughAttributes, PersonStatus } from '../mapping/directory-person.js';

/**
 * Person fields a host can lock against syncs, such as a manager set by
 * hand: a sync leaves a locked field as stored and reports the Okta value
 * it did not apply. `manager` covers both the reference and the resolved
 * manager.
 */
export type LockableField = 'fullName' | 'team' | 'jobTitle' | 'manager' | 'startDate';

/**
 * Identifiers a manager reference can be matched with besides the Okta id:
 * `login` and `email` ignoring case, `employeeNumber` exactly.
 */
export type PersonIdentifier = 'login' | 'email' | 'employeeNumber';

/** Where a person sat: their team and manager. */
export interface PersonPlacement {
  /** The team's name, or null. */
  team: string | null;
  /** The raw manager reference from Okta, or null. */
  managerRef: string | null;
  /** The Okta id of the resolved manager, or null. */
  managerOktaId: string | null;
}

/** A person as the store holds them. */
export interface StoredPerson {
  /** The host's id for the person, assigned by the store; never reused. */
  id: string;
  /** Okta user id once linked; null for a host person not yet linked. */
  oktaId: string | null;
  /** The email, as Okta spells it; how an unlinked host person is matched. */
  email: string;
  /** The display name. */
  fullName: string;
  /** The team's name, or null for a person in no team. */
  team: string | null;
  /** The job title, or null. */
  jobTitle: string | null;
  /** The raw manager reference last read from Okta, or null. */
  managerRef: string | null;
  /** Okta id of the resolved manager; null while unresolved or absent. */
  managerOktaId: string | null;
  /** The person's status in the host. */
  status: PersonStatus;
  /** Local start date `YYYY-MM-DD`, or null. */
  startDate: string | null;
  /** Okta's `lastUpdated` at the read that last wrote this row. */
  oktaUpdatedAt: string | null;
  /** Generation of the last full run that saw this person; 0 if none. */
  seenGeneration: number;
  /**
   * Okta `login`, for matching manager references. Optional for stores
   * written before it existed; the shipped stores always return it.
   */
  login?: string | null;
  /** Okta `employeeNumber`, for matching manager references. */
  employeeNumber?: string | null;
  /** Attributes the mapper passed through for the host; `{}` when none. */
  attributes?: PassThroughAttributes;
  /**
   * Fields the host has locked; syncs leave them alone. A write that
   * leaves this out stores no locks, so writers pass the stored value on.
   */
  lockedFields?: LockableField[];
  /**
   * The team and manager the person had when they were deactivated, so a
   * reactivation can restore what Okta no longer names; null (or absent,
   * for stores written before it existed) otherwise.
   */
  beforeDeactivation?: PersonPlacement | null;
}

/**
 * A write of one person. Without `id` it creates the person, or updates the
 * one already holding `oktaId`; with `id` it updates that row (linking it
 * when the row had no Okta id yet).
 */
export type PersonWrite = Omit<StoredPerson, 'id' | 'oktaId'> & {
  /** The row to update; left out to create or update by `oktaId`. */
  id?: string;
  /** The Okta user id the row holds after the write. */
  oktaId: string;
};
