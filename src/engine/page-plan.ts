import type { SkippedPerson } from '../mapping/skipped-person.js';
import type { StoredPerson } from '../ports/stored-person.js';
import type { PersonChange } from './person-change.js';
import type { SyncNotice } from './sync-notice.js';

/** Everything one page of Okta users asks of the store, as plain data. */
export interface PagePlan {
  changes: PersonChange[];
  skips: SkippedPerson[];
  /**
   * Stored people Okta still lists but the mapper skipped (an email removed,
   * say). They are stamped as seen so the sweep never deactivates them.
   */
  skippedKnown: StoredPerson[];
  /** Notices of the page: shared emails, then locked fields. */
  notices: SyncNotice[];
}
