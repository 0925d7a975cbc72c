import type { DirectoryPerson } from '../mapping/directory-person.js';
import { settlePerson } from '../mapping/field-policy.js';
import { defaultMapperPolicy, type MapperPolicy } from '../mapping/mapper-policy.js';
import type { StoredPerson } from '../ports/stored-person.js';
import {
  type ChangeKind,
  type FieldChange,
  type PersonChange,
  syncedFields,
} from './person-change.js';
import { restorePlacement } from './placement.js';
import { sameAttributes } from './same-attributes.js';

/**
 * Decides what to do with one person read from Okta, given the row that
 * already holds their Okta id and an unlinked host person with the same
 * email, if any. A returning person gets back the team and manager kept
 * at deactivation where Okta names none; then the row's locks and the
 * mapper's `policy` (fields kept when emptied) apply before comparing.
 * Pure.
 */
export function planPerson(
  person: DirectoryPerson,
  stored: StoredPerson | undefined,
  unlinked: StoredPerson | undefined,
  policy: MapperPolicy = defaultMapperPolicy,
): PersonChange {
  if (stored) {
    return planKnown(person, stored, policy);
  }

  if (person.status === 'deactivated') {
    return { kind: 'ignore', person, fields: [] };
  }

  if (unlinked) {
    const settled = settlePerson(person, unlinked, policy);
    const fields = diffFields(unlinked, settled.person);

    return withNotices({ kind: 'link', person: settled.person, stored: unlinked, fields }, settled);
  }

  return { kind: 'create', person, fields: [] };
}

function planKnown(
  person: DirectoryPerson,
  stored: StoredPerson,
  policy: MapperPolicy,
): PersonChange {
  if (isStale(person, stored)) {
    return { kind: 'unchanged', person: keepStored(person, stored), stored, fields: [] };
  }

  const settled = settlePerson(restorePlacement(person, stored), stored, policy);
  const fields = diffFields(stored, settled.person);
  const kind = kindOf(stored, settled.person, fields);

  return withNotices({ kind, person: settled.person, stored, fields }, settled);
}

function withNotices(change: PersonChange, settled: { notices: PersonChange['notices'] }) {
  return settled.notices?.length ? { ...change, notices: settled.notices } : change;
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
    login: stored.login ?? null,
    employeeNumber: stored.employeeNumber ?? null,
    attributes: stored.attributes ?? {},
  };
}

function diffFields(stored: StoredPerson, person: DirectoryPerson): FieldChange[] {
  const changes: FieldChange[] = [];

  for (const field of syncedFields) {
    if (stored[field] !== person[field]) {
      changes.push({ field, before: stored[field], after: person[field] });
    }
  }

  const [before, after] = [stored.attributes ?? {}, person.attributes ?? {}];
  if (!sameAttributes(before, after)) {
    changes.push({ field: 'attributes', before: toJson(before), after: toJson(after) });
  }

  return changes;
}

function toJson(value: unknown): string {
  return JSON.stringify(value);
}
