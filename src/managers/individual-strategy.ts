import type { StoredPerson, StoredTeam } from '../ports/sync-store.js';

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
