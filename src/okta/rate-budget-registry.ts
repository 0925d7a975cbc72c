import { RateBudget } from './rate-budget.js';
import type { Timer } from './timer.js';

/**
 * Hands out one {@link RateBudget} per org URL, so every directory of an
 * org paces against the same budget. Tests and hosts that want budgets
 * apart from the process-wide one make a registry of their own.
 */
export class RateBudgetRegistry {
  readonly #budgets = new Map<string, RateBudget>();

  /**
   * The org's budget, made on first use with this share and timer. A later
   * caller asking a smaller share narrows it for all; the first timer stays.
   */
  budgetFor(orgUrl: string, share: number, timer: Timer): RateBudget {
    const known = this.#budgets.get(orgUrl);

    if (known !== undefined) {
      known.narrowShare(share);

      return known;
    }

    const budget = new RateBudget(share, timer);
    this.#budgets.set(orgUrl, budget);

    return budget;
  }
}

/** The budgets every directory of this process shares unless given others. */
export const processRateBudgets = new RateBudgetRegistry();
