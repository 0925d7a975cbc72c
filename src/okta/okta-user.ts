/**
 * Okta's user statuses, as the Users API reports them.
 */
export type OktaUserStatus =
  | 'STAGED'
  | 'PROVISIONED'
  | 'ACTIVE'
  | 'RECOVERY'
  | 'PASSWORD_EXPIRED'
  | 'LOCKED_OUT'
  | 'SUSPENDED'
  | 'DEPROVISIONED';

/**
 * A user as Okta's Users API returns it, reduced to what a sync reads.
 * This is wire data: Okta may omit null properties and add new ones, so
 * nothing here is trusted until the mapper has checked it.
 */
export interface OktaUser {
  /** The Okta user id: stable for the life of the user. */
  id: string;
  /** The user's status; a string Okta may add to later. */
  status: OktaUserStatus | string;
  /** ISO 8601 timestamp of the last profile or status change. */
  lastUpdated?: string | null;
  /** ISO 8601 timestamp of when the user was created. */
  created?: string | null;
  /** Okta's profile, custom attributes included. */
  profile: Record<string, unknown>;
  /**
   * The names of the team groups the user is a member of, in the order the
   * directory's `teamGroups` option gives them. Not Okta wire data: filled
   * only when the directory was asked for team groups, and then `[]` for a
   * user in none of them.
   */
  groups?: readonly string[];
}
