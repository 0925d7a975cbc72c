import type { PersonStatus } from '../mapping/directory-person.js';

/** A person a pending manager reference matches: what the pass checks. */
export interface ManagerCandidate {
  /** The matched person's Okta id. */
  oktaId: string;
  /** Their status: a deactivated manager is not applied. */
  status: PersonStatus;
  /** Their own resolved manager, for loop checks; null when none. */
  managerOktaId: string | null;
}

/** A person whose manager reference is pending, with what it matches. */
export interface PendingManager {
  /** The person's id in the store: the keyset for paging. */
  id: string;
  /** The person's Okta id, or null for a host person. */
  oktaId: string | null;
  /** The pending reference, as read from Okta. */
  managerRef: string;
  /** The people it matches, ordered by person id; empty for none. */
  matches: ManagerCandidate[];
}
