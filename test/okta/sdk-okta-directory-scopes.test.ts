import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors/config-error.js';
import { OktaRequestError } from '../../src/errors/okta-request-error.js';
import type { OktaDirectory, UserListing } from '../../src/okta/okta-directory.js';
import type { OktaDirectoryOptions } from '../../src/okta/okta-directory-options.js';
import type { OktaScope } from '../../src/okta/okta-scope.js';
import { createOktaDirectory } from '../../src/okta/sdk-okta-directory.js';
import { createFakeOrg } from '../../src/testing/fake-org/create-fake-org.js';
import type { FakeOrg } from '../../src/testing/fake-org/fake-org.js';
import { createFakeOrgHandlers } from '../../src/testing/fake-org/fake-org-handlers.js';
import { oktaUser } from '../support/list-directory.js';
import { isolatedTiming, ORG_URL, oktaJson, useOktaTestServer } from './okta-test-server.js';

const okta = useOktaTestServer();

/** Six users u0…u5; group g-a holds u1, u2; g-b holds u2, u3. */
async function serveOrg(): Promise<FakeOrg> {
  const users = Array.from({ length: 6 }, (_, index) =>
    oktaUser({ id: `00u${index}`, profile: { department: index < 3 ? 'Sales' : 'Support' } }),
  );
  const org = createFakeOrg({ users });
  org.assignments.addGroup('00ga', 'Group A', ['00u1', '00u2']);
  org.assignments.addGroup('00gb', 'Group B', ['00u2', '00u3']);
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

async function listPages(directory: OktaDirectory, listing: UserListing = 'current') {
  const pages = [];

  for await (const page of directory.listUsers({ listing })) {
    pages.push(page);
  }

  return pages;
}

async function listIds(directory: OktaDirectory, listing: UserListing = 'current') {
  return (await listPages(directory, listing)).flatMap((page) => page.users.map((user) => user.id));
}

function pathsAsked(): string[] {
  return okta.requests.map((request) => {
    const url = new URL(request.url);

    return `${url.pathname}${url.search}`;
  });
}

describe('createOktaDirectory() scopes', () => {
  describe('when the scope is one app', () => {
    it('lists its users, direct and through a group, 500 per page with the user embedded', async () => {
      const org = await serveOrg();
      org.assignments.assignUser('0oaApp', '00u0');
      org.assignments.assignGroup('0oaApp', '00gb');

      const ids = await listIds(directoryFor(org, { scope: { kind: 'app', appId: '0oaApp' } }));

      expect(ids).toEqual(['00u0', '00u2', '00u3']);
      expect(pathsAsked()).toEqual(['/api/v1/apps/0oaApp/users?expand=user&limit=500']);
    });

    it('follows the next links of smaller pages', async () => {
      const org = await serveOrg();
      org.assignments.assignGroup('0oaApp', '00ga');
      org.assignments.assignGroup('0oaApp', '00gb');
      const scope: OktaScope = { kind: 'app', appId: '0oaApp' };

      const pages = await listPages(directoryFor(org, { scope, appPageSize: 2 }));

      expect(pages.map((page) => page.users.map((user) => user.id))).toEqual([
        ['00u1', '00u2'],
        ['00u3'],
      ]);
    });

    it('has no deprovisioned listing: its leavers are the unlisted', async () => {
      const org = await serveOrg();
      org.assignments.assignUser('0oaApp', '00u0');

      const pages = await listPages(
        directoryFor(org, { scope: { kind: 'app', appId: '0oaApp' } }),
        'deprovisioned',
      );

      expect(pages).toEqual([]);
      expect(okta.requests).toHaveLength(0);
    });

    it('refuses app users without an embedded user', async () => {
      okta.server.use(
        http.get(`${ORG_URL}/api/v1/apps/0oaApp/users`, () => oktaJson([{ id: '00u1' }])),
      );
      const directory = createOktaDirectory({
        ...isolatedTiming(),
        orgUrl: ORG_URL,
        token: 'token-1',
        scope: { kind: 'app', appId: '0oaApp' },
      });

      const failure = await listIds(directory).catch((error: unknown) => error);

      expect(failure).toBeInstanceOf(OktaRequestError);
      expect((failure as OktaRequestError).message).toMatch(/without an embedded user/);
    });
  });

  describe('when the scope is groups', () => {
    it('lists each member once, group after group', async () => {
      const org = await serveOrg();
      const scope: OktaScope = { kind: 'groups', groupIds: ['00ga', '00gb'] };

      const ids = await listIds(directoryFor(org, { scope }));

      expect(ids).toEqual(['00u1', '00u2', '00u3']);
      expect(pathsAsked()).toEqual([
        '/api/v1/groups/00ga/users?limit=200',
        '/api/v1/groups/00gb/users?limit=200',
      ]);
    });

    it('points the last page of one group at the next group, so it can resume', async () => {
      const org = await serveOrg();
      const scope: OktaScope = { kind: 'groups', groupIds: ['00ga', '00gb'] };
      const directory = directoryFor(org, { scope });
      const [first] = await listPages(directory);

      const resumed = [];
      for await (const page of directory.listUsers({
        listing: 'current',
        resumeFrom: first?.next ?? '',
      })) {
        resumed.push(...page.users.map((user) => user.id));
      }

      expect(first?.next).toBe(`${ORG_URL}/api/v1/groups/00gb/users?limit=200`);
      expect(resumed).toEqual(['00u2', '00u3']);
    });

    it('refuses to resume from a cursor of a group outside the scope', async () => {
      const org = await serveOrg();
      const directory = directoryFor(org, { scope: { kind: 'groups', groupIds: ['00ga'] } });
      const cursor = `${ORG_URL}/api/v1/groups/00gb/users?limit=200`;

      const listing = directory.listUsers({ listing: 'current', resumeFrom: cursor });
      const failure = await listing[Symbol.asyncIterator]()
        .next()
        .catch((error: unknown) => error);

      expect(failure).toBeInstanceOf(OktaRequestError);
      expect(okta.requests).toHaveLength(0);
    });
  });

  describe('when the scope is a search expression', () => {
    it('lists the users it matches, DEPROVISIONED ones included', async () => {
      const org = await serveOrg();
      org.updateUser('00u1', { status: 'DEPROVISIONED' });
      const scope: OktaScope = { kind: 'search', search: 'profile.department eq "Sales"' };

      const directory = directoryFor(org, { scope });

      expect(await listIds(directory)).toEqual(['00u0', '00u1', '00u2']);
      expect(await listIds(directory, 'deprovisioned')).toEqual([]);
      expect(new URL(okta.requests[0]?.url ?? '').searchParams.get('search')).toBe(
        'profile.department eq "Sales"',
      );
    });
  });

  describe('when the scope is the whole org', () => {
    it('lists everyone but DEPROVISIONED users, then those by filter', async () => {
      const org = await serveOrg();
      org.updateUser('00u1', { status: 'DEPROVISIONED' });
      const directory = directoryFor(org, { scope: { kind: 'org' } });

      expect(await listIds(directory)).toEqual(['00u0', '00u2', '00u3', '00u4', '00u5']);
      expect(await listIds(directory, 'deprovisioned')).toEqual(['00u1']);
    });
  });

  describe('when the scope is unusable', () => {
    it.each<[unknown, string]>([
      [{ kind: 'app', appId: '' }, 'scope.appId'],
      [{ kind: 'app', appId: '../users' }, 'scope.appId'],
      [{ kind: 'groups', groupIds: [] }, 'scope.groupIds'],
      [{ kind: 'groups', groupIds: ['00g1', 'a/b'] }, 'scope.groupIds'],
      [{ kind: 'search', search: '  ' }, 'scope.search'],
      [{ kind: 'search', search: 'a eq "1"\nb' }, 'scope.search'],
      [{ kind: 'everyone' }, 'scope.kind'],
    ])('refuses %j naming %s', (scope, field) => {
      const create = () =>
        createOktaDirectory({ orgUrl: ORG_URL, token: 'token-1', scope: scope as OktaScope });

      expect(create).toThrow(ConfigError);
      expect(create).toThrow(new RegExp(`^${field.replace('.', '\\.')}: `));
    });
  });
});
