import type { DirectoryPerson } from '../mapping/directory-person.js';
import type { PersonPlacement, StoredPerson } from '../ports/stored-person.js';

/** The team and manager a stored person has now. */
export function placementOf(person: StoredPerson): PersonPlacement {
  return {
    team: person.team,
    managerRef: person.managerRef,
    managerOktaId: person.managerOktaId,
  };
}

/**
 * A returning person as read from Okta, with the team and manager they had
 * when deactivated filling what Okta no longer names. What Okta names
 * wins: a rehire into a new team lands in the new team.
 */
export function restorePlacement(person: DirectoryPerson, stored: StoredPerson): DirectoryPerson {
  const kept = stored.beforeDeactivation;
  const returning = stored.status === 'deactivated' && person.status !== 'deactivated';

  if (!kept || !returning) {
    return person;
  }

  return {
    ...person,
    team: person.team ?? kept.team,
    managerRef: person.managerRef ?? kept.managerRef,
  };
}
