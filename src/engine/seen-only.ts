import type { PersonPlacement, PersonWrite, StoredPerson } from '../ports/stored-person.js';
import { sameAttributes } from './same-attributes.js';

// Plain fields a write sets; each compared as it is.
const plainFields = [
  'email',
  'fullName',
  'team',
  'jobTitle',
  'managerRef',
  'managerOktaId',
  'status',
  'startDate',
  'oktaUpdatedAt',
] as const;

/**
 * True when `write` would leave `stored` as it is but for its generation:
 * a person Okta returned exactly as the store holds them, which a store's
 * `markSeen` can stamp without writing the row. Optional fields a store
 * may leave out count as empty.
 */
export function isSeenOnly(write: PersonWrite, stored: StoredPerson): boolean {
  return (
    write.oktaId === stored.oktaId &&
    plainFields.every((field) => write[field] === stored[field]) &&
    (write.login ?? null) === (stored.login ?? null) &&
    (write.employeeNumber ?? null) === (stored.employeeNumber ?? null) &&
    sameAttributes(write.attributes ?? {}, stored.attributes ?? {}) &&
    sameList(write.lockedFields ?? [], stored.lockedFields ?? []) &&
    samePlacement(write.beforeDeactivation ?? null, stored.beforeDeactivation ?? null)
  );
}

function sameList(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && left.every((item, at) => item === right[at]);
}

function samePlacement(left: PersonPlacement | null, right: PersonPlacement | null): boolean {
  if (left === null || right === null) return left === right;

  return (
    left.team === right.team &&
    left.managerRef === right.managerRef &&
    left.managerOktaId === right.managerOktaId
  );
}
