import type { DirectoryPerson } from '../mapping/directory-person.js';
import type { StoredPerson } from '../ports/sync-store.js';
import {
  type ChangeKind,
  type FieldChange,
  type PersonChange,
  syncedFields,
} from './person-change.js';

/**
 * Decides what to do with one person read from Okta, given the row that
 * already holds their Okta id and an unlinked host person with the same
 * email, if any. Pure.
 */
export function planPerson(
  person: DirectoryPerson,
  stored: StoredPerson | undefined,
  unlinked: StoredPerson | undefined,
): PersonChange {
  if (stored) {
    return planKnown(person, stored);
  }

  if (person.status === 'deactivated') {
    return { kind: 'ignore', person, fields: [] };
  }

  if (unlinked) {
    return { kind: 'link', person, stored: unlinked, fields: diffFields(unlinked, person) };
  }

  return { kind: 'create', person, fields: [] };
}

function planKnown(person: DirectoryPerson, stored: StoredPerson): PersonChange {
  if (isStale(person, stored)) {
    return { kind: 'unchanged', person: keepStored(person, stored), stored, fields: [] };
  }

  const fields = diffFields(stored, person);

  return { kind: kindOf(stored, person, fields), person, stored, fields };
}

function kindOf(stored: StoredPerson, person: DirectoryPerson, fields: FieldChange[]): ChangeKind {
  const wasDeactivated = stored.status === 'deactivated';
  const isDeactivated = person.status === 'deactivated';

  if (!wasDeactivated && isDeactivated) {
    return 'deactivate';
  }

  if (wasDeactivated && !isDeactivated) {
    return 'reactivate';
  }

  return fields.length > 0 ? 'update' : 'unchanged';
}

/**
 * A read older than the one that last wrote the row must not overwrite it:
 * an event may have applied newer Okta state while a full sync was paging.
 */
function isStale(person: DirectoryPerson, stored: StoredPerson): boolean {
  if (!person.oktaUpdatedAt || !stored.oktaUpdatedAt) {
    return false;
  }

  return Date.parse(person.oktaUpdatedAt) < Date.parse(stored.oktaUpdatedAt);
}

function keepStored(person: DirectoryPerson, stored: StoredPerson): DirectoryPerson {
  return {
    ...person,
    email: stored.email,
    fullName: stored.fullName,
    team: stored.team,
    jobTitle: stored.jobTitle,
    managerRef: stored.managerRef,
    status: stored.status,
    startDate: stored.startDate,
    oktaUpdatedAt: stored.oktaUpdatedAt,
  };
}

function diffFields(stored: StoredPerson, person: DirectoryPerson): FieldChange[] {
  const changes: FieldChange[] = [];

  for (const field of syncedFields) {
    if (stored[field] !== person[field]) {
      changes.push({ field, before: stored[field], after: person[field] });
    }
  }

  return changes;
}
