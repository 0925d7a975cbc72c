/**
 * A unit of work for the engine, put on the host's queue by every entry
 * point (the schedule, "Sync users", an Okta event, a start date). Jobs
 * are plain JSON so any queue can carry them.
 */
export type SyncJob = FullSyncJob | IncrementalSyncJob | PersonSyncJob | ActivateStarterJob;

/** Read the whole org and apply it; the daily sync and "Sync users". */
export interface FullSyncJob {
  kind: 'full-sync';
  /** The tenant to sync. */
  tenantId: string;
  /** Apply a sweep the mass-deactivation guard would hold. */
  force?: boolean;
}

/**
 * Apply what Okta changed since the tenant's watermark: cheap enough to
 * run every few minutes between full syncs. Falls back to a full sync
 * while the tenant has no watermark yet.
 */
export interface IncrementalSyncJob {
  kind: 'incremental-sync';
  /** The tenant to sync. */
  tenantId: string;
}

/**
 * Re-read one person from Okta and apply their current state. Events are
 * triggers, not truth: the job never applies what the event said.
 */
export interface PersonSyncJob {
  kind: 'sync-person';
  /** The tenant the person belongs to. */
  tenantId: string;
  /** The Okta user id of the person to re-read. */
  oktaId: string;
  /**
   * The uuid of the Okta event that asked for it. The engine skips an
   * event its store's ledger already holds, so a redelivered event costs
   * no Okta request; optional.
   */
  eventId?: string;
}

/**
 * Re-read a starter on their start date, so they become active on it. Put
 * on the queue by the engine, delayed to the start of `startDate` in the
 * person's zone. A start date that moves gives a new job (its dedupe key
 * names the date); the old one re-reads harmlessly.
 */
export interface ActivateStarterJob {
  kind: 'activate-starter';
  /** The tenant the starter belongs to. */
  tenantId: string;
  /** The Okta user id of the starter. */
  oktaId: string;
  /** The start date the job was planned for, `YYYY-MM-DD`. */
  startDate: string;
}

/** The dedupe key of a job: jobs with one key are one piece of work. */
export function dedupeKeyOf(job: SyncJob): string {
  switch (job.kind) {
    case 'full-sync':
      return `full-sync:${job.tenantId}`;
    case 'incremental-sync':
      return `incremental-sync:${job.tenantId}`;
    case 'sync-person':
      return `sync-person:${job.tenantId}:${job.oktaId}`;
    case 'activate-starter':
      return `activate-starter:${job.tenantId}:${job.oktaId}:${job.startDate}`;
  }
}
