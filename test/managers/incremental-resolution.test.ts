import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/adapters/memory/memory-sync-store.js';
import { createSyncEngine } from '../../src/engine/sync-engine.js';
import type { OktaUser } from '../../src/okta/okta-user.js';
import type { PageRequest } from '../../src/ports/page-request.js';
import type { SyncStore } from '../../src/ports/sync-store.js';
import { overrideStore } from '../engine/store-wrapper.js';
import { ChangesDirectory } from '../support/changes-directory.js';
import { oktaUser } from '../support/list-directory.js';
import { noticesOf } from './manager-harness.js';

const tenantId = 'acme';
const fullSyncAt = '2026-08-01T00:00:00.000Z';
const changedAt = '2026-08-02T00:00:00.000Z';

/** The store, with a log of the people each read and write was about. */
function recordedStore() {
  const store = createMemoryStore();
  const calls: string[] = [];
  const recorded = overrideStore(store, {
    listPeople: (tenant: string, page: PageRequest) => {
      calls.push('listPeople');
      return store.listPeople(tenant, page);
    },
    setManagers: (tenant: string, managers: ReadonlyMap<string, string>) => {
      calls.push(`setManagers ${managers.size}`);
      return store.setManagers(tenant, managers);
    },
  });

  return { store: recorded, calls };
}

/** A tenant fully synced with `users`, then an engine to run incremental syncs. */
async function syncedWith(users: OktaUser[], store: SyncStore = createMemoryStore()) {
  const directory = new ChangesDirectory(users);
  const clock = { now: () => new Date(fullSyncAt) };
  const engine = createSyncEngine({ store, directory, clock });
  const full = await engine.fullSync({ tenantId });

  return { engine, directory, full, store };
}

function changed(user: OktaUser, profile: Record<string, unknown>): OktaUser {
  return { ...user, lastUpdated: changedAt, profile: { ...user.profile, ...profile } };
}

async function managerOf(store: SyncStore, oktaId: string) {
  const [person] = await store.findPeopleByOktaIds(tenantId, [oktaId]);

  return person?.managerOktaId;
}

describe('an incremental sync resolving managers', () => {
  describe('when a change on a loop opens it (A → B → C → A, then B drops C)', () => {
    it('resolves the reference the loop held back, though its manager did not change', async () => {
      const [a, b, c] = ['00uA', '00uB', '00uC'].map((id) => oktaUser({ id })) as [
        OktaUser,
        OktaUser,
        OktaUser,
      ];
      a.profile.managerId = b.id;
      b.profile.managerId = c.id;
      c.profile.managerId = a.id;
      const { engine, directory, full, store } = await syncedWith([a, b, c]);
      directory.users = [a, changed(b, { managerId: null }), c];

      const report = await engine.incrementalSync({ tenantId });

      expect(full.managers).toEqual({ resolved: 2, pending: 1 });
      expect(report.managers).toEqual({ resolved: 1, pending: 0 });
      expect(await managerOf(store, c.id)).toBe(a.id);
      expect(await managerOf(store, b.id)).toBeNull();
    });
  });

  describe('when the manager a reference was waiting for joins', () => {
    it('resolves it', async () => {
      const worker = oktaUser({ profile: { managerId: 'boss@example.com' } });
      const { engine, directory, store } = await syncedWith([worker]);
      const boss = oktaUser({ lastUpdated: changedAt, profile: { email: 'Boss@example.com' } });
      directory.users = [worker, boss];

      const report = await engine.incrementalSync({ tenantId });

      expect(report.managers).toEqual({ resolved: 1, pending: 0 });
      expect(await managerOf(store, worker.id)).toBe(boss.id);
    });
  });

  describe('when the changes touch nobody a pending reference names', () => {
    it('reads nobody else, leaves it alone without a notice, and still counts it', async () => {
      const self = oktaUser();
      self.profile.managerId = self.id;
      const other = oktaUser();
      const { store, calls } = recordedStore();
      const { engine, directory, full } = await syncedWith([self, other], store);
      directory.users = [self, changed(other, { title: 'Lead' })];
      calls.length = 0;

      const report = await engine.incrementalSync({ tenantId });

      expect(noticesOf(full.notices, 'MANAGER_SELF')).toHaveLength(1);
      expect(report.managers).toEqual({ resolved: 0, pending: 1 });
      expect(noticesOf(report.notices, 'MANAGER_SELF')).toEqual([]);
      expect(calls).toEqual([]);
    });
  });

  describe('when the person with the pending reference changes', () => {
    it('decides it again, with its notice', async () => {
      const self = oktaUser();
      self.profile.managerId = self.id;
      const { engine, directory } = await syncedWith([self]);
      directory.users = [changed(self, { title: 'Lead' })];

      const report = await engine.incrementalSync({ tenantId });

      expect(report.managers).toEqual({ resolved: 0, pending: 1 });
      expect(noticesOf(report.notices, 'MANAGER_SELF')).toHaveLength(1);
    });
  });
});
