import type { SkippedPerson } from '../mapping/skipped-person.js';
import type { UserListing } from '../okta/okta-directory.js';
import type { PersonEvent } from './person-events.js';
import type { SyncNotice } from './sync-notice.js';
import type { GuardHold, SyncReport } from './sync-report.js';

/** Progress of a run, emitted after every applied page. */
export interface RunProgress {
  /** The tenant being synced. */
  tenantId: string;
  /** The run's id, as in its report. */
  runId: string;
  /** The listing read: Okta's two for a full sync, `changes` for an incremental one. */
  listing: UserListing | 'changes';
  /** Pages applied so far in this run, both listings together. */
  pages: number;
  /** Okta users read so far in this run. */
  users: number;
}

/**
 * The engine's typed events. Listeners run synchronously and must not
 * throw; the engine emits and never waits for them. Dry runs emit none.
 */
export interface SyncEvents {
  /** `resumed`: the run carries on from a checkpoint an earlier attempt left. */
  'run:started': [run: { tenantId: string; runId: string; dryRun: boolean; resumed?: boolean }];
  /** After every page a run applied. */
  'run:progress': [progress: RunProgress];
  /** A run ended with any status but `failed`; the report is final. */
  'run:completed': [report: SyncReport];
  /** A run ended as `failed`, or was refused its tenant's lease. */
  'run:failed': [report: SyncReport];
  /** The mapper left a person out. */
  'person:skipped': [skip: SkippedPerson & { tenantId: string }];
  /** A run left something about a person alone; see {@link SyncNotice}. */
  'person:notice': [notice: SyncNotice & { tenantId: string }];
  /** The mass-deactivation guard held the sweep. */
  'guard:held': [hold: GuardHold & { tenantId: string }];
  /** A person new to the store was created. */
  'person:created': [person: PersonEvent];
  /** A host person was linked to their Okta user by email. */
  'person:linked': [person: PersonEvent];
  /** A linked person's fields changed. */
  'person:updated': [person: PersonEvent];
  /** A person was deactivated: a leaver in Okta, or unseen by the sweep. */
  'person:deactivated': [person: PersonEvent];
  /** A deactivated person was made active again. */
  'person:reactivated': [person: PersonEvent];
  /** After a run's manager pass: references still waiting for their manager. */
  'manager:pending': [pending: { tenantId: string; pending: number }];
  /** A reference that would close a reporting loop; it is left pending. */
  'manager:cycle': [notice: SyncNotice & { tenantId: string }];
}
