/**
 * A person's state on the host:
 * - `active`: an employee who can use the platform;
 * - `pending`: set up ahead of their start date, not yet active;
 * - `suspended`: kept, but not active (Okta SUSPENDED);
 * - `deactivated`: a leaver; kept, never deleted.
 */
export type PersonStatus = 'active' | 'pending' | 'suspended' | 'deactivated';

/** A person as the host sees them, mapped from one Okta user. */
export interface DirectoryPerson {
  /** Okta user id: the identity of the person, never changes. */
  oktaId: string;
  /** Valid email address, as Okta spells it. */
  email: string;
  /** The display name; never empty. */
  fullName: string;
  /** Name of the person's primary team, or null when Okta has none. */
  team: string | null;
  /** The job title, or null when Okta has none. */
  jobTitle: string | null;
  /**
   * The manager as Okta refers to them (an Okta id by default), or null.
   * Resolved to a person after every person of the run is seen.
   */
  managerRef: string | null;
  /** Local start date as `YYYY-MM-DD`, or null when Okta has none. */
  startDate: string | null;
  /** The host status Okta's status maps to. */
  status: PersonStatus;
  /** Okta's `lastUpdated` when this was read, ISO 8601; null if absent. */
  oktaUpdatedAt: string | null;
  /** Okta `login`, used to match manager references; absent means null. */
  login?: string | null;
  /** Okta `employeeNumber` as text, to match manager references. */
  employeeNumber?: string | null;
  /** Extra profile attributes passed through for the host, by name. */
  attributes?: PassThroughAttributes;
}

/** A passed-through attribute value: JSON scalars, or a list of them. */
export type PassThroughValue = string | number | boolean | null | (string | number | boolean)[];

/** Extra attributes a mapper hands to the host, by Okta attribute name. */
export type PassThroughAttributes = Readonly<Record<string, PassThroughValue>>;
