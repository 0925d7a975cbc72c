import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/adapters/memory/memory-sync-store.js';
import { exportTenant } from '../../src/engine/export-people.js';
import { createSyncEngine } from '../../src/engine/sync-engine.js';
import type { OktaUser } from '../../src/okta/okta-user.js';
import { createOktaDirectory } from '../../src/okta/sdk-okta-directory.js';
import { createFakeOrg, createFakeOrgHandlers } from '../../src/testing/fake-org/index.js';
import { oktaUser } from '../support/list-directory.js';

const orgUrl = 'https://acme.okta.com';
const tenantId = 'acme';
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Serves `users` as acme.okta.com through msw and wires the real SDK to it. */
async function serve(users: OktaUser[]) {
  const org = createFakeOrg({ users });
  server.use(...(await createFakeOrgHandlers(org, orgUrl)));
  const directory = createOktaDirectory({ orgUrl, token: org.token });
  const store = createMemoryStore();
  const engine = createSyncEngine({ store, directory });
  const sync = () => engine.fullSync({ tenantId });
  const people = async () => (await exportTenant(store, tenantId)).people;

  return { org, store, sync, people };
}

describe('a full sync through the official Okta SDK (msw at acme.okta.com)', () => {
  describe('when the org has 450 people', () => {
    it('reads them over 3 pages of 200 and creates every one', async () => {
      const users = Array.from({ length: 450 }, () => oktaUser());
      const { sync, people, org } = await serve(users);

      const report = await sync();

      expect(report.status).toBe('succeeded');
      expect(report.counts.created).toBe(450);
      expect(new Set((await people()).map((person) => person.oktaId))).toEqual(
        new Set(users.map((user) => user.id)),
      );
      const listings = org.requestLog.filter((line) => line.includes('/api/v1/users'));
      expect(listings).toHaveLength(4);
      expect(report.okta.requests).toBe(4);
    });
  });

  describe('when a person is only reachable through the DEPROVISIONED query', () => {
    it('deactivates them', async () => {
      const leaver = oktaUser();
      const { sync, people, org } = await serve([leaver, oktaUser()]);
      await sync();
      org.updateUser(leaver.id, { status: 'DEPROVISIONED' });

      const report = await sync();

      expect(report.counts.deactivated).toBe(1);
      const stored = (await people()).find((person) => person.oktaId === leaver.id);
      expect(stored?.status).toBe('deactivated');
      expect(org.requestLog.some((line) => line.includes('DEPROVISIONED'))).toBe(true);
    });
  });

  describe('when the listing comes back empty while people are active', () => {
    it('deactivates nobody and ends guarded', async () => {
      const users = [oktaUser(), oktaUser(), oktaUser()];
      const { sync, people, org } = await serve(users);
      await sync();
      org.setUsers([{ ...users[0]!, status: 'DEPROVISIONED' }]);

      const report = await sync();

      expect(report.status).toBe('guarded');
      expect(report.counts.deactivated).toBe(0);
      expect((await people()).every((person) => person.status === 'active')).toBe(true);
    });
  });

  describe('when a host person has the same email in another case', () => {
    it('links them rather than creating a duplicate', async () => {
      const user = oktaUser({ profile: { email: 'Zoe.OBrien@Example.COM' } });
      const { sync, store, people } = await serve([user]);
      const host = await store.addHostPerson(tenantId, {
        email: 'zoe.obrien@example.com',
        fullName: "Zoë O'Brien",
      });

      const report = await sync();

      expect(report.counts).toMatchObject({ linked: 1, created: 0 });
      const all = await people();
      expect(all).toHaveLength(1);
      expect(all[0]).toMatchObject({ id: host.id, oktaId: user.id });
    });
  });

  describe('when a manager is on the last page and their report on the first', () => {
    it('resolves the manager', async () => {
      const boss = oktaUser();
      const report = oktaUser({ profile: { managerId: boss.id } });
      const filler = Array.from({ length: 420 }, () => oktaUser());
      const { sync, people } = await serve([report, ...filler, boss]);

      const result = await sync();

      expect(result.managers).toEqual({ resolved: 1, pending: 0 });
      const stored = (await people()).find((person) => person.oktaId === report.id);
      expect(stored?.managerOktaId).toBe(boss.id);
    });
  });
});
