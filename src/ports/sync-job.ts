/**
 * A unit of work for the engine, put on the host's queue by every entry
 * point (the schedule, "Sync users", an Okta event, a start date). Jobs
 * are plain JSON so any queue can carry them.
 */
export type SyncJob = FullSyncJob | PersonSyncJob;

/** Read the whole org and apply it; the daily sync and "Sync users". */
export interface FullSyncJob {
  kind: 'full-sync';
  tenantId: string;
  /** Apply a sweep the mass-deactivation guard would hold. */
  force?: boolean;
}

/**
 * Re-read one person from Okta and apply their current state. Events are
 * triggers, not truth: the job never applies what the event said.
 */
export interface PersonSyncJob {
  kind: 'sync-person';
  tenantId: string;
  oktaId: string;
  /** The Okta event that asked for it, for the report; optional. */
  eventId?: string;
}

/** The dedupe key of a job: jobs with one key are one piece of work. */
export function dedupeKeyOf(job: SyncJob): string {
  switch (job.kind) {
    case 'full-sync':
      return `full-sync:${job.tenantId}`;
    case 'sync-person':
      return `sync-person:${job.tenantId}:${job.oktaId}`;
  }
}
