import type express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/adapters/memory/memory-sync-store.js';
import { createSyncEngine } from '../../src/engine/sync-engine.js';
import { createEventHookMiddleware } from '../../src/express/event-hook-middleware.js';
import { createOktaSyncRouter } from '../../src/express/okta-sync-router.js';
import { createEventHookHandler } from '../../src/hooks/event-hook-handler.js';
import type { SyncStore } from '../../src/ports/sync-store.js';
import { deliveries, fixtureText, recordingQueue } from '../hooks/hook-fixtures.js';
import { memoryDirectory } from '../hooks/memory-directory.js';
import { expressVersions, listen, type RunningApp } from './http-app.js';

const secret = 'mount-secret';

describe.each(expressVersions)('the Okta routes mounted on %s', (_, expressLib) => {
  let app: RunningApp | undefined;

  afterEach(() => app?.close());

  function routerFor(store: SyncStore, queue = recordingQueue()) {
    const engine = createSyncEngine({ store, directory: memoryDirectory() });

    return createOktaSyncRouter<express.Request>({
      engine,
      queue,
      store,
      basePath: '/okta',
      resolveTenant: (req) => {
        const tenant = req.params.tenantId;
        return typeof tenant === 'string' ? tenant : null;
      },
      hookSecretFor: () => secret,
      authorize: () => 'admin',
    });
  }

  const post = (url: string, body: string) =>
    fetch(url, {
      method: 'POST',
      headers: { authorization: secret, 'content-type': 'application/json' },
      body,
    });

  describe('when the host mounts it under a tenant path of its own', () => {
    it('takes the tenant from the mount path', async () => {
      const queue = recordingQueue();
      const host = expressLib();
      host.use('/t/:tenantId', routerFor(createMemoryStore(), queue));
      app = await listen(host);

      const response = await post(
        `${app.url}/t/umbrella/okta/event-hooks`,
        fixtureText(deliveries.create),
      );

      expect(response.status).toBe(200);
      expect(queue.jobs).toEqual([expect.objectContaining({ tenantId: 'umbrella' })]);
    });
  });

  describe('when the host parses JSON bodies before it', () => {
    it('still reads the delivery', async () => {
      const queue = recordingQueue();
      const host = expressLib();
      host.use(expressLib.json({ limit: '1mb' }));
      host.use('/t/:tenantId', routerFor(createMemoryStore(), queue));
      app = await listen(host);

      const response = await post(
        `${app.url}/t/acme/okta/event-hooks`,
        fixtureText(deliveries.batched),
      );

      expect(response.status).toBe(200);
      expect(queue.jobs).toHaveLength(1);
    });
  });

  describe('when the store fails inside an admin route', () => {
    it("passes the error to the host's error handler", async () => {
      const store = createMemoryStore();
      store.lastReport = () => Promise.reject(new Error('database down'));
      const seen: unknown[] = [];
      const host = expressLib();
      host.use('/t/:tenantId', routerFor(store));
      host.use(
        (
          error: unknown,
          _req: express.Request,
          res: express.Response,
          _next: express.NextFunction,
        ) => {
          seen.push(error);
          res.status(500).json({ host: 'error' });
        },
      );
      app = await listen(host);

      const response = await fetch(`${app.url}/t/acme/okta/status`);

      expect(response.status).toBe(500);
      expect(seen).toEqual([new Error('database down')]);
    });
  });

  describe('when one tenant is served with the hook middleware', () => {
    it('answers verification and deliveries at the mount path', async () => {
      const queue = recordingQueue();
      const handler = createEventHookHandler({ queue, tenantId: 'solo', secret });
      const host = expressLib();
      host.use('/okta/event-hooks', createEventHookMiddleware({ handler }));
      app = await listen(host);

      const verified = await fetch(`${app.url}/okta/event-hooks`, {
        headers: { 'x-okta-verification-challenge': 'abc' },
      });
      const delivered = await post(`${app.url}/okta/event-hooks`, fixtureText(deliveries.create));

      expect(await verified.json()).toEqual({ verification: 'abc' });
      expect(delivered.status).toBe(200);
      expect(queue.jobs).toEqual([expect.objectContaining({ tenantId: 'solo' })]);
    });
  });
});
