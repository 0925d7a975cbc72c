import type { UserListing } from '../okta/okta-directory.js';
import type { RunCheckpoint, RunPhase } from '../ports/run-state.js';
import type { RunContext } from './run-context.js';
import { emptyCounts } from './run-counts.js';
import type { SyncReport } from './sync-report.js';

/**
 * The checkpoint a full run starts from: the tenant's unfinished run when
 * one was saved within `resumeWithinMs`, else a new run (a new generation)
 * whose first checkpoint is saved at once.
 */
export async function beginRun(context: RunContext): Promise<RunCheckpoint> {
  const { store, tenantId, clock } = context;
  const { checkpoint } = await store.loadRunState(tenantId);
  const now = clock.now();

  if (checkpoint && now.getTime() - Date.parse(checkpoint.savedAt) <= context.resumeWithinMs) {
    return checkpoint;
  }

  const activeAtStart = await store.countPeople(tenantId, 'active');
  const run = await store.startRun(tenantId);
  const fresh: RunCheckpoint = {
    runId: run.runId,
    generation: run.generation,
    startedAt: now.toISOString(),
    savedAt: now.toISOString(),
    phase: 'current',
    cursor: null,
    pages: 0,
    users: 0,
    currentUsers: 0,
    activeAtStart,
    counts: emptyCounts(),
    failures: [],
  };
  await store.saveCheckpoint(tenantId, fresh);

  return fresh;
}

/** True when the checkpoint comes from a run that started before. */
export function isResumed(checkpoint: RunCheckpoint): boolean {
  return checkpoint.pages > 0 || checkpoint.phase !== 'current';
}

const phaseAfter: Record<UserListing, RunPhase> = {
  current: 'deprovisioned',
  deprovisioned: 'finishing',
};

/**
 * Moves the checkpoint past one applied page of `listing`; a page without
 * a next cursor ends the listing, so the checkpoint moves to the next
 * phase.
 */
export function advancePage(
  checkpoint: RunCheckpoint,
  listing: UserListing,
  page: { users: readonly unknown[]; next: string | null },
): void {
  checkpoint.pages += 1;
  checkpoint.users += page.users.length;
  checkpoint.currentUsers += listing === 'current' ? page.users.length : 0;
  checkpoint.cursor = page.next;

  if (page.next === null) {
    endListing(checkpoint, listing);
  }
}

/** Moves the checkpoint to the phase after `listing`, if not yet there. */
export function endListing(checkpoint: RunCheckpoint, listing: UserListing): void {
  if (checkpoint.phase === listing) {
    checkpoint.phase = phaseAfter[listing];
    checkpoint.cursor = null;
  }
}

/** Saves the checkpoint with the report's counts and failures so far. */
export async function saveProgress(
  context: RunContext,
  checkpoint: RunCheckpoint,
  report: SyncReport,
): Promise<void> {
  checkpoint.savedAt = context.clock.now().toISOString();
  checkpoint.counts = { ...report.counts };
  checkpoint.failures = [...report.failures];
  checkpoint.managersResolved = report.managers.resolved;

  await context.store.saveCheckpoint(context.tenantId, checkpoint);
}
