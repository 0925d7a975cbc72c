import type { GuardHold } from './sync-report.js';

/**
 * The basic mass-deactivation guard: a listing that returned nobody while
 * the store holds active people is treated as a fault (a revoked scope, an
 * emptied app assignment), never as everybody leaving. Returns the hold,
 * or null when the sweep may run.
 */
export function checkEmptyListing(seen: number, active: number): GuardHold | null {
  if (seen > 0 || active === 0) {
    return null;
  }

  return {
    reason: 'Okta listed nobody while the store holds active people',
    wouldDeactivate: active,
    active,
  };
}
