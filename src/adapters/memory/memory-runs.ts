import type { SyncReport } from '../../engine/sync-report.js';
import type { MemoryRun } from './memory-tenant.js';

/** The report of the highest generation that finished, if any. */
export function latestFinished(runs: Iterable<MemoryRun>): SyncReport | null {
  let latest: MemoryRun | null = null;
  for (const run of runs) {
    if (run.report && (!latest || run.generation > latest.generation)) latest = run;
  }

  return latest?.report ?? null;
}

/** The finish time of the latest full run that did not fail, or null. */
export function lastFullSyncAt(runs: Iterable<MemoryRun>): string | null {
  let latest: string | null = null;
  for (const { report } of runs) {
    if (report?.kind !== 'full' || report.status === 'failed') continue;
    if (latest === null || Date.parse(report.finishedAt) > Date.parse(latest)) {
      latest = report.finishedAt;
    }
  }

  return latest;
}
