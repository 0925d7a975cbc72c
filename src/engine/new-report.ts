import { emptyCounts } from './run-counts.js';
import type { SyncReport } from './sync-report.js';

/** A report for a run that has just started. */
export function newReport(
  tenantId: string,
  runId: string,
  dryRun: boolean,
  startedAt: Date,
): SyncReport {
  return {
    runId,
    tenantId,
    kind: 'full',
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
