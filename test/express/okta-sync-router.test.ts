import type express from 'express';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/adapters/memory/memory-sync-store.js';
import { createSyncEngine } from '../../src/engine/sync-engine.js';
import { createOktaSyncRouter } from '../../src/express/okta-sync-router.js';
import type { SetupSettings } from '../../src/oidc/setup-settings.js';
import { deliveries, fixtureText, fixtureUserId, recordingQueue } from '../hooks/hook-fixtures.js';
import { memoryDirectory, oktaUser } from '../hooks/memory-directory.js';
import { expressVersions, listen, type RunningApp } from './http-app.js';

const secrets: Record<string, string> = { acme: 'acme-secret', globex: 'globex-secret' };
const challenge = JSON.parse(fixtureText('event-hook-verification.DERIVED.json')).request.headers[
  'x-okta-verification-challenge'
];

describe.each(expressVersions)('createOktaSyncRouter on %s', (_, expressLib) => {
  let app: RunningApp;
  let queue: ReturnType<typeof recordingQueue>;
  let checked: SetupSettings[];
  let store: ReturnType<typeof createMemoryStore>;
  let engine: ReturnType<typeof createSyncEngine>;
  const directory = memoryDirectory([oktaUser('00uPLAN1', 'Planner')]);

  beforeEach(async () => {
    store = createMemoryStore();
    engine = createSyncEngine({ store, directory });
    queue = recordingQueue();
    checked = [];
    const router = createOktaSyncRouter<express.Request>({
      engine,
      queue,
      store,
      maxBodyBytes: 32 * 1024,
      hookSecretFor: (tenantId) => secrets[tenantId] ?? null,
      authorize: (req) => req.header('x-role') ?? null,
      settingsFor: (tenantId) => ({
        orgUrl: 'https://acme.okta.com',
        token: 'saved-token',
        hookUrl: `https://learn.example.com/tenants/${tenantId}/okta/event-hooks`,
      }),
      checkSetup: async (settings) => {
        checked.push(settings);
        return { ok: true, findings: [] };
      },
    });
    const host = expressLib();
    host.use(router);
    host.use((_req: express.Request, res: express.Response) => {
      res.status(404).json({ host: 'not found' });
    });
    app = await listen(host);
  });

  afterEach(() => app.close());

  const hook = (tenant: string) => `${app.url}/tenants/${tenant}/okta/event-hooks`;
  const deliver = (tenant: string, secret: string, body: string) =>
    fetch(hook(tenant), {
      method: 'POST',
      headers: { authorization: secret, 'content-type': 'application/json' },
      body,
    });

  describe('when Okta verifies a tenant hook', () => {
    it('answers the challenge', async () => {
      const response = await fetch(hook('acme'), {
        headers: { 'x-okta-verification-challenge': challenge },
      });

      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ verification: challenge });
    });
  });

  describe('when Okta delivers events with the tenant secret', () => {
    it.each(Object.values(deliveries))('answers 200 to %s', async (fixture) => {
      const response = await deliver('acme', secrets.acme!, fixtureText(fixture));

      expect(response.status).toBe(200);
      expect(await response.text()).toBe('');
    });

    it("queues the target user's job for that tenant", async () => {
      await deliver('acme', secrets.acme!, fixtureText(deliveries.groupAdd));

      expect(queue.jobs).toEqual([
        expect.objectContaining({ kind: 'sync-person', tenantId: 'acme', oktaId: fixtureUserId }),
      ]);
    });
  });

  describe('when two tenants swap secrets', () => {
    it('answers 401 and queues nothing for either', async () => {
      const body = fixtureText(deliveries.batched);

      const intoAcme = await deliver('acme', secrets.globex!, body);
      const intoGlobex = await deliver('globex', secrets.acme!, body);

      expect([intoAcme.status, intoGlobex.status]).toEqual([401, 401]);
      expect(queue.jobs).toEqual([]);
    });
  });

  describe('when the hook request is bad', () => {
    it('answers 404 for a tenant without a hook', async () => {
      const response = await deliver('initech', 'any', fixtureText(deliveries.create));

      expect(response.status).toBe(404);
    });

    it('answers 413 to a body over the limit, and queues nothing', async () => {
      const big = JSON.stringify({ data: { events: [] }, pad: 'x'.repeat(64 * 1024) });

      const response = await deliver('acme', secrets.acme!, big);

      expect(response.status).toBe(413);
      expect(queue.jobs).toEqual([]);
    });

    it('answers 400 with a reason to garbage', async () => {
      const response = await deliver('acme', secrets.acme!, '<xml/>');

      expect(response.status).toBe(400);
      expect(((await response.json()) as { reason: string }).reason).toMatch(/not JSON/);
    });
  });

  describe('when an admin route is called', () => {
    const admin = (path: string, role: string | null, init: RequestInit = {}) =>
      fetch(`${app.url}/tenants/acme/okta/${path}`, {
        ...init,
        headers: { ...(role ? { 'x-role': role } : {}), 'content-type': 'application/json' },
      });

    it('answers 401 when nobody is signed in', async () => {
      const response = await admin('sync', null, { method: 'POST' });

      expect(response.status).toBe(401);
      expect(queue.jobs).toEqual([]);
    });

    it('answers 403 to a member', async () => {
      const response = await admin('status', 'member');

      expect(response.status).toBe(403);
    });

    it('queues a full sync for an admin', async () => {
      const response = await admin('sync', 'admin', { method: 'POST' });

      expect(response.status).toBe(202);
      expect(queue.jobs).toEqual([{ kind: 'full-sync', tenantId: 'acme' }]);
    });

    it('queues a forced full sync when an owner asks for one', async () => {
      await admin('sync', 'owner', { method: 'POST', body: '{"force":true}' });

      expect(queue.jobs).toEqual([{ kind: 'full-sync', tenantId: 'acme', force: true }]);
    });

    it('shows the last report and whether a sync runs', async () => {
      await engine.fullSync({ tenantId: 'acme' });

      const response = await admin('status', 'owner');

      expect(response.status).toBe(200);
      const status = (await response.json()) as { lastReport: unknown };
      expect(status).toMatchObject({ tenantId: 'acme', running: false });
      expect(status.lastReport).toMatchObject({ tenantId: 'acme', status: 'succeeded' });
    });

    it('previews a sync without writing', async () => {
      const response = await admin('plan', 'admin');

      const plan = (await response.json()) as { preview: unknown };
      expect(plan).toMatchObject({ dryRun: true, tenantId: 'acme' });
      expect(Array.isArray(plan.preview)).toBe(true);
    });

    it('checks the settings sent over the saved ones, with the saved hook URL', async () => {
      const body = JSON.stringify({ issuer: 'https://acme.okta.com', clientId: '0oa1' });

      const response = await admin('settings/check', 'admin', { method: 'POST', body });

      expect(await response.json()).toEqual({ ok: true, findings: [] });
      expect(checked).toEqual([
        {
          orgUrl: 'https://acme.okta.com',
          token: 'saved-token',
          hookUrl: 'https://learn.example.com/tenants/acme/okta/event-hooks',
          issuer: 'https://acme.okta.com',
          clientId: '0oa1',
        },
      ]);
    });

    it('answers 400 to settings that are not strings', async () => {
      const response = await admin('settings/check', 'admin', {
        method: 'POST',
        body: '{"issuer": 42}',
      });

      expect(response.status).toBe(400);
      expect(checked).toEqual([]);
    });

    it('answers 405 to the wrong method', async () => {
      const response = await admin('sync', 'admin');

      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
    });
  });

  describe('when the path is not one of its routes', () => {
    it("passes the request on to the host's own routes", async () => {
      const response = await fetch(`${app.url}/tenants/acme/billing`);

      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ host: 'not found' });
    });
  });
});
