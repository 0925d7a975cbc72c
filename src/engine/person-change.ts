import type { DirectoryPerson } from '../mapping/directory-person.js';
import type { StoredPerson } from '../ports/stored-person.js';
import type { SyncNotice } from './sync-notice.js';

/** What a sync does to one person it read from Okta. */
export type ChangeKind =
  | 'create'
  | 'link'
  | 'update'
  | 'unchanged'
  | 'deactivate'
  | 'reactivate'
  | 'ignore';

/** Fields the sync owns; a difference in any of them is an update. */
export const syncedFields = [
  'email',
  'fullName',
  'team',
  'jobTitle',
  'managerRef',
  'status',
  'startDate',
] as const;

/** One synced field's value before and after. */
export interface FieldChange {
  /** A synced field, or `attributes` (before and after as JSON text). */
  field: (typeof syncedFields)[number] | 'attributes';
  /** The stored value; null when there was none. */
  before: string | null;
  /** The value written; null when Okta has none. */
  after: string | null;
}

/** The planned change of one person: plain data, nothing applied yet. */
export interface PersonChange {
  kind: ChangeKind;
  person: DirectoryPerson;
  /** The stored row it applies to; undefined for creates and ignores. */
  stored?: StoredPerson;
  /** Field-level differences, empty for creates and unchanged people. */
  fields: FieldChange[];
  /** What planning left alone, such as locked fields; absent when none. */
  notices?: SyncNotice[];
  /**
   * Okta id of the manager a create is written with, when planning could
   * already resolve the reference (see `resolveEarlyManagers`); absent
   * when the pass after the listings decides it.
   */
  manager?: string;
}
