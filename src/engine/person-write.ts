import type { PersonWrite, StoredPerson } from '../ports/sync-store.js';
import type { PersonChange } from './person-change.js';

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
  };

  return stored ? { ...write, id: stored.id } : write;
}

/** Re-stamps a stored person as seen without changing anything else. */
export function toSeenWrite(stored: StoredPerson, generation: number): PersonWrite {
  return { ...stored, oktaId: stored.oktaId ?? '', seenGeneration: generation };
}

/**
 * A resolved manager survives while the reference is the same; a new
 * reference is resolved again after the listing.
 */
function keptManager(change: PersonChange): string | null {
  const { person, stored } = change;

  if (!stored || stored.managerRef !== person.managerRef) {
    return null;
  }

  return stored.managerOktaId;
}
