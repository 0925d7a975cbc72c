import type { StoredPerson } from '../ports/stored-person.js';

/** What `addHostPerson` accepts: an email and name, anything else optional. */
export type HostPersonInput = Pick<StoredPerson, 'email' | 'fullName'> & Partial<StoredPerson>;

/**
 * The stored fields of a new host person, with defaults for those left
 * out: unlinked, active, never seen. An input `id` is ignored, because
 * the store assigns ids.
 */
export function hostPersonFields(person: HostPersonInput): Omit<StoredPerson, 'id'> {
  return {
    oktaId: person.oktaId ?? null,
    email: person.email,
    fullName: person.fullName,
    team: person.team ?? null,
    jobTitle: person.jobTitle ?? null,
    managerRef: person.managerRef ?? null,
    managerOktaId: person.managerOktaId ?? null,
    status: person.status ?? 'active',
    startDate: person.startDate ?? null,
    oktaUpdatedAt: person.oktaUpdatedAt ?? null,
    seenGeneration: person.seenGeneration ?? 0,
    login: person.login ?? null,
    employeeNumber: person.employeeNumber ?? null,
    attributes: person.attributes ?? {},
    lockedFields: person.lockedFields ?? [],
  };
}
