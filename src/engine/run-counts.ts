import type { RunCounts } from './sync-report.js';

/** A fresh set of run tallies, all zero. */
export function emptyCounts(): RunCounts {
  return {
    created: 0,
    linked: 0,
    updated: 0,
    unchanged: 0,
    deactivated: 0,
    reactivated: 0,
    pending: 0,
    skipped: 0,
    ignored: 0,
    failed: 0,
  };
}

/** Adds `more` into `total`, field by field. */
export function addCounts(total: RunCounts, more: RunCounts): void {
  for (const key of Object.keys(total) as (keyof RunCounts)[]) {
    total[key] += more[key];
  }
}
