import express from 'express';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryQueue } from '../../src/adapters/memory/memory-sync-queue.js';
import { createMemoryStore } from '../../src/adapters/memory/memory-sync-store.js';
import { createSyncEngine } from '../../src/engine/sync-engine.js';
import { createOktaSyncRouter } from '../../src/express/okta-sync-router.js';
import { buildSampleDelivery } from '../../src/hooks/sample-delivery.js';
import { createOktaDirectory } from '../../src/okta/sdk-okta-directory.js';
import { createFakeOrg, createFakeOrgHandlers } from '../../src/testing/fake-org/index.js';
import { listen, type RunningApp } from '../express/http-app.js';

const orgUrl = 'https://acme.okta.com';
const sentinels = {
  token: 'sentinel-token-router-7c1f0e',
  hook: 'Basic sentinel-hook-secret-5b2a',
  clientSecret: 'sentinel-client-secret-90d4',
  wrongToken: 'sentinel-wrong-token-2f6e',
};
const org = createFakeOrg({ people: 30, seed: 'router-secrets', token: sentinels.token });
// Okta is msw at acme.okta.com; the router itself listens on 127.0.0.1.
const okta = setupServer();
const seen: string[] = [];
let app: RunningApp;

beforeAll(async () => {
  okta.use(...(await createFakeOrgHandlers(org, orgUrl)));
  okta.listen({
    onUnhandledRequest(request, print) {
      if (new URL(request.url).hostname !== '127.0.0.1') print.error();
    },
  });
  const store = createMemoryStore();
  const directory = createOktaDirectory({ orgUrl, token: sentinels.token });
  const engine = createSyncEngine({ store, directory });
  const queue = createMemoryQueue({ worker: (job) => engine.runJob(job) });
  const host = express();
  host.use(
    createOktaSyncRouter<express.Request>({
      engine,
      queue,
      store,
      hookSecretFor: () => sentinels.hook,
      authorize: (req) => req.header('x-role') ?? null,
      settingsFor: () => ({
        orgUrl,
        token: sentinels.token,
        issuer: orgUrl,
        clientId: '0oaRouterApp',
        clientSecret: sentinels.clientSecret,
      }),
    }),
  );
  app = await listen(host);
});

afterAll(async () => {
  await app.close();
  okta.close();
});

/** Calls one route and keeps everything it answered. */
async function call(path: string, init: RequestInit = {}) {
  const response = await fetch(`${app.url}/tenants/acme${path}`, init);
  const headers = JSON.stringify([...response.headers.entries()]);
  const body = await response.text();
  seen.push(`${path} ${response.status} ${headers} ${body}`);

  return response.status;
}

const admin = { 'x-role': 'admin', 'content-type': 'application/json' };
const delivery = JSON.stringify(
  buildSampleDelivery([{ eventType: 'user.lifecycle.create', userId: '00uNOBODY' }]),
);

describe('every router route with sentinel secrets', () => {
  it('answers each route and failure path without a secret in any answer', async () => {
    const statuses = [
      await call('/okta/event-hooks', { headers: { 'x-okta-verification-challenge': 'c-1' } }),
      await call('/okta/event-hooks', {
        method: 'POST',
        headers: { authorization: 'wrong' },
        body: delivery,
      }),
      await call('/okta/event-hooks', {
        method: 'POST',
        headers: { authorization: sentinels.hook },
        body: '{not json',
      }),
      await call('/okta/event-hooks', {
        method: 'POST',
        headers: { authorization: sentinels.hook },
        body: delivery,
      }),
      await call('/okta/sync', { method: 'POST' }),
      await call('/okta/sync', { method: 'POST', headers: { 'x-role': 'learner' } }),
      await call('/okta/sync', { method: 'POST', headers: admin }),
      await call('/okta/status', { headers: admin }),
      await call('/okta/plan', { headers: admin }),
      await call('/okta/settings/check', { method: 'POST', headers: admin, body: '{}' }),
      await call('/okta/settings/check', {
        method: 'POST',
        headers: admin,
        body: JSON.stringify({ token: sentinels.wrongToken, clientSecret: sentinels.wrongToken }),
      }),
    ];

    expect(statuses.slice(0, 7)).toEqual([200, 401, 400, 200, 401, 403, 202]);
    expect(statuses.slice(7).every((status) => status < 500)).toBe(true);
    const everything = seen.join('\n');
    for (const secret of Object.values(sentinels)) {
      expect(everything).not.toContain(secret);
    }
  });
});
