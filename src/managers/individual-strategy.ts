import type { StoredPerson } from '../ports/stored-person.js';
import type { StoredTeam } from '../ports/stored-team.js';
import type { ManagerStrategy } from './manager-strategy.js';

/**
 * The individual strategy: a person's own Okta manager overrides their
 * primary team's manager. Only when Okta names no manager at all does the
 * team's manager apply, as the admin's default. A reference that has not
 * resolved yet gives no manager rather than the team's, so a pending
 * manager is never silently replaced.
 */
export function effectiveManager(
  person: Pick<StoredPerson, 'managerRef' | 'managerOktaId'>,
  team: Pick<StoredTeam, 'managerOktaId'> | undefined,
): string | null {
  if (person.managerRef !== null) {
    return person.managerOktaId;
  }

  return team?.managerOktaId ?? null;
}

/** Options of {@link individualStrategy}. */
export interface IndividualStrategyOptions {
  /**
   * Whether a person whose Okta profile names no manager takes their
   * primary team's manager; default true.
   */
  teamFallback?: boolean;
}

/**
 * The individual strategy as a `ManagerStrategy` (see `effectiveManager`);
 * with `teamFallback: false` a person without an Okta manager has none.
 */
export function individualStrategy(options: IndividualStrategyOptions = {}): ManagerStrategy {
  const teamFallback = options.teamFallback ?? true;

  return {
    name: 'individual',
    managerOf: (person, team) => effectiveManager(person, teamFallback ? team : undefined),
  };
}
