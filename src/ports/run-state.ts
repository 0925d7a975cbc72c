import type { PersonFailure, RunCounts } from '../engine/sync-report.js';

/** A sync run as recorded by the store. */
export interface RunRecord {
  /** The run's id, unique in the store; the store chooses it. */
  runId: string;
  /** Increases by one with every run of the tenant. */
  generation: number;
  /** When the store began the run. */
  startedAt: Date;
}

/**
 * Where a full run is: reading Okta's `current` listing, then its
 * `deprovisioned` one, then `finishing` (managers and the sweep).
 */
export type RunPhase = 'current' | 'deprovisioned' | 'finishing';

/**
 * Where an unfinished full run stopped, saved after every page it applied,
 * so a run that crashed resumes there with the same generation. Plain
 * JSON; the store keeps it as given.
 */
export interface RunCheckpoint {
  /** The id of the run this checkpoint belongs to. */
  runId: string;
  /** The run's generation, kept when the run resumes. */
  generation: number;
  /** When the run first started, ISO 8601. */
  startedAt: string;
  /** When this checkpoint was saved, ISO 8601. */
  savedAt: string;
  /** The listing the run was reading, or `finishing`. */
  phase: RunPhase;
  /**
   * The listing's cursor after the last page applied (Okta's `next`), to
   * resume from; null to read the phase's listing from its start.
   */
  cursor: string | null;
  /** Pages applied so far, both listings together. */
  pages: number;
  /** Users applied so far, both listings together. */
  users: number;
  /** Users the `current` listing returned so far (the empty-listing guard). */
  currentUsers: number;
  /** Active people in the store when the run first started. */
  activeAtStart: number;
  /** The report's counts so far. */
  counts: RunCounts;
  /** People who failed so far: the sweep spares them. */
  failures: PersonFailure[];
  /**
   * Manager references resolved while planning so far, so a resumed run
   * reports them all; absent from checkpoints saved before it existed.
   */
  managersResolved?: number;
}

/** What the store keeps about a tenant's runs between them. */
export interface RunState {
  /** The unfinished full run to resume, or null. */
  checkpoint: RunCheckpoint | null;
  /**
   * How far incremental syncs have read: an Okta `lastUpdated` instant,
   * ISO 8601; null before the first full or incremental sync.
   */
  watermark: string | null;
}

/** When a tenant was last fully synced, for scheduling. */
export interface TenantSync {
  /** The tenant. */
  tenantId: string;
  /**
   * `finishedAt` of the tenant's latest full run that did not fail
   * (succeeded, partial or guarded), ISO 8601; null when there is none.
   */
  lastFullSyncAt: string | null;
}
