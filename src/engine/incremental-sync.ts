import { ConfigError } from '../errors/config-error.js';
import { describeError } from '../errors/describe-error.js';
import { resolveManagers } from '../managers/resolve-managers.js';
import type { OktaDirectory, OktaRequestStats } from '../okta/okta-directory.js';
import { runFullSync } from './full-sync.js';
import { newReport, refusedReport, settleReport } from './new-report.js';
import type { RunContext } from './run-context.js';
import { type RunLease, withRunLease } from './run-lease.js';
import type { SyncReport } from './sync-report.js';
import { emitPending, managerOptions, syncUsers } from './sync-users.js';
import { advanceWatermark } from './watermark.js';

/**
 * Applies what Okta changed since the tenant's watermark
 * (`OktaDirectory.listChanges`), then resolves managers, under the run
 * lease. Deactivates only people Okta lists as DEPROVISIONED: there is no
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
}

async function runLeased(context: RunContext, lease: RunLease, since: string) {
  const { store, tenantId, clock } = context;
  const started = await store.startRun(tenantId);
  const report = newReport(tenantId, started.runId, false, clock.now(), 'incremental');
  const statsBefore = context.directory.stats();

  context.events.emit('run:started', { tenantId, runId: started.runId, dryRun: false });

  try {
    const reached = await applyChanges(context, { report, lease, pages: 0, users: 0 }, since);
    report.managers = await resolveManagers(store, tenantId, managerOptions(context, report));
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

  for await (const page of listChanges(options)) {
    await syncUsers(context, run.report, page.users, 0);
    await run.lease.renew();
    reached = page.watermark;
    emitProgress(context, run, page.users.length);
  }

  return reached;
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
