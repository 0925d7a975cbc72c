import type { OktaUserStatus } from '../../okta/okta-user.js';
import type { FakeOktaUser } from './fake-okta-user.js';
import type { PersonKind } from './population-mix.js';
import type { UserTimeline } from './user-timeline.js';

/**
 * Everything the generator decided about one person. The Okta JSON and
 * the manifest are both written from it, so they agree by construction.
 */
export interface PlannedPerson {
  id: string;
  kind: PersonKind;
  status: OktaUserStatus;
  firstName: string;
  lastName: string;
  login: string;
  /** `undefined` means the profile has no email key at all. */
  email: string | null | undefined;
  department: string | null;
  title: string | null;
  managerId: string | null;
  /** The manager's full name, for Okta's free-text `manager` field. */
  managerName: string | null;
  startDate: string | null;
  timezone: string | null;
  employeeNumber: string;
  timeline: UserTimeline;
}

/** Writes the person as the Users API would return them. */
export function toOktaUser(person: PlannedPerson, typeId: string): FakeOktaUser {
  return {
    id: person.id,
    status: person.status,
    ...person.timeline,
    type: { id: typeId },
    profile: toProfile(person),
    credentials: toCredentials(person.status),
    _links: { self: { href: `/api/v1/users/${person.id}` } },
  };
}

// Built as one literal, keys in Okta's order: spreads are slow at 100,000.
function toProfile(person: PlannedPerson): Record<string, unknown> {
  const profile: Record<string, unknown> = {
    login: person.login,
    firstName: person.firstName,
    lastName: person.lastName,
    mobilePhone: null,
    secondEmail: null,
    email: person.email,
    title: person.title,
    department: person.department,
    employeeNumber: person.employeeNumber,
    userType: 'Employee',
    manager: person.managerName,
    managerId: person.managerId,
  };

  if (person.email === undefined) {
    delete profile.email;
  }

  addIfSet(profile, 'startDate', person.startDate);
  addIfSet(profile, 'timezone', person.timezone);

  return profile;
}

function addIfSet(profile: Record<string, unknown>, key: string, value: string | null): void {
  if (value !== null) {
    profile[key] = value;
  }
}

// Okta never returns a password, only an empty object once one is set.
function toCredentials(status: OktaUserStatus): FakeOktaUser['credentials'] {
  const provider = { type: 'OKTA', name: 'OKTA' };
  const hasPassword = status !== 'STAGED' && status !== 'PROVISIONED';

  return hasPassword ? { password: {}, provider } : { provider };
}
