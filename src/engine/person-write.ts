import type { PersonPlacement, PersonWrite, StoredPerson } from '../ports/stored-person.js';
import type { PersonChange } from './person-change.js';
import { placementOf } from './placement.js';

/**
 * The store write that applies one change and stamps the person as seen in
 * `generation`. Null for changes that write nothing.
 */
export function toPersonWrite(change: PersonChange, generation: number): PersonWrite | null {
  if (change.kind === 'ignore') {
    return null;
  }

  const { person, stored } = change;
  const write: PersonWrite = {
    oktaId: person.oktaId,
    email: person.email,
    fullName: person.fullName,
    team: person.team,
    jobTitle: person.jobTitle,
    managerRef: person.managerRef,
    managerOktaId: keptManager(change),
    status: person.status,
    startDate: person.startDate,
    oktaUpdatedAt: person.oktaUpdatedAt,
    seenGeneration: generation,
    login: person.login ?? null,
    employeeNumber: person.employeeNumber ?? null,
    attributes: person.attributes ?? {},
    lockedFields: stored?.lockedFields ?? [],
    beforeDeactivation: keptPlacement(change),
  };

  return stored ? { ...write, id: stored.id } : write;
}

/**
 * What the row keeps for a later reactivation: the placement the person
 * leaves with when deactivated, nothing once they returned, and otherwise
 * what it kept before.
 */
function keptPlacement(change: PersonChange): PersonPlacement | null {
  const { kind, stored } = change;

  if (kind === 'deactivate' && stored) {
    return placementOf(stored);
  }

  return kind === 'reactivate' ? null : (stored?.beforeDeactivation ?? null);
}

/** The write that keeps a stored row as it is, by its id. */
export function storedWrite(stored: StoredPerson): PersonWrite {
  return { ...stored, oktaId: stored.oktaId ?? '' };
}

/** Re-stamps a stored person as seen without changing anything else. */
export function toSeenWrite(stored: StoredPerson, generation: number): PersonWrite {
  return { ...storedWrite(stored), seenGeneration: generation };
}

/**
 * A resolved manager survives while the reference is the same; a new
 * reference is resolved again after the listing, unless planning already
 * resolved it.
 */
function keptManager(change: PersonChange): string | null {
  const { person, stored } = change;

  if (change.manager !== undefined) {
    return change.manager;
  }

  const kept = change.kind === 'reactivate' ? stored?.beforeDeactivation : null;

  if (stored && stored.managerRef === person.managerRef) {
    return stored.managerOktaId;
  }

  // A manager restored from deactivation comes back resolved as it was.
  return kept && kept.managerRef === person.managerRef ? kept.managerOktaId : null;
}
