import { randomUUID } from 'node:crypto';
import { describeError } from '../errors/describe-error.js';
import type { OktaRequestStats } from '../okta/okta-directory.js';
import { oktaUsageSince } from './okta-usage.js';
import type { RunContext } from './run-context.js';
import { emptyCounts } from './run-counts.js';
import { RunInProgressError } from './run-in-progress-error.js';
import type { SyncReport } from './sync-report.js';

/** A report for a run that has just started. */
export function newReport(
  tenantId: string,
  runId: string,
  dryRun: boolean,
  startedAt: Date,
  kind: SyncReport['kind'] = 'full',
): SyncReport {
  return {
    runId,
    tenantId,
    kind,
    dryRun,
    status: 'succeeded',
    startedAt: startedAt.toISOString(),
    finishedAt: startedAt.toISOString(),
    counts: emptyCounts(),
    skipped: [],
    failures: [],
    managers: { resolved: 0, pending: 0 },
    okta: { requests: 0, retries: 0, rateLimitWaitMs: 0 },
    guard: null,
    error: null,
    preview: dryRun ? [] : null,
    notices: [],
  };
}

/**
 * The report of a run that found another run of its tenant holding the
 * lease: it ends at once as `failed` with `ERR_RUN_IN_PROGRESS`, and
 * nothing is recorded in the store, so the running run's report stays the
 * tenant's last. Emits `run:failed`.
 */
export function refusedReport(context: RunContext, kind: SyncReport['kind']): SyncReport {
  const { tenantId, clock } = context;
  const report = newReport(tenantId, randomUUID(), false, clock.now(), kind);
  const error = new RunInProgressError(tenantId, 'is in progress; this run did not start');

  report.status = 'failed';
  report.error = describeError(error);
  context.events.emit('run:failed', report);

  return report;
}

/**
 * Completes a report once its run is over: Okta usage since `before`,
 * `partial` when some people failed, and the finish time.
 */
export function settleReport(
  context: RunContext,
  report: SyncReport,
  before: OktaRequestStats,
): void {
  report.okta = oktaUsageSince(before, context.directory.stats());

  if (report.status === 'succeeded' && report.failures.length > 0) {
    report.status = 'partial';
  }

  report.finishedAt = context.clock.now().toISOString();
}
