/**
 * What a manager reference is compared with, in a person already synced:
 * - `oktaId`: their Okta user id (exact);
 * - `login`: their Okta login (case ignored);
 * - `email`: their email (case ignored);
 * - `employeeNumber`: their Okta `employeeNumber` (exact).
 */
export type ManagerMatch = 'oktaId' | 'login' | 'email' | 'employeeNumber';

/** Every way to match a manager reference, in the default order. */
export const defaultManagerMatch: readonly ManagerMatch[] = Object.freeze([
  'oktaId',
  'login',
  'email',
  'employeeNumber',
]);

/** Fields that may keep their stored value when Okta empties them. */
export type KeepableField = 'team' | 'jobTitle' | 'managerRef' | 'startDate';

/** Every field that can be kept when emptied. */
export const keepableFields: readonly KeepableField[] = Object.freeze([
  'team',
  'jobTitle',
  'managerRef',
  'startDate',
]);

/**
 * What the engine must know about a mapper's output beyond each person:
 * how its manager references are matched and which fields keep their
 * stored value when Okta sends them empty.
 */
export interface MapperPolicy {
  /** Tried in this order; the first kind that finds one person wins. */
  managerMatch: readonly ManagerMatch[];
  /** Emptied in Okta, these keep the stored value; others are cleared. */
  keepWhenEmpty: readonly KeepableField[];
}

/** The policy of a mapper that states none. */
export const defaultMapperPolicy: MapperPolicy = Object.freeze({
  managerMatch: defaultManagerMatch,
  keepWhenEmpty: Object.freeze([]),
});
