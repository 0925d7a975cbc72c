import { describeError } from '../errors/describe-error.js';
import { resolveManagers } from '../managers/resolve-managers.js';
import type { OktaRequestStats, UserListing } from '../okta/okta-directory.js';
import type { RunCheckpoint } from '../ports/run-state.js';
import type { StoredPerson } from '../ports/stored-person.js';
import { checkEmptyListing, checkSweep } from './deactivation-guard.js';
import { newReport, refusedReport, settleReport } from './new-report.js';
import { emitDeactivated } from './person-events.js';
import { advancePage, beginRun, endListing, isResumed, saveProgress } from './run-checkpoint.js';
import type { RunContext } from './run-context.js';
import { type RunLease, withRunLease } from './run-lease.js';
import { countUnseen, sparedBy, sweepUnseen } from './sweep.js';
import type { GuardHold, SyncReport } from './sync-report.js';
import { emitPending, managerOptions, syncUsers } from './sync-users.js';
import { advanceWatermark } from './watermark.js';

/**
 * A full sync as mark and sweep: every page is applied as it arrives and
 * stamps the people it saw with the run's generation; once both listings
 * have completed, managers are resolved and the unseen are deactivated.
 * A run that fails part-way deactivates nobody.
 *
 * The run holds the tenant's lease throughout and checkpoints its cursor
 * after every page; a run that failed or crashed is resumed from there,
 * with the same generation, by the next full sync of the tenant.
 */
export async function runFullSync(context: RunContext): Promise<SyncReport> {
  const { store, tenantId } = context;
  const terms = { store, tenantId, ttlMs: context.leaseTtlMs };
  const report = await withRunLease(terms, (lease) => runLeased(context, lease));

  return report ?? refusedReport(context, 'full');
}

/** One run under the lease: its report, its lease and where it is. */
interface FullRun {
  report: SyncReport;
  lease: RunLease;
  checkpoint: RunCheckpoint;
  /** Teams the run has made sure exist. */
  teams: Set<string>;
  /**
   * People whose manager planning wrote with them, for the manager pass.
   * Note: only those of this attempt; a resumed run does not know the
   * ones written before it stopped (see docs/managers.md, "Loops").
   */
  early: Set<string>;
}

async function runLeased(context: RunContext, lease: RunLease): Promise<SyncReport> {
  const { tenantId } = context;
  const checkpoint = await beginRun(context);
  const report = reportFrom(context, checkpoint);
  const statsBefore = context.directory.stats();
  const { runId } = checkpoint;

  const resumed = isResumed(checkpoint);
  context.events.emit('run:started', { tenantId, runId, dryRun: false, resumed });

  try {
    const early = new Set<string>();
    await syncAll(context, { report, lease, checkpoint, teams: new Set(), early });
  } catch (error) {
    fail(report, error);
  }

  return finish(context, report, statsBefore);
}

/** The report of a run, carrying on from what its checkpoint counted. */
function reportFrom(context: RunContext, checkpoint: RunCheckpoint): SyncReport {
  const startedAt = new Date(checkpoint.startedAt);
  const report = newReport(context.tenantId, checkpoint.runId, false, startedAt);

  report.counts = { ...checkpoint.counts };
  report.failures = [...checkpoint.failures];
  report.managers.resolved = checkpoint.managersResolved ?? 0;

  return report;
}

async function syncAll(context: RunContext, run: FullRun) {
  const { store, tenantId } = context;
  const { report, checkpoint } = run;

  await syncListing(context, run, 'current');
  const empty = checkEmptyListing(checkpoint.currentUsers, checkpoint.activeAtStart);

  if (hold(context, report, empty)) {
    return;
  }

  await syncListing(context, run, 'deprovisioned');
  const options = { ...managerOptions(context, report), early: run.early };
  const pass = await resolveManagers(store, tenantId, options);

  // Planning resolved some references already (see resolveEarlyManagers).
  report.managers = { resolved: report.managers.resolved + pass.resolved, pending: pass.pending };
  emitPending(context, report.managers.pending);
  await sweep(context, run);
  await context.managers?.afterResolve?.(store, tenantId);
  await store.pruneEvents(new Date(context.clock.now().getTime() - context.eventRetentionMs));
}

