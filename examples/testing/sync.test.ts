// A host's tests of its sync wiring, with no network at all: the fake
// Okta org answers through msw at acme.okta.com, the store and queue are
// the in-memory ones, and the real Okta SDK does the reading.
import {
  createEventHookHandler,
  createMemoryQueue,
  createMemoryStore,
  createOktaDirectory,
  createSyncEngine,
  exportTenant,
  type SyncStore,
} from '@learnamp/okta-sync';
import {
  buildSampleDelivery,
  checkAgainstManifest,
  createFakeOrg,
  createFakeOrgHandlers,
  type FakeOrg,
} from '@learnamp/okta-sync/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { oktaUser } from './okta-users.js';

const orgUrl = 'https://acme.okta.com';
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** The host's engine over `store`, reading `org` as if it were Okta. */
async function engineFor(org: FakeOrg, store: SyncStore) {
  server.use(...(await createFakeOrgHandlers(org, orgUrl)));

  return createSyncEngine({ store, directory: createOktaDirectory({ orgUrl, token: org.token }) });
}

describe('our Okta sync', () => {
  describe('when a tenant first syncs a generated org', () => {
    it('creates exactly the people the org manifest expects', async () => {
      const org = createFakeOrg({ people: 120, seed: 'host-tests' });
      const store = createMemoryStore();
      const engine = await engineFor(org, store);

      const report = await engine.fullSync({ tenantId: 'acme' });

      const mismatches = checkAgainstManifest(
        org.manifest!,
        report,
        await exportTenant(store, 'acme'),
      );
      expect(mismatches).toEqual([]);
    });
  });

  describe('when someone already has an account on the platform', () => {
    it('links them by email instead of creating a second account', async () => {
      const grace = oktaUser({ email: 'Grace@Corp.example', firstName: 'Grace' });
      const store = createMemoryStore();
      const account = await store.addHostPerson('acme', {
        email: 'grace@corp.example',
        fullName: 'Grace H.',
      });
      const engine = await engineFor(createFakeOrg({ users: [grace] }), store);

      const report = await engine.fullSync({ tenantId: 'acme' });

      expect(report.counts).toMatchObject({ linked: 1, created: 0 });
      const [linked] = await store.findPeopleByOktaIds('acme', [grace.id]);
      expect(linked?.id).toBe(account.id);
    });
  });

  describe('when Okta delivers the event of a new joiner', () => {
    it('creates them, and tells our welcome-email listener', async () => {
      const org = createFakeOrg({ users: [oktaUser()] });
      const store = createMemoryStore();
      const engine = await engineFor(org, store);
      await engine.fullSync({ tenantId: 'acme' });
      const welcomed: string[] = [];
      engine.events.on('person:created', (person) => welcomed.push(person.oktaId));

      const joiner = oktaUser({ firstName: 'Ada' });
      org.addUser(joiner);
      const queue = createMemoryQueue({ worker: (job) => engine.runJob(job) });
      const hook = createEventHookHandler({ queue, tenantId: 'acme', secret: 'hook-secret' });
      const delivery = buildSampleDelivery([
        { eventType: 'user.lifecycle.create', userId: joiner.id },
      ]);
      const answer = await hook.handle({
        method: 'POST',
        headers: { authorization: 'hook-secret' },
        body: JSON.stringify(delivery),
      });
      await queue.drain();

      expect(answer.status).toBe(200);
      expect(welcomed).toEqual([joiner.id]);
      const [created] = await store.findPeopleByOktaIds('acme', [joiner.id]);
      expect(created).toMatchObject({ fullName: `Ada ${joiner.profile.lastName}` });
    });
  });
});
