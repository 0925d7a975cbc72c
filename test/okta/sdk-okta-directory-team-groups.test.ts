import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors/config-error.js';
import { OktaRequestError } from '../../src/errors/okta-request-error.js';
import type { OktaDirectory, UserListing } from '../../src/okta/okta-directory.js';
import type { OktaDirectoryOptions } from '../../src/okta/okta-directory-options.js';
import type { OktaUser } from '../../src/okta/okta-user.js';
import { createOktaDirectory } from '../../src/okta/sdk-okta-directory.js';
import { createFakeOrg } from '../../src/testing/fake-org/create-fake-org.js';
import type { FakeOrg } from '../../src/testing/fake-org/fake-org.js';
import { createFakeOrgHandlers } from '../../src/testing/fake-org/fake-org-handlers.js';
import { oktaUser } from '../support/list-directory.js';
import { isolatedTiming, ORG_URL, TOKEN, useOktaTestServer } from './okta-test-server.js';

const okta = useOktaTestServer();

/**
 * Six users u0…u5. "Team: Sales" holds u1, u2; "Team: Support" holds u2,
 * u3; "team: other" (lower case) holds u4; "Admins" holds u5.
 */
async function serveOrg(): Promise<FakeOrg> {
  const users = Array.from({ length: 6 }, (_, index) => oktaUser({ id: `00u${index}` }));
  const org = createFakeOrg({ users });
  org.assignments.addGroup('00gsup', 'Team: Support', ['00u2', '00u3']);
  org.assignments.addGroup('00gsal', 'Team: Sales', ['00u1', '00u2']);
  org.assignments.addGroup('00goth', 'team: other', ['00u4']);
  org.assignments.addGroup('00gadm', 'Admins', ['00u5']);
  okta.server.use(...(await createFakeOrgHandlers(org, ORG_URL)));

  return org;
}

function directoryFor(org: FakeOrg, options: Partial<OktaDirectoryOptions>): OktaDirectory {
  return createOktaDirectory({
    ...isolatedTiming(),
    orgUrl: ORG_URL,
    token: org.token,
    ...options,
  });
}

async function listUsers(directory: OktaDirectory, listing: UserListing = 'current') {
  const users: OktaUser[] = [];

  for await (const page of directory.listUsers({ listing })) {
    users.push(...page.users);
  }

  return users;
}

async function groupsById(directory: OktaDirectory, listing: UserListing = 'current') {
  const users = await listUsers(directory, listing);

  return Object.fromEntries(users.map((user) => [user.id, user.groups]));
}

function pathsAsked(): string[] {
  return okta.requests.map((request) => {
    const url = new URL(request.url);

    return decodeURIComponent(`${url.pathname}${url.search}`).replaceAll('+', ' ');
  });
}

function memberListings(): string[] {
  return pathsAsked().filter((path) => /^\/api\/v1\/groups\/[^/]+\/users/.test(path));
}

const byPrefix = { teamGroups: { namePrefix: 'Team: ' } };

