import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createFakeOrg,
  createFakeOrgHandlers,
  type FakeOrg,
  type FakeOrgServer,
  serveFakeOrg,
} from '../../src/testing/fake-org/index.js';
import { followListing } from './fake-org-helpers.js';

const ORG_URL = 'https://acme.okta.com';

describe('createFakeOrgHandlers', () => {
  const org: FakeOrg = createFakeOrg({ people: 450, seed: 'msw' });
  const current = 450 - (org.manifest?.expected.ignored ?? 0);
  const server = setupServer();
  // A real local server stands in for "some other origin": if msw ever let
  // an unhandled request through, it would still stay on this machine.
  const bystanderOrg = createFakeOrg({ people: 5, seed: 'other' });
  let bystander: FakeOrgServer;

  beforeAll(async () => {
    server.use(...(await createFakeOrgHandlers(org, ORG_URL)));
    server.listen({ onUnhandledRequest: 'error' });
    bystander = await serveFakeOrg(bystanderOrg);
  });

  afterAll(async () => {
    server.close();
    await bystander.close();
  });

  describe('when a client pages through the org', () => {
    it('serves every current user in 3 pages with absolute links on the org', async () => {
      const listing = await followListing(`${ORG_URL}/api/v1/users`, org.token);

      expect(listing.pages).toHaveLength(3);
      expect(new Set(listing.users.map((user) => user.id)).size).toBe(current);
      expect(listing.links.every((link) => link.startsWith(`${ORG_URL}/api/v1/users`))).toBe(true);
    });
  });

  describe('when the token is wrong', () => {
    it('answers 401 with E0000011', async () => {
      const response = await fetch(`${ORG_URL}/api/v1/users`, {
        headers: { Authorization: 'SSWS nope' },
      });

      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ errorCode: 'E0000011' });
    });
  });

  describe('when one user is fetched', () => {
    it('returns it by id with a self link on the org, and 404 otherwise', async () => {
      const [first] = org.users.values();
      const headers = { Authorization: `SSWS ${org.token}` };
      const found = await fetch(`${ORG_URL}/api/v1/users/${first?.id}`, { headers });
      const missing = await fetch(`${ORG_URL}/api/v1/users/00uMISSING`, { headers });

      expect(await found.json()).toMatchObject({
        id: first?.id,
        _links: { self: { href: `${ORG_URL}/api/v1/users/${first?.id}` } },
      });
      expect(missing.status).toBe(404);
      expect(await missing.json()).toMatchObject({ errorCode: 'E0000007' });
    });
  });

  describe('when a request goes to another origin', () => {
    // msw prints "intercepted a request without a matching request handler"
    // here: that is the behaviour under test.
    it('does not intercept it, and msw refuses it', async () => {
      const before = org.requestCount;
      const request = fetch(`${bystander.url}/api/v1/users`, {
        headers: { Authorization: `SSWS ${org.token}` },
      });

      await expect(request).rejects.toThrow();
      expect(org.requestCount).toBe(before);
      expect(bystanderOrg.requestCount).toBe(0);
    });
  });
});
