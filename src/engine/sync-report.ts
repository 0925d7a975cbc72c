import type { SkippedPerson } from '../mapping/skipped-person.js';
import type { SyncNotice } from './sync-notice.js';

/**
 * How a run ended:
 * - `succeeded`: every person was applied;
 * - `partial`: some people failed on the host side; the others were saved;
 * - `failed`: the run stopped (Okta or the store failed); nobody deactivated;
 * - `guarded`: the sweep was held by the mass-deactivation guard.
 */
export type RunStatus = 'succeeded' | 'partial' | 'failed' | 'guarded';

/** Tallies of one run. */
export interface RunCounts {
  created: number;
  linked: number;
  updated: number;
  unchanged: number;
  deactivated: number;
  reactivated: number;
  /** People seen in pending status (future starters), new or not. */
  pending: number;
  skipped: number;
  /** DEPROVISIONED people never seen before: not created, not skipped. */
  ignored: number;
  /** People the store failed to save; they are retried next run. */
  failed: number;
}

/** A person the host side failed to apply. */
export interface PersonFailure {
  oktaId: string;
  code: string;
  message: string;
}

/** Why the sweep was held. */
export interface GuardHold {
  reason: string;
  /** People the sweep would have deactivated. */
  wouldDeactivate: number;
  /** Active people in the store before the sweep. */
  active: number;
}

/** One change a dry run would make (people left unchanged are omitted). */
export interface PlannedChange {
  oktaId: string;
  kind: 'create' | 'link' | 'update' | 'deactivate' | 'reactivate';
  /** Field-level differences; empty for creates and deactivations. */
  fields: { field: string; before: string | null; after: string | null }[];
}

/** What one run did, shaped for an admin page and for `--json`. */
export interface SyncReport {
  runId: string;
  tenantId: string;
  /**
   * `full`: both listings and the sweep; `incremental`: the people Okta
   * changed since the watermark, with no sweep.
   */
  kind: 'full' | 'incremental';
  dryRun: boolean;
  status: RunStatus;
  startedAt: string;
  finishedAt: string;
  counts: RunCounts;
  skipped: SkippedPerson[];
  failures: PersonFailure[];
  managers: { resolved: number; pending: number };
  okta: { requests: number; retries: number; rateLimitWaitMs: number };
  guard: GuardHold | null;
  /** Why the run failed, when it did. */
  error: { code: string; message: string } | null;
  /** Dry runs only: every change the run would make; null otherwise. */
  preview: PlannedChange[] | null;
  /**
   * What the run left alone or could not decide, person by person: shared
   * emails, locked fields, managers not applied. Absent in reports of
   * versions before it existed.
   */
  notices?: SyncNotice[];
}
