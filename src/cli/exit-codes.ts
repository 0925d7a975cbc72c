import type { RunStatus } from '../engine/sync-report.js';

/** The CLI's exit codes; the same for every command. */
export const exitCodes = {
  succeeded: 0,
  usage: 1,
  failed: 2,
  guarded: 3,
  partial: 4,
} as const;

/** The exit code of a run that ended with `status`. */
export function exitCodeOf(status: RunStatus): number {
  return exitCodes[status];
}
