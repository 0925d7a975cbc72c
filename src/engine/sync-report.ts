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
  /** People new to the store, created from Okta. */
  created: number;
  /** Host people without an Okta id, matched by email and linked. */
  linked: number;
  /** Linked people whose fields changed. */
  updated: number;
  /** Linked people read with nothing to change. */
  unchanged: number;
  /** People deactivated: leavers in Okta, or people the sweep did not see. */
  deactivated: number;
  /** Deactivated people Okta lists as active again. */
  reactivated: number;
  /** People seen in pending status (future starters), new or not. */
  pending: number;
  /** People the mapper left out; each is in the report's `skipped`. */
  skipped: number;
  /** DEPROVISIONED people never seen before: not created, not skipped. */
  ignored: number;
  /** People the store failed to save; they are retried next run. */
  failed: number;
}

/** A person the host side failed to apply. */
export interface PersonFailure {
  /** The Okta id of the person not saved. */
  oktaId: string;
  /** The store error's code; `ERR_UNEXPECTED` when it carried none. */
  code: string;
  /** The store error's message, for the admin. */
  message: string;
}

/** Why the sweep was held. */
export interface GuardHold {
  /** One sentence for the admin: which rule held the sweep. */
  reason: string;
  /** People the sweep would have deactivated. */
  wouldDeactivate: number;
  /** Active people in the store before the sweep. */
  active: number;
}

/** One change a dry run would make (people left unchanged are omitted). */
export interface PlannedChange {
  /** The Okta id of the person the change is for. */
  oktaId: string;
  /** What the run would do to the person. */
  kind: 'create' | 'link' | 'update' | 'deactivate' | 'reactivate';
  /** Field-level differences; empty for creates and deactivations. */
  fields: { field: string; before: string | null; after: string | null }[];
}

/** What one run did, shaped for an admin page and for `--json`. */
export interface SyncReport {
  /**
   * The run's id, from the store's `beginRun`; a resumed run keeps the id
   * of its first attempt.
   */
  runId: string;
  /** The tenant synced. */
  tenantId: string;
  /**
   * `full`: both listings and the sweep; `incremental`: the people Okta
   * changed since the watermark, with no sweep.
   */
  kind: 'full' | 'incremental';
  /** True when the run planned its changes and wrote nothing. */
  dryRun: boolean;
  /** How the run ended. */
  status: RunStatus;
  /** When the run started, ISO 8601. */
  startedAt: string;
  /** When the run ended, ISO 8601. */
  finishedAt: string;
  /** Tallies of what the run did. */
  counts: RunCounts;
  /** Every person the mapper left out, with the reason. */
  skipped: SkippedPerson[];
  /** Every person the store failed to save. */
  failures: PersonFailure[];
  /**
   * Manager references resolved to a person, and those still waiting for
   * their manager to be synced.
   */
  managers: { resolved: number; pending: number };
  /**
   * Okta requests the run made, how many were retries, and the time it
   * spent waiting on rate limits, in milliseconds.
   */
  okta: { requests: number; retries: number; rateLimitWaitMs: number };
  /** Why the sweep was held, when the status is `guarded`; else null. */
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
