import { describe, expect, it } from 'vitest';
import { createFakeOrg } from '../../src/testing/fake-org/create-fake-org.js';
import type { FakeOrg } from '../../src/testing/fake-org/fake-org.js';
import { handleRequest } from '../../src/testing/fake-org/handle-request.js';
import { linkOf } from './fake-org-helpers.js';

const ORIGIN = 'https://acme.okta.com';

/** Groups "Team: Sales", "Team: Support", "team: other" and "Admins". */
function makeOrg(): FakeOrg {
  const org = createFakeOrg({ users: [] });
  org.assignments.addGroup('00g1', 'Team: Sales');
  org.assignments.addGroup('00g2', 'Team: Support');
  org.assignments.addGroup('00g3', 'team: other');
  org.assignments.addGroup('00g4', 'Admins');

  return org;
}

async function get(org: FakeOrg, path: string) {
  const headers = { Authorization: `SSWS ${org.token}` };
  const response = await handleRequest(org, new Request(`${ORIGIN}${path}`, { headers }));

  return { response, body: (await response.json()) as { id?: string; errorCode?: string }[] };
}

function search(prefix: string, extra = ''): string {
  return `/api/v1/groups?search=${encodeURIComponent(`profile.name sw "${prefix}"`)}${extra}`;
}

describe('fake org groups', () => {
  describe('when groups are searched by name prefix', () => {
    it('matches the prefix ignoring case, as Okta does', async () => {
      const { body } = await get(makeOrg(), search('team: '));

      expect(body.map((group) => group.id)).toEqual(['00g1', '00g2', '00g3']);
    });

    it('pages with limit and a next link', async () => {
      const org = makeOrg();

      const first = await get(org, search('Team', '&limit=2'));
      const next = linkOf(first.response, 'next') ?? '';
      const second = await get(org, next.slice(ORIGIN.length));

      expect(first.body.map((group) => group.id)).toEqual(['00g1', '00g2']);
      expect(second.body.map((group) => group.id)).toEqual(['00g3']);
      expect(linkOf(second.response, 'next')).toBeNull();
    });

    it('refuses any other search with E0000031', async () => {
      const { response, body } = await get(makeOrg(), '/api/v1/groups?search=type%20eq%20%22X%22');

      expect(response.status).toBe(400);
      expect(body).toMatchObject({ errorCode: 'E0000031' });
    });
  });

  describe('when groups are listed with q', () => {
    it('answers the groups whose name starts with it', async () => {
      const { body } = await get(makeOrg(), '/api/v1/groups?q=adm');

      expect(body.map((group) => group.id)).toEqual(['00g4']);
    });
  });

  describe('when one group is read', () => {
    it('answers the group, or 404 E0000007 for an unknown id', async () => {
      const org = makeOrg();

      const known = await get(org, '/api/v1/groups/00g2');
      const unknown = await get(org, '/api/v1/groups/00g9');

      expect(known.body).toMatchObject({ id: '00g2', profile: { name: 'Team: Support' } });
      expect(unknown.response.status).toBe(404);
      expect(unknown.body).toMatchObject({ errorCode: 'E0000007' });
    });
  });
});