async function sweep(context: RunContext, run: FullRun) {
  const { store, tenantId } = context;
  const { report, checkpoint } = run;
  const { generation } = checkpoint;
  const failed = new Set(report.failures.map((failure) => failure.oktaId));
  const spared = sparedBy(failed);
  const wouldDeactivate = await countUnseen(store, tenantId, generation, spared);
  const figures = {
    seen: checkpoint.currentUsers,
    active: checkpoint.activeAtStart,
    wouldDeactivate,
  };

  if (!hold(context, report, checkSweep(figures, context.guard))) {
    const told = (leavers: StoredPerson[]) => emitDeactivated(context, leavers);
    report.counts.deactivated += await sweepUnseen(store, tenantId, generation, spared, told);
  }
}

/**
 * Records a guard hold unless the run was forced. True when the run must
 * stop short of deactivating anyone.
 */
function hold(context: RunContext, report: SyncReport, guard: GuardHold | null): boolean {
  if (guard === null || context.force) {
    return false;
  }

  report.guard = guard;
  report.status = 'guarded';
  context.events.emit('guard:held', { ...guard, tenantId: context.tenantId });

  return true;
}

/**
 * Reads one listing from the checkpoint's cursor, unless the checkpoint is
 * past it. After every page: checkpoint and renew the lease (together:
 * neither waits for the other), then report progress.
 */
async function syncListing(context: RunContext, run: FullRun, listing: UserListing) {
  const { checkpoint } = run;
  if (checkpoint.phase !== listing) {
    return;
  }

  const scope = { generation: checkpoint.generation, teams: run.teams, early: run.early };

  for await (const page of context.directory.listUsers(listOptions(context, run, listing))) {
    await syncUsers(context, run.report, page.users, scope);
    advancePage(checkpoint, listing, page);
    await Promise.all([saveProgress(context, checkpoint, run.report), run.lease.renew()]);
    emitProgress(context, run, listing);
  }

  endListing(checkpoint, listing);
  await saveProgress(context, checkpoint, run.report);
}

function listOptions(context: RunContext, run: FullRun, listing: UserListing) {
  const { cursor } = run.checkpoint;

  return {
    listing,
    ...(cursor === null ? {} : { resumeFrom: cursor }),
    ...(context.signal ? { signal: context.signal } : {}),
  };
}

function emitProgress(context: RunContext, run: FullRun, listing: UserListing) {
  context.events.emit('run:progress', {
    tenantId: context.tenantId,
    runId: run.report.runId,
    listing,
    pages: run.checkpoint.pages,
    users: run.checkpoint.users,
  });
}

function fail(report: SyncReport, error: unknown) {
  report.status = 'failed';
  report.error = describeError(error);
}

/**
 * Records the report. A run that did not fail clears its checkpoint and
 * moves the incremental watermark to its start; a failed one keeps its
 * checkpoint, so the next full sync resumes where it stopped.
 */
async function finish(
  context: RunContext,
  report: SyncReport,
  statsBefore: OktaRequestStats,
): Promise<SyncReport> {
  const { store, tenantId } = context;

  settleReport(context, report, statsBefore);
  await store.finishRun(tenantId, report);

  if (report.status !== 'failed') {
    // Changes made after the run started may have been missed by pages
    // already read; incremental syncs pick up from the start.
    await advanceWatermark(store, tenantId, report.startedAt);
    await store.saveCheckpoint(tenantId, null);
  }

  context.events.emit(report.status === 'failed' ? 'run:failed' : 'run:completed', report);

  return report;
}
