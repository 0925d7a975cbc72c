import type { SkippedPerson } from '../mapping/skipped-person.js';
import type { UserListing } from '../okta/okta-directory.js';
import type { PersonEvent } from './person-events.js';
import type { SyncNotice } from './sync-notice.js';
import type { GuardHold, SyncReport } from './sync-report.js';

/** Progress of a run, emitted after every applied page. */
export interface RunProgress {
  tenantId: string;
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
 * throw; the engine emits and never waits for them.
 */
export interface SyncEvents {
  /** `resumed`: the run carries on from a checkpoint an earlier attempt left. */
  'run:started': [run: { tenantId: string; runId: string; dryRun: boolean; resumed?: boolean }];
  'run:progress': [progress: RunProgress];
  'run:completed': [report: SyncReport];
  'run:failed': [report: SyncReport];
  'person:skipped': [skip: SkippedPerson & { tenantId: string }];
  'person:notice': [notice: SyncNotice & { tenantId: string }];
  'guard:held': [hold: GuardHold & { tenantId: string }];
  'person:created': [person: PersonEvent];
  'person:linked': [person: PersonEvent];
  'person:updated': [person: PersonEvent];
  'person:deactivated': [person: PersonEvent];
  'person:reactivated': [person: PersonEvent];
  /** After a run's manager pass: references still waiting for their manager. */
  'manager:pending': [pending: { tenantId: string; pending: number }];
  /** A reference that would close a reporting loop; it is left pending. */
  'manager:cycle': [notice: SyncNotice & { tenantId: string }];
}
