import type { GuardHold } from './sync-report.js';

/**
 * When the sweep of a full sync is held rather than applied. The sweep is
 * held when it would deactivate more than `maxFraction` of the active
 * people AND more than `minCount` people, so a small tenant can still lose
 * a few people and a large one cannot lose a fifth of its staff to a
 * misconfigured scope.
 */
export interface DeactivationGuardOptions {
  /** Share of active people, 0 to 1; 0.2 by default. */
  maxFraction?: number;
  /** People a sweep may always deactivate; 10 by default. */
  minCount?: number;
}

/** The guard's settings with defaults applied. */
export type DeactivationGuard = Required<DeactivationGuardOptions>;

/** What the guard looks at. */
export interface SweepFigures {
  /** Okta users the current listing returned. */
  seen: number;
  /** Active people in the store when the run started. */
  active: number;
  /** People the sweep would deactivate. */
  wouldDeactivate: number;
}

/**
 * A listing that returned nobody while the store holds active people is
 * always held, whatever the thresholds: it means a revoked scope or an
 * emptied app assignment far more often than everybody leaving.
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

/** The hold for a sweep past the thresholds, or null when it may run. */
export function checkSweep(figures: SweepFigures, guard: DeactivationGuard): GuardHold | null {
  const { active, wouldDeactivate } = figures;
  const overCount = wouldDeactivate > guard.minCount;
  const overShare = wouldDeactivate > guard.maxFraction * active;

  if (!overCount || !overShare) {
    return null;
  }

  const percent = Math.round((100 * wouldDeactivate) / Math.max(active, 1));

  return {
    reason:
      `the sweep would deactivate ${wouldDeactivate} of ${active} active people ` +
      `(${percent}%), over the guard of ${guard.maxFraction * 100}% and ${guard.minCount}`,
    wouldDeactivate,
    active,
  };
}
