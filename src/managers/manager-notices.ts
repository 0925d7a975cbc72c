import type { SyncNotice } from '../engine/sync-notice.js';
import { quote } from '../mapping/quote.js';

const where = 'correct the manager in Okta (Directory › People)';

/** The person's reference names themselves. */
export function selfNotice(oktaId: string, ref: string): SyncNotice {
  const message =
    `Okta names this person as their own manager (${quote(ref)}), ` + `so it was ignored: ${where}`;

  return { code: 'MANAGER_SELF', oktaId, value: ref, message };
}

/** Applying the reference would close a reporting loop through `loop`. */
export function cycleNotice(oktaId: string, ref: string, loop: readonly string[]): SyncNotice {
  const message =
    `The manager ${quote(ref)} would close a reporting loop (${loop.join(' → ')}), ` +
    `so it was not applied: ${where}`;

  return { code: 'MANAGER_CYCLE', oktaId, value: ref, message, others: [...loop] };
}

/** The manager is known but not synced: a leaver, or skipped this run. */
export function outOfScopeNotice(oktaId: string, ref: string, why: string): SyncNotice {
  const message =
    `The manager ${quote(ref)} is not synced (${why}), so it was not applied; it applies ` +
    `by itself once they are synced again, or ${where}`;

  return { code: 'MANAGER_OUT_OF_SCOPE', oktaId, value: ref, message };
}

/** The reference matches several people. */
export function ambiguousNotice(oktaId: string, ref: string, matches: string[]): SyncNotice {
  const message =
    `The manager ${quote(ref)} matches more than one person (${matches.join(', ')}), ` +
    `so it was not applied: ${where}, or refer to the manager by Okta id`;

  return { code: 'MANAGER_AMBIGUOUS', oktaId, value: ref, message, others: matches };
}
