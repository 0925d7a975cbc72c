// A host's tests of its Express wiring (../express-host), over real HTTP
// on 127.0.0.1: the fake Okta org is served there too, so the app under
// test is exactly the one that runs in production, minus the database.
import {
  buildSampleDelivery,
  createFakeOrg,
  type FakeOrg,
  type FakeOrgServer,
  serveFakeOrg,
} from '@learnamp/okta-sync/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type HostApp } from '../express-host/app.js';
import type { HostUser } from '../express-host/host-session.js';
import { type ListeningApp, listen } from '../express-host/listen.js';
import { createTenantSettings } from '../express-host/tenant-settings.js';
import { oktaUser } from './okta-users.js';

const hookSecret = 'test-hook-secret';
const sessions = new Map<string, HostUser>([
  ['owner', { name: 'Olu', roles: { acme: 'owner' } }],
  ['member', { name: 'Mo', roles: { acme: 'member' } }],
]);

let org: FakeOrg;
let okta: FakeOrgServer;
let host: HostApp;
let server: ListeningApp;

beforeEach(async () => {
  org = createFakeOrg({ users: [oktaUser(), oktaUser()] });
  okta = await serveFakeOrg(org);
  const tenants = createTenantSettings({ allowHttp: true });
  tenants.save('acme', { orgUrl: okta.url, apiToken: org.token, hookSecret });
  host = createApp({ tenants, sessions });
  server = await listen(host.app);
});

afterEach(async () => {
  await server.close();
  await host.close();
  await okta.close();
});

function post(path: string, headers: Record<string, string>, body = '{}') {
  const init = { method: 'POST', headers: { 'content-type': 'application/json', ...headers } };

  return fetch(`${server.url}${path}`, { ...init, body });
}

describe('the Okta routes of our app', () => {
  describe('when an owner presses "Sync users"', () => {
    it('queues a full sync that brings everyone in', async () => {
      const response = await post('/t/acme/okta/sync', { 'x-session': 'owner' });
      await host.queue.drain();

      expect(response.status).toBe(202);
      expect(await host.store.countPeople('acme', 'active')).toBe(2);
    });
  });

  describe('when a member or nobody presses it', () => {
    it('refuses them and queues nothing', async () => {
      const member = await post('/t/acme/okta/sync', { 'x-session': 'member' });
      const nobody = await post('/t/acme/okta/sync', {});
      await host.queue.drain();

      expect([member.status, nobody.status]).toEqual([403, 401]);
      expect(host.queue.completed()).toBe(0);
    });
  });

  describe('when Okta delivers a new joiner with the shared secret', () => {
    it('creates the person', async () => {
      const joiner = oktaUser({ firstName: 'Ada' });
      org.addUser(joiner);
      const delivery = buildDelivery('user.lifecycle.create', joiner.id);

      const response = await post(
        '/t/acme/okta/event-hooks',
        { authorization: hookSecret },
        delivery,
      );
      await host.queue.drain();

      expect(response.status).toBe(200);
      const [created] = await host.store.findPeopleByOktaIds('acme', [joiner.id]);
      expect(created?.status).toBe('active');
    });
  });

  describe('when a delivery carries the wrong secret', () => {
    it('answers 401 and queues nothing', async () => {
      const delivery = buildDelivery('user.lifecycle.create', 'whoever');

      const response = await post('/t/acme/okta/event-hooks', { authorization: 'guess' }, delivery);
      await host.queue.drain();

      expect(response.status).toBe(401);
      expect(host.queue.completed()).toBe(0);
    });
  });

  describe('when an admin saves an org URL that is not an Okta org', () => {
    it("answers 400 with the library's error code", async () => {
      const settings = { orgUrl: 'https://example.com', apiToken: 't', hookSecret: 's' };

      const response = await fetch(`${server.url}/t/acme/integrations/okta`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'x-session': 'owner' },
        body: JSON.stringify(settings),
      });

      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: 'ERR_ORG_URL_INVALID' });
    });
  });

  describe('when an admin opens the settings page', () => {
    it('shows the hook URL to give Okta, and never the secrets', async () => {
      const response = await fetch(`${server.url}/t/acme/integrations/okta`, {
        headers: { 'x-session': 'owner' },
      });
      const text = await response.text();

      expect(JSON.parse(text)).toEqual({
        connected: true,
        orgUrl: okta.url,
        hookUrl: `${server.url}/t/acme/okta/event-hooks`,
      });
      expect(text).not.toContain(org.token);
      expect(text).not.toContain(hookSecret);
    });
  });
});

function buildDelivery(eventType: string, userId: string): string {
  return JSON.stringify(buildSampleDelivery([{ eventType, userId }]));
}
