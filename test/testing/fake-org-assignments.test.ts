import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors/config-error.js';
import { createFakeOrg } from '../../src/testing/fake-org/create-fake-org.js';
import type { FakeOrg } from '../../src/testing/fake-org/fake-org.js';
import { handleRequest } from '../../src/testing/fake-org/handle-request.js';
import { makeUser } from './fake-org-helpers.js';

const ORIGIN = 'https://acme.okta.com';

function makeOrg(people = 3): FakeOrg {
  const users = Array.from({ length: people }, (_, index) =>
    makeUser(`00u${String(index).padStart(3, '0')}`, 'ACTIVE', '2026-01-01T00:00:00.000Z'),
  );

  return createFakeOrg({ users });
}

async function get(org: FakeOrg, path: string) {
  const headers = { Authorization: `SSWS ${org.token}` };
  const response = await handleRequest(org, new Request(`${ORIGIN}${path}`, { headers }));

  return { response, body: (await response.json()) as Record<string, unknown>[] };
}

describe('fake org apps and groups', () => {
  describe('when users are assigned to an app directly and through a group', () => {
    it('lists them as app users with their scope and, on request, the user', async () => {
      const org = makeOrg();
      org.assignments.addGroup('00g1', 'Sales', ['00u001', '00u002']);
      org.assignments.assignUser('0oa1', '00u000');
      org.assignments.assignGroup('0oa1', '00g1');

      const { body } = await get(org, '/api/v1/apps/0oa1/users?expand=user');

      expect(body.map((item) => [item.id, item.scope])).toEqual([
        ['00u000', 'USER'],
        ['00u001', 'GROUP'],
        ['00u002', 'GROUP'],
      ]);
      expect(body[0]?._embedded).toMatchObject({ user: { id: '00u000' } });
    });

    it('leaves out deactivated users, whose assignments Okta removes', async () => {
      const org = makeOrg();
      org.assignments.assignUser('0oa1', '00u000');
      org.updateUser('00u000', { status: 'DEPROVISIONED' });

      const list = await get(org, '/api/v1/apps/0oa1/users');
      const single = await get(org, '/api/v1/apps/0oa1/users/00u000');

      expect(list.body).toEqual([]);
      expect(single.response.status).toBe(404);
    });
  });

  describe('when app users are paged', () => {
    it('pages 50 by default and at most 500', async () => {
      const org = makeOrg(600);
      for (const id of org.users.keys()) {
        org.assignments.assignUser('0oa1', id);
      }

      const byDefault = await get(org, '/api/v1/apps/0oa1/users');
      const capped = await get(org, '/api/v1/apps/0oa1/users?limit=1000');

      expect(byDefault.body).toHaveLength(50);
      expect(capped.body).toHaveLength(500);
      expect(capped.response.headers.get('link')).toMatch(/rel="next"/);
    });
  });

  describe('when one app user is read', () => {
    it('answers 200 for an assigned user and 404 E0000007 otherwise', async () => {
      const org = makeOrg();
      org.assignments.assignUser('0oa1', '00u000');

      const assigned = await get(org, '/api/v1/apps/0oa1/users/00u000');
      const other = await get(org, '/api/v1/apps/0oa1/users/00u001');

      expect(assigned.response.status).toBe(200);
      expect(other.response.status).toBe(404);
      expect(other.body).toMatchObject({ errorCode: 'E0000007' });
    });
  });

  describe('when a group or app is unknown', () => {
    it.each(['/api/v1/apps/0oaNone/users', '/api/v1/groups/00gNone/users'])(
      'answers %s with 404 E0000007',
      async (path) => {
        const { response, body } = await get(makeOrg(), path);

        expect(response.status).toBe(404);
        expect(body).toMatchObject({ errorCode: 'E0000007' });
      },
    );
  });

  describe('when group members and a user’s groups are read', () => {
    it('lists the members as users and the user’s groups', async () => {
      const org = makeOrg();
      org.assignments.addGroup('00g1', 'Sales', ['00u002', '00u000']);
      org.assignments.addGroup('00g2', 'Support', ['00u000']);

      const members = await get(org, '/api/v1/groups/00g1/users');
      const groups = await get(org, '/api/v1/users/00u000/groups');

      expect(members.body.map((user) => user.id)).toEqual(['00u000', '00u002']);
      expect(groups.body.map((group) => group.id)).toEqual(['00g1', '00g2']);
    });
  });

  describe('when a member is added to a group that does not exist', () => {
    it('throws a ConfigError', () => {
      expect(() => makeOrg().assignments.addMember('00gNone', '00u000')).toThrow(ConfigError);
    });
  });
});
