import { request as httpRequest } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/adapters/memory/memory-sync-store.js';
import { createSyncEngine } from '../../src/engine/sync-engine.js';
import { createOktaSyncRouter, type HostRole } from '../../src/express/okta-sync-router.js';
import type { SetupSettings } from '../../src/oidc/setup-settings.js';
import type { OktaDirectory } from '../../src/okta/okta-directory.js';
import { listen, type RunningApp } from '../express/http-app.js';
import { recordingQueue } from '../hooks/hook-fixtures.js';
import { memoryDirectory, oktaUser } from '../hooks/memory-directory.js';

// The caller is an admin of acme only; globex is another customer, whose
// last run holds a marker that must never reach acme's admin.
const marker = 'GLOBEX-PRIVATE-4242';

interface Seen {
  authorized: string[];
  settingsFor: string[];
  checked: SetupSettings[];
  directories: string[];
}

/** The host's rule: a role in the tenant the session belongs to, none elsewhere. */
function roleOf(req: express.Request, tenantId: string): HostRole {
  const session = req.header('x-session');
  if (session === undefined) return null;

  return session === `${tenantId}:admin` ? 'admin' : 'none';
}

describe('the router between tenants', () => {
  let app: RunningApp;
  let queue: ReturnType<typeof recordingQueue>;
  let seen: Seen;

  beforeAll(async () => {
    const store = createMemoryStore();
    const directories = new Map<string, OktaDirectory>([
      ['acme', memoryDirectory([oktaUser('00uACME1', 'Ada')])],
      ['globex', memoryDirectory([oktaUser('00uGLBX1', marker)])],
    ]);
    const engine = createSyncEngine({
      store,
      directory: (tenantId: string) => {
        seen.directories.push(tenantId);
        return directories.get(tenantId) as OktaDirectory;
      },
    });
    seen = { authorized: [], settingsFor: [], checked: [], directories: [] };
    await engine.fullSync({ tenantId: 'globex' });
    queue = recordingQueue();

    const router = createOktaSyncRouter<express.Request>({
      engine,
      queue,
      store,
      hookSecretFor: () => 'secret',
      authorize: (req, tenantId) => {
        seen.authorized.push(tenantId);
        return roleOf(req, tenantId);
      },
      settingsFor: (tenantId) => {
        seen.settingsFor.push(tenantId);
        return { orgUrl: `https://${tenantId}.okta.com`, token: marker };
      },
      checkSetup: async (settings) => {
        seen.checked.push(settings);
        return { ok: true, findings: [] };
      },
    });
    const host = express();
    host.use(router);
    app = await listen(host);
  });

  afterAll(() => app.close());

  beforeEach(() => {
    seen = { authorized: [], settingsFor: [], checked: [], directories: [] };
    queue.jobs.length = 0;
  });

  const asAcmeAdmin = { 'x-session': 'acme:admin', 'content-type': 'application/json' };
  const calls = [
    ['POST', 'sync', '{"force":true}'],
    ['GET', 'status', undefined],
    ['GET', 'plan', undefined],
    ['POST', 'settings/check', '{"token":"typed-token"}'],
  ] as const;

  /** An admin route of `tenant`, called by acme's admin. */
  async function call(tenant: string, method: string, route: string, body?: string) {
    const url = `${app.url}/tenants/${tenant}/okta/${route}`;
    const init = { method, headers: asAcmeAdmin, ...(body === undefined ? {} : { body }) };
    const response = await fetch(url, init);

    return { response, text: await response.text() };
  }

  describe.each(calls)('%s %s of another tenant', (method, route, body) => {
    it('is refused with 403, and nothing of that tenant is read, queued or run', async () => {
      const { response, text } = await call('globex', method, route, body);

      expect(response.status).toBe(403);
      expect(text).not.toContain(marker);
      expect(seen.authorized).toEqual(['globex']);
      expect(queue.jobs).toEqual([]);
      expect(seen).toMatchObject({ settingsFor: [], checked: [], directories: [] });
    });
  });

  describe.each(calls)('%s %s of the caller’s own tenant', (method, route, body) => {
    it('is served for that tenant only', async () => {
      const { response, text } = await call('acme', method, route, body);

      expect(response.status).toBeLessThan(300);
      expect(text).not.toContain(marker);
      expect(seen.authorized).toEqual(['acme']);
      expect(queue.jobs.every((job) => job.tenantId === 'acme')).toBe(true);
      expect(seen.settingsFor.every((tenantId) => tenantId === 'acme')).toBe(true);
      expect(seen.directories.every((tenantId) => tenantId === 'acme')).toBe(true);
    });
  });

  describe('a tenant segment that tries to climb into another tenant', () => {
    // The router takes the segment whole (decoded), so the host is asked
    // about a tenant that is neither; `..` is sent as written.
    it.each([
      '/tenants/acme%2F..%2Fglobex/okta/sync',
      '/tenants/acme%2Fglobex/okta/sync',
      '/tenants/acme/../globex/okta/sync',
      '/tenants/%61cme%00/okta/sync',
    ])('%s queues nothing for anyone', async (path) => {
      const status = await rawPost(app.url, path, asAcmeAdmin);

      expect([403, 404]).toContain(status);
      expect(queue.jobs).toEqual([]);
      expect(seen.authorized.every((tenantId) => tenantId !== 'acme')).toBe(true);
    });
  });

  describe('a caller signed in nowhere', () => {
    it('is asked to sign in (401) and nothing is queued', async () => {
      const response = await fetch(`${app.url}/tenants/globex/okta/sync`, { method: 'POST' });

      expect(response.status).toBe(401);
      expect(queue.jobs).toEqual([]);
    });
  });
});

/** A POST sent as written: fetch would resolve `..` before sending. */
function rawPost(base: string, path: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(base);
    const options = { hostname, port, path, method: 'POST', headers };
    const req = httpRequest(options, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.once('error', reject);
    req.end('{}');
  });
}
