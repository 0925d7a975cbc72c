import { get as httpGet } from 'node:http';
import { Client } from '@okta/okta-sdk-nodejs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OktaUser } from '../../src/okta/okta-user.js';
import { type RunningFakeOrg, startFakeOrgServer } from '../../src/testing/fake-org/index.js';
import { followListing, linkOf } from './fake-org-helpers.js';

function rawHeaders(url: string, token: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const request = httpGet(url, { headers: { Authorization: `SSWS ${token}` } }, (response) => {
      response.resume();
      resolve(response.rawHeaders);
    });
    request.on('error', reject);
  });
}

describe('startFakeOrgServer', () => {
  let running: RunningFakeOrg;
  let current: number;

  beforeAll(async () => {
    running = await startFakeOrgServer({ people: 450, seed: 'http' });
    current = 450 - running.manifest.expected.ignored;
  });

  afterAll(async () => {
    await running.close();
  });

  function get(path: string, token = running.token): Promise<Response> {
    return fetch(`${running.url}${path}`, { headers: { Authorization: `SSWS ${token}` } });
  }

  describe('when a client pages through the plain list', () => {
    it('serves every current user in 3 pages by following Link', async () => {
      const listing = await followListing(`${running.url}/api/v1/users`, running.token);
      const ids = new Set(listing.users.map((user) => user.id));

      expect(listing.pages).toHaveLength(3);
      expect(ids.size).toBe(current);
      expect(listing.users.every((user) => user.status !== 'DEPROVISIONED')).toBe(true);
    });

    it('advertises absolute Link URLs on 127.0.0.1 that keep the limit', async () => {
      const listing = await followListing(`${running.url}/api/v1/users?limit=200`, running.token);

      expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(listing.links.every((link) => link.startsWith(`${running.url}/api/v1/users?`))).toBe(
        true,
      );
      expect(listing.links.every((link) => link.includes('limit=200'))).toBe(true);
    });

    it('sends self and next as separate Link lines', async () => {
      const raw = await rawHeaders(`${running.url}/api/v1/users?limit=5`, running.token);
      const links = raw.filter(
        (_, index) => index % 2 === 1 && raw[index - 1]?.toLowerCase() === 'link',
      );

      expect(links).toHaveLength(2);
      expect(links[0]).toMatch(
        /^<http:\/\/127\.0\.0\.1:\d+\/api\/v1\/users\?limit=5>; rel="self"$/,
      );
      expect(links[1]).toMatch(/; rel="next"$/);
    });

    it('rewrites self links to the server origin', async () => {
      const [user] = (await (await get('/api/v1/users?limit=1')).json()) as {
        id: string;
        _links: { self: { href: string } };
      }[];

      expect(user?._links.self.href).toBe(`${running.url}/api/v1/users/${user?.id}`);
    });

    it('stops without a next link on the last page', async () => {
      const response = await get('/api/v1/users?limit=200');
      const second = await fetch(linkOf(response, 'next') ?? '', {
        headers: { Authorization: `SSWS ${running.token}` },
      });
      const third = await fetch(linkOf(second, 'next') ?? '', {
        headers: { Authorization: `SSWS ${running.token}` },
      });

      expect(linkOf(third, 'next')).toBeNull();
      expect(((await third.json()) as unknown[]).length).toBe(current - 400);
    });
  });

  describe('when the token is wrong', () => {
    it('answers 401 with E0000011', async () => {
      const response = await get('/api/v1/users', 'wrong-token');
      const body = (await response.json()) as { errorCode: string; errorSummary: string };

      expect(response.status).toBe(401);
      expect(body).toMatchObject({ errorCode: 'E0000011', errorSummary: 'Invalid token provided' });
    });
  });

  describe('when DEPROVISIONED users are wanted', () => {
    it('returns them only through a status filter', async () => {
      const filter = encodeURIComponent('status eq "DEPROVISIONED"');
      const listing = await followListing(
        `${running.url}/api/v1/users?filter=${filter}`,
        running.token,
      );

      expect(listing.users).toHaveLength(running.manifest.expected.ignored);
      expect(listing.users.every((user) => user.status === 'DEPROVISIONED')).toBe(true);
    });
  });

  describe('when one user is fetched', () => {
    it('returns the user by id', async () => {
      const [first] = running.org.users.values();
      const response = await get(`/api/v1/users/${first?.id}`);
      const body = (await response.json()) as OktaUser;

      expect(response.status).toBe(200);
      expect(body.id).toBe(first?.id);
    });

    it('answers 404 with E0000007 for an unknown id', async () => {
      const response = await get('/api/v1/users/00uDOESNOTEXIST000000');
      const body = (await response.json()) as { errorCode: string };

      expect(response.status).toBe(404);
      expect(body.errorCode).toBe('E0000007');
    });
  });

  describe('when any response is inspected', () => {
    it('carries Okta headers', async () => {
      const first = await get('/api/v1/users?limit=1');
      const second = await get('/api/v1/nowhere');
      const requestIds = [first, second].map((response) =>
        response.headers.get('x-okta-request-id'),
      );

      expect(second.status).toBe(404);

      for (const response of [first, second]) {
        expect(response.headers.get('content-type')).toBe('application/json');
        expect(Date.parse(response.headers.get('date') ?? '')).not.toBeNaN();
        expect(response.headers.get('x-rate-limit-limit')).toBe('600');
        expect(Number(response.headers.get('x-rate-limit-remaining'))).toBeGreaterThanOrEqual(0);
        expect(response.headers.get('x-rate-limit-reset')).toMatch(/^\d{10}$/);
      }

      expect(new Set(requestIds).size).toBe(2);
    });
  });

  describe('when the official Okta SDK lists users', () => {
    it('iterates every non-DEPROVISIONED user', async () => {
      const client = new Client({
        orgUrl: running.url,
        token: running.token,
        cacheMiddleware: null,
      });
      const ids: string[] = [];

      for await (const user of await client.userApi.listUsers({ limit: 200 })) {
        if (user?.id !== undefined) {
          ids.push(user.id);
        }
      }

      expect(new Set(ids).size).toBe(current);
    });
  });
});
