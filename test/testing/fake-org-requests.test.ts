import { describe, expect, it } from 'vitest';
import type { OktaUser } from '../../src/okta/okta-user.js';
import { createFakeOrg, type FakeOrg, handleRequest } from '../../src/testing/fake-org/index.js';
import { linkOf, makeUser } from './fake-org-helpers.js';

const ORIGIN = 'https://fake.okta.test';

function handMadeOrg(): FakeOrg {
  return createFakeOrg({
    token: 'secret',
    users: [
      makeUser('00u1', 'ACTIVE', '2026-01-01T00:00:00.000Z'),
      makeUser('00u2', 'DEPROVISIONED', '2026-01-02T00:00:00.000Z'),
      makeUser('00u3', 'LOCKED_OUT', '2026-01-03T00:00:00.000Z'),
      makeUser('00u4', 'RECOVERY', '2026-01-04T00:00:00.000Z'),
      makeUser('00u5', 'DEPROVISIONED', '2026-01-05T00:00:00.000Z'),
    ],
  });
}

function send(org: FakeOrg, path: string, init: RequestInit = {}): Promise<Response> {
  const headers = { Authorization: `SSWS ${org.token}` };

  return handleRequest(org, new Request(`${ORIGIN}${path}`, { headers, ...init }));
}

async function idsOf(response: Response): Promise<string[]> {
  return ((await response.json()) as OktaUser[]).map((user) => user.id);
}

function query(name: 'filter' | 'search', expression: string, extra = ''): string {
  return `/api/v1/users?${name}=${encodeURIComponent(expression)}${extra}`;
}

describe('handleRequest', () => {
  describe('when filtering', () => {
    it('compares lastUpdated with gt, ge, lt and le', async () => {
      const org = handMadeOrg();
      const after = query('filter', 'lastUpdated gt "2026-01-03T00:00:00.000Z"');
      const through = query('filter', 'lastUpdated le "2026-01-03T00:00:00.000Z"');

      expect(await idsOf(await send(org, after))).toEqual(['00u4', '00u5']);
      expect(await idsOf(await send(org, through))).toEqual(['00u1', '00u2', '00u3']);
    });

    it('joins with and, or and parentheses, and keeps values case-sensitive', async () => {
      const org = handMadeOrg();
      const expression =
        'lastUpdated ge "2026-01-02T00:00:00.000Z"' +
        ' and (status eq "LOCKED_OUT" or status eq "RECOVERY")';

      expect(await idsOf(await send(org, query('filter', expression)))).toEqual(['00u3', '00u4']);
      expect(await idsOf(await send(org, query('filter', 'status eq "active"')))).toEqual([]);
    });

    it('refuses what Okta filters cannot do with 400 E0000031', async () => {
      const org = handMadeOrg();
      const refused = [
        'profile.department eq "Sales"',
        'status gt "A"',
        'not status eq "ACTIVE"',
        'status eq ACTIVE',
        '(status eq "ACTIVE"',
        'lastUpdated gt "yesterday"',
      ];

      for (const expression of refused) {
        const response = await send(org, query('filter', expression));

        expect(response.status).toBe(400);
        expect(await response.json()).toMatchObject({ errorCode: 'E0000031' });
      }
    });
  });

  describe('when searching', () => {
    it('ignores case in values and includes DEPROVISIONED users', async () => {
      const org = handMadeOrg();
      const response = await send(org, query('search', 'status eq "deprovisioned"'));

      expect(await idsOf(response)).toEqual(['00u2', '00u5']);
    });

    it('matches profile attributes with sw', async () => {
      const org = handMadeOrg();
      const response = await send(org, query('search', 'profile.login sw "00U4@"'));

      expect(await idsOf(response)).toEqual(['00u4']);
    });
  });

  describe('when a filtered page ends exactly at the last match', () => {
    it('sends no next link, so no empty page follows', async () => {
      const org = handMadeOrg();
      const response = await send(org, query('filter', 'status eq "DEPROVISIONED"', '&limit=2'));

      expect(await idsOf(response)).toEqual(['00u2', '00u5']);
      expect(linkOf(response, 'next')).toBeNull();
    });
  });

  describe('when the paging parameters are odd', () => {
    it('caps limit at 200 and refuses limit 0 or a forged cursor', async () => {
      const org = createFakeOrg({ people: 300, seed: 'limits' });

      expect(await idsOf(await send(org, '/api/v1/users?limit=1000'))).toHaveLength(200);
      expect((await send(org, '/api/v1/users?limit=0')).status).toBe(400);
      expect((await send(org, '/api/v1/users?after=00uSomeId')).status).toBe(400);
    });
  });

  describe('when the request is not a GET', () => {
    it('answers 405 with an Okta body', async () => {
      const response = await send(handMadeOrg(), '/api/v1/users', { method: 'POST' });

      expect(response.status).toBe(405);
      expect(await response.json()).toMatchObject({ errorCode: 'E0000022' });
    });
  });

  describe('when a user is fetched by login', () => {
    it('finds them ignoring case, as Okta does', async () => {
      const response = await send(handMadeOrg(), '/api/v1/users/00U3%40EXAMPLE.COM');

      expect(((await response.json()) as OktaUser).id).toBe('00u3');
    });
  });

  describe('when requests are answered', () => {
    it('counts and logs them, failures included', async () => {
      const org = handMadeOrg();
      await send(org, '/api/v1/users?limit=2');
      await handleRequest(org, new Request(`${ORIGIN}/api/v1/users/00u1`));

      expect(org.requestCount).toBe(2);
      expect(org.requestLog).toEqual(['GET /api/v1/users?limit=2', 'GET /api/v1/users/00u1']);
    });
  });
});
