import type { StoredPerson } from '../ports/stored-person.js';
import type { StoredTeam } from '../ports/stored-team.js';
import type { SyncStore } from '../ports/sync-store.js';

/**
 * How a person's manager is decided once Okta's references are resolved.
 * The package ships the individual and team strategies; a host may supply
 * its own.
 */
export interface ManagerStrategy {
  /** A short name for logs and reports, such as `individual`. */
  readonly name: string;

  /**
   * The Okta id of the person's effective manager, or null. Given the
   * person as stored (their own resolved Okta manager in `managerOktaId`)
   * and their primary team, if it exists. Must be pure; a result equal to
   * the person's own Okta id is ignored by the engine.
   */
  managerOf(person: StoredPerson, team: StoredTeam | undefined): string | null;

  /**
   * Runs once per full sync that completes its listings, after references
   * are resolved and leavers swept, to keep whatever the strategy stores
   * (such as team managers) in step. Optional; must be idempotent.
   */
  afterResolve?(store: SyncStore, tenantId: string): Promise<void>;
}

/**
 * The effective manager a strategy gives, never the person themselves: a
 * strategy that names the person (a team led by its own first member,
 * say) gives no manager.
 */
export function managerByStrategy(
  strategy: ManagerStrategy,
  person: StoredPerson,
  team: StoredTeam | undefined,
): string | null {
  const manager = strategy.managerOf(person, team);

  return manager === person.oktaId ? null : manager;
}
