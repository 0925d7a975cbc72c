import { ConfigError } from '../errors/config-error.js';
import { describeError } from '../errors/describe-error.js';
import { resolveTouchedManagers } from '../managers/resolve-managers.js';
import { TouchedPeople } from '../managers/touched-people.js';
import type { OktaDirectory, OktaRequestStats } from '../okta/okta-directory.js';
import { runFullSync } from './full-sync.js';
import { newReport, refusedReport, settleReport } from './new-report.js';
import type { PagePlan } from './page-plan.js';
import { toPersonWrite } from './person-write.js';
import type { RunContext } from './run-context.js';
import { type RunLease, withRunLease } from './run-lease.js';
import type { SyncReport } from './sync-report.js';
import { emitPending, managerOptions, syncUsers } from './sync-users.js';
import { advanceWatermark } from './watermark.js';

/**
 * Applies what Okta changed since the tenant's watermark
 * (`OktaDirectory.listChanges`), then resolves the manager references
 * those people can change (not the whole org's), under the run lease.
 * Deactivates only people Okta lists as DEPROVISIONED: there is no
 * sweep, since a change listing is never complete. The watermark moves on
 * only when every person was applied; otherwise the next run reads the
 * same changes again, which is harmless.
 *
 * A tenant without a watermark yet (no full sync finished) gets a full
 * sync instead, which sets it. A directory without `listChanges` fails
 * the run with `ERR_CONFIG_INVALID`.
 */
export async function runIncrementalSync(context: RunContext): Promise<SyncReport> {
  const { store, tenantId } = context;
  const { watermark } = await store.loadRunState(tenantId);

  if (watermark === null) {
    return runFullSync(context);
  }

  const terms = { store, tenantId, ttlMs: context.leaseTtlMs };
  const report = await withRunLease(terms, (lease) => runLeased(context, lease, watermark));

  return report ?? refusedReport(context, 'incremental');
}

/** One incremental run under the lease. */
interface IncrementalRun {
  report: SyncReport;
  lease: RunLease;
  pages: number;
  users: number;
  /** Everyone the run read, for its manager pass. */
  touched: TouchedPeople;
  /** Teams the run has made sure exist. */
  teams: Set<string>;
}

async function runLeased(context: RunContext, lease: RunLease, since: string) {
  const { store, tenantId, clock } = context;
  const started = await store.startRun(tenantId);
  const report = newReport(tenantId, started.runId, false, clock.now(), 'incremental');
  const statsBefore = context.directory.stats();

  context.events.emit('run:started', { tenantId, runId: started.runId, dryRun: false });

  try {
    const touched = new TouchedPeople();
    const run = { report, lease, pages: 0, users: 0, touched, teams: new Set<string>() };
    const reached = await applyChanges(context, run, since);
    const options = managerOptions(context, report);
    report.managers = await resolveTouchedManagers(store, tenantId, run.touched, options);
    emitPending(context, report.managers.pending);

    if (report.failures.length === 0) {
      await advanceWatermark(store, tenantId, reached);
    }
  } catch (error) {
    report.status = 'failed';
    report.error = describeError(error);
  }

  return finish(context, report, statsBefore);
}

/**
 * Applies every page of changes; resolves to the watermark reached. People
 * are written with generation 0, which the store never lets lower the
 * generation a full run stamped.
 */
async function applyChanges(
  context: RunContext,
  run: IncrementalRun,
  since: string,
): Promise<string> {
  const listChanges = changeListing(context.directory);
  const options = context.signal ? { since, signal: context.signal } : { since };
  let reached = since;

  const scope = { generation: 0, teams: run.teams };

  for await (const page of listChanges(options)) {
    touch(run.touched, await syncUsers(context, run.report, page.users, scope));
    await run.lease.renew();
    reached = page.watermark;
    emitProgress(context, run, page.users.length);
  }

  return reached;
}

/** Records everyone a page read, as read and as stored before. */
function touch(touched: TouchedPeople, plan: PagePlan) {
  for (const change of plan.changes) {
    // A change that writes nothing leaves the stored manager.
    const write = toPersonWrite(change, 0);
    const after = write === null ? (change.stored?.managerOktaId ?? null) : write.managerOktaId;
    touched.add(change.person, change.stored, after);
  }

  for (const stored of plan.skippedKnown) {
    touched.add(stored, stored, stored.managerOktaId);
  }
}

function changeListing(directory: OktaDirectory) {
  if (!directory.listChanges) {
    const message = 'this directory cannot list changes; schedule full syncs instead';
    throw new ConfigError([{ field: 'directory', message }]);
  }

  return directory.listChanges.bind(directory);
}

function emitProgress(context: RunContext, run: IncrementalRun, users: number) {
  run.pages += 1;
  run.users += users;

  context.events.emit('run:progress', {
    tenantId: context.tenantId,
    runId: run.report.runId,
    listing: 'changes',
    pages: run.pages,
    users: run.users,
  });
}

async function finish(context: RunContext, report: SyncReport, before: OktaRequestStats) {
  settleReport(context, report, before);
  await context.store.finishRun(context.tenantId, report);
  context.events.emit(report.status === 'failed' ? 'run:failed' : 'run:completed', report);

  return report;
}
