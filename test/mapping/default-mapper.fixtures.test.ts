import { describe, expect, it } from 'vitest';
import type { DirectoryPerson } from '../../src/mapping/directory-person.js';
import { expectPerson, mapUntrusted, readFixture } from './mapping-harness.js';

interface FixtureCase {
  title: string;
  user: unknown;
  expected: DirectoryPerson;
}

const userGet = readFixture('user-get.json');
const [alice] = readFixture('users-list-page-current.json') as unknown[];
const [carol] = readFixture('users-list-filter-locked-out.json') as unknown[];
const [appUser] = readFixture('app-users-list.json') as Array<{ _embedded: { user: unknown } }>;
const listPage = readFixture('users-list-page.http.json') as { response: { body: unknown[] } };
const [stagedAda, activeBob] = listPage.response.body;

const noExtras = {
  team: null,
  jobTitle: null,
  managerRef: null,
  startDate: null,
  employeeNumber: null,
  attributes: {},
};

const cases: FixtureCase[] = [
  {
    title: 'user-get.json (full base profile)',
    user: userGet,
    expected: {
      oktaId: '00ub0oNGTSWTBKOLGLNR',
      email: 'ada.fictional@example.com',
      fullName: 'Ada Fictional',
      team: 'Engineering',
      jobTitle: 'Director',
      managerRef: null,
      startDate: null,
      status: 'active',
      oktaUpdatedAt: '2013-07-02T21:36:25.344Z',
      login: 'ada.fictional@example.com',
      employeeNumber: '187',
      attributes: {},
    },
  },
  {
    title: 'users-list-page-current.json (null phone and second email)',
    user: alice,
    expected: {
      oktaId: '00u118oQYT4TBTemp0g4',
      email: 'alice.smith@example.com',
      login: 'alice.smith@example.com',
      fullName: 'Alice Smith',
      ...noExtras,
      status: 'active',
      oktaUpdatedAt: '2022-05-05T18:15:44.000Z',
    },
  },
  {
    title: 'users-list-filter-locked-out.json (LOCKED_OUT is still active)',
    user: carol,
    expected: {
      oktaId: '00u3m5wrdPjJYUFb81d6',
      email: 'carol.sample@example.com',
      login: 'carol.sample@example.com',
      fullName: 'Carol Sample',
      ...noExtras,
      status: 'active',
      oktaUpdatedAt: '2020-10-22T16:09:13.000Z',
    },
  },
  {
    title: 'the user embedded in app-users-list.json',
    user: appUser?._embedded.user,
    expected: {
      oktaId: '00u1dnq5S0CfjlkpABCD',
      email: 'saml.test@example.com',
      login: 'saml.test@example.com',
      fullName: 'Saml Test',
      ...noExtras,
      status: 'active',
      oktaUpdatedAt: '2024-01-09T15:36:05.000Z',
    },
  },
  {
    title: 'the STAGED user of users-list-page.http.json',
    user: stagedAda,
    expected: {
      oktaId: '00ub0oNGTSWTBKOLGLNR',
      email: 'ada.fictional@example.com',
      login: 'ada.fictional@example.com',
      fullName: 'Ada Fictional',
      ...noExtras,
      status: 'pending',
      oktaUpdatedAt: '2013-07-02T21:36:25.344Z',
    },
  },
  {
    title: 'the ACTIVE user of users-list-page.http.json',
    user: activeBob,
    expected: {
      oktaId: '00ub0oNGTSWTBKOLGLNR',
      email: 'bob.placeholder@example.com',
      login: 'bob.placeholder@example.com',
      fullName: 'Bob Placeholder',
      ...noExtras,
      status: 'active',
      oktaUpdatedAt: '2013-07-02T21:36:25.344Z',
    },
  },
];

describe('createDefaultMapper', () => {
  describe('when given the users of the Okta fixtures', () => {
    it.each(cases)('maps $title field by field', ({ user, expected }) => {
      const person = expectPerson(mapUntrusted(user));

      expect(person).toStrictEqual(expected);
    });
  });

  describe('when given a fixture with a custom mapping', () => {
    it('reads team, manager and start date from the named attributes', () => {
      const user = structuredClone(userGet) as { profile: Record<string, unknown> };
      user.profile.hireDate = '2027-05-01';
      const options = {
        teamAttribute: 'division',
        managerAttribute: 'employeeNumber',
        startDateAttribute: 'hireDate',
      };

      const person = expectPerson(mapUntrusted(user, options));

      expect(person).toMatchObject({ team: 'R&D', managerRef: '187', startDate: '2027-05-01' });
    });

    it('prefers the display name when asked', () => {
      const [wrapper] = readFixture('app-users-list.json') as Array<{ profile: unknown }>;
      const appProfileUser = { id: '00u1', status: 'ACTIVE', profile: wrapper?.profile };

      const person = expectPerson(mapUntrusted(appProfileUser, { fullName: 'displayName' }));

      expect(person.fullName).toBe('Saml O Test');
    });
  });
});