describe('createOktaDirectory() team groups', () => {
  describe('when team groups are named by a prefix', () => {
    it('gives each user the names of their team groups, sorted by name', async () => {
      const org = await serveOrg();

      const groups = await groupsById(directoryFor(org, byPrefix));

      expect(groups).toEqual({
        '00u0': [],
        '00u1': ['Team: Sales'],
        '00u2': ['Team: Sales', 'Team: Support'],
        '00u3': ['Team: Support'],
        '00u4': [],
        '00u5': [],
      });
    });

    it('finds the groups with a name search, compared with the exact case', async () => {
      const org = await serveOrg();

      await listUsers(directoryFor(org, byPrefix));

      expect(pathsAsked()).toContain('/api/v1/groups?search=profile.name sw "Team: "&limit=200');
      expect(memberListings()).not.toContainEqual(expect.stringContaining('00goth'));
    });

    it('lists the members of each team group once per listing', async () => {
      const org = await serveOrg();
      const directory = directoryFor(org, { ...byPrefix, pageSize: 1 });

      await listUsers(directory);

      expect(memberListings().filter((path) => !path.includes('after='))).toEqual([
        '/api/v1/groups/00gsal/users?limit=1',
        '/api/v1/groups/00gsup/users?limit=1',
      ]);
      expect(memberListings()).toHaveLength(4);
    });

    it('reads the membership again on the next listing', async () => {
      const org = await serveOrg();
      const directory = directoryFor(org, byPrefix);
      await listUsers(directory);
      org.assignments.removeMember('00gsal', '00u1');
      org.assignments.addMember('00gsup', '00u1');

      const groups = await groupsById(directory);

      expect(groups['00u1']).toEqual(['Team: Support']);
      expect(memberListings()).toHaveLength(4);
    });
  });

  describe('when team groups are given by id', () => {
    it('keeps the order of the ids and reads each group once', async () => {
      const org = await serveOrg();
      const teamGroups = { groupIds: ['00gsup', '00gsal'] };

      const groups = await groupsById(directoryFor(org, { teamGroups }));

      expect(groups['00u2']).toEqual(['Team: Support', 'Team: Sales']);
      expect(groups['00u0']).toEqual([]);
      expect(pathsAsked().filter((path) => path.startsWith('/api/v1/groups/00g'))).toEqual([
        '/api/v1/groups/00gsup',
        '/api/v1/groups/00gsal',
        '/api/v1/groups/00gsup/users?limit=200',
        '/api/v1/groups/00gsal/users?limit=200',
      ]);
    });

    it('fails the listing when a group is unknown', async () => {
      const org = await serveOrg();
      const teamGroups = { groupIds: ['00gsal', '00gnone'] };

      const listing = listUsers(directoryFor(org, { teamGroups }));

      await expect(listing).rejects.toBeInstanceOf(OktaRequestError);
      await expect(listing).rejects.toMatchObject({ code: 'ERR_OKTA_NOT_FOUND' });
    });
  });

  describe('when the listing is of deprovisioned users', () => {
    it('gives them their team groups too', async () => {
      const org = await serveOrg();
      org.updateUser('00u1', { status: 'DEPROVISIONED' });

      const groups = await groupsById(directoryFor(org, byPrefix), 'deprovisioned');

      expect(groups).toEqual({ '00u1': ['Team: Sales'] });
    });

    it('reads no groups when the scope has no such listing', async () => {
      const org = await serveOrg();
      const scope = { kind: 'groups', groupIds: ['00gadm'] } as const;

      await listUsers(directoryFor(org, { ...byPrefix, scope }), 'deprovisioned');

      expect(pathsAsked()).toEqual([]);
    });
  });

  describe('when changes are listed', () => {
    it('gives each changed user their team groups', async () => {
      const org = await serveOrg();
      const directory = createOktaDirectory({
        ...isolatedTiming(),
        orgUrl: ORG_URL,
        token: org.token,
        ...byPrefix,
      });
      const users: OktaUser[] = [];

      for await (const page of directory.listChanges({ since: '2020-01-01T00:00:00.000Z' })) {
        users.push(...page.users);
      }

      expect(users.find((user) => user.id === '00u3')?.groups).toEqual(['Team: Support']);
      expect(users.find((user) => user.id === '00u0')?.groups).toEqual([]);
    });
  });

  describe('when one user is read', () => {
    it('reads their groups and keeps the team groups', async () => {
      const org = await serveOrg();
      const directory = directoryFor(org, byPrefix);

      const user = await directory.getUser('00u2');

      expect(user?.groups).toEqual(['Team: Sales', 'Team: Support']);
      expect(pathsAsked()).toEqual(['/api/v1/users/00u2', '/api/v1/users/00u2/groups']);
    });

    it('keeps the order of the given ids', async () => {
      const org = await serveOrg();
      const teamGroups = { groupIds: ['00gsup', '00gsal'] };

      const user = await directoryFor(org, { teamGroups }).getUser('00u2');

      expect(user?.groups).toEqual(['Team: Support', 'Team: Sales']);
    });

    it('resolves to null for an unknown user', async () => {
      const org = await serveOrg();

      await expect(directoryFor(org, byPrefix).getUser('00unone')).resolves.toBeNull();
    });
  });

  describe('when no team groups are asked for', () => {
    it('leaves groups out and reads no group', async () => {
      const org = await serveOrg();

      const users = await listUsers(directoryFor(org, {}));

      expect(users.every((user) => !('groups' in user))).toBe(true);
      expect(pathsAsked()).toEqual(['/api/v1/users?limit=200']);
    });
  });

  describe('when the option is wrong', () => {
    it.each([
      [{}, 'teamGroups'],
      [{ groupIds: ['00ga'], namePrefix: 'Team' }, 'teamGroups'],
      [{ groupIds: [] }, 'teamGroups.groupIds'],
      [{ groupIds: ['00ga', '00ga'] }, 'teamGroups.groupIds'],
      [{ groupIds: ['../users'] }, 'teamGroups.groupIds'],
      [{ namePrefix: '  ' }, 'teamGroups.namePrefix'],
      [{ namePrefix: 'Team\n' }, 'teamGroups.namePrefix'],
      [{ namePrefix: 'x'.repeat(101) }, 'teamGroups.namePrefix'],
    ])('refuses %j, naming %s', (teamGroups, field) => {
      const create = () => createOktaDirectory({ orgUrl: ORG_URL, token: TOKEN, teamGroups });

      expect(create).toThrow(ConfigError);
      expect(create).toThrow(
        expect.objectContaining({ issues: [expect.objectContaining({ field })] }),
      );
    });
  });
});
