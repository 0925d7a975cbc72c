import type { PersonStatus } from './directory-person.js';

/** What an Okta SUSPENDED user becomes on the host. */
export type SuspendedStatus = Extract<PersonStatus, 'suspended' | 'active' | 'deactivated'>;

// A Map rather than an object, so that a status such as `constructor` or
// `__proto__` finds nothing instead of an inherited property.
const statusByOktaStatus: ReadonlyMap<string, PersonStatus> = new Map([
  ['ACTIVE', 'active'],
  ['PASSWORD_EXPIRED', 'active'],
  ['LOCKED_OUT', 'active'],
  ['RECOVERY', 'active'],
  ['STAGED', 'pending'],
  ['PROVISIONED', 'pending'],
  ['SUSPENDED', 'suspended'],
  ['DEPROVISIONED', 'deactivated'],
]);

/**
 * The host status for an Okta user status, or null for a value Okta does
 * not document:
 * - `ACTIVE`, `PASSWORD_EXPIRED`, `LOCKED_OUT`, `RECOVERY` → `active` (the
 *   person works here; only their sign-in is in some state);
 * - `STAGED`, `PROVISIONED` → `pending` (created, not yet activated),
 *   whatever the start date: a future one is the usual new joiner, and a
 *   past or missing one still means Okta has not activated the account,
 *   so the host must not either;
 * - `SUSPENDED` → `suspendedStatus` (`suspended` unless configured);
 * - `DEPROVISIONED` → `deactivated`.
 *
 * Matching is exact: Okta always sends upper case.
 */
export function toPersonStatus(
  oktaStatus: unknown,
  suspendedStatus: SuspendedStatus = 'suspended',
): PersonStatus | null {
  if (typeof oktaStatus !== 'string') {
    return null;
  }

  const status = statusByOktaStatus.get(oktaStatus) ?? null;

  return status === 'suspended' ? suspendedStatus : status;
}
