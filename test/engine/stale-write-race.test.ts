import { afterAll, describe, expect, it } from 'vitest';
import { exportTenant } from '../../src/engine/export-people.js';
import { createSyncEngine, type SyncEngine } from '../../src/engine/sync-engine.js';
import type { PersonWrite } from '../../src/ports/stored-person.js';
import type { SyncStore } from '../../src/ports/sync-store.js';
import { ListDirectory, oktaUser } from '../support/list-directory.js';
import { storeBackends } from './store-backends.js';
import { overrideStore } from './store-wrapper.js';

const tenantId = 'race';
const backends = await storeBackends();

afterAll(async () => {
  for (const backend of backends) await backend.close();
});

/** Runs around the first batch that writes a given person, once armed. */
interface Interleaving {
  oktaId: string;
  /** Between the sync's plan and its write. */
  before: () => Promise<void>;
  /** Right after that write. */
  after: () => Promise<void>;
}

function interleaved(store: SyncStore, interleaving: Interleaving) {
  let armed = false;
  const around = async (hit: boolean, write: () => Promise<void>) => {
    if (hit) {
      armed = false;
      await interleaving.before();
    }

    await write();
    if (hit) await interleaving.after();
  };
  const savePeople = async (tenant: string, writes: readonly PersonWrite[]) => {
    const hit = armed && writes.some((write) => write.oktaId === interleaving.oktaId);

    await around(hit, () => store.savePeople(tenant, writes));
  };
  // A person Okta returned unchanged is only stamped as seen, when the
  // store can: the race is the same, so it is run around that call too.
  const markSeen = async (tenant: string, ids: readonly string[], generation: number) => {
    const [person] = await store.findPeopleByOktaIds(tenant, [interleaving.oktaId]);
    const hit = armed && person !== undefined && ids.includes(person.id);

    await around(hit, async () => store.markSeen?.(tenant, ids, generation));
  };
  const overrides = store.markSeen ? { savePeople, markSeen } : { savePeople };

  return { store: overrideStore(store, overrides), arm: () => (armed = true) };
}

async function statusOf(store: SyncStore, oktaId: string) {
  const { people } = await exportTenant(store, tenantId);

  return people.find((person) => person.oktaId === oktaId)?.status;
}

describe.each(backends)('a full sync racing an event ($name)', (backend) => {
  describe('when an event deactivates a person between the sync reading and writing them', () => {
    it('leaves the person deactivated, right after the stale write and at the end', async () => {
      const leaver = oktaUser({ lastUpdated: '2026-04-01T00:00:00.000Z' });
      const directory = new ListDirectory([leaver, oktaUser(), oktaUser()]);
      const store = await backend.open();
      let engine: SyncEngine | undefined;
      let afterStaleWrite: string | undefined;
      const race = interleaved(store, {
        oktaId: leaver.id,
        before: async () => {
          directory.users[0] = {
            ...leaver,
            status: 'DEPROVISIONED',
            lastUpdated: '2026-04-02T00:00:00.000Z',
          };
          await engine?.syncPerson({ tenantId, oktaId: leaver.id });
        },
        after: async () => {
          afterStaleWrite = await statusOf(store, leaver.id);
        },
      });
      engine = createSyncEngine({ store: race.store, directory });
      await engine.fullSync({ tenantId });
      race.arm();

      const report = await engine.fullSync({ tenantId });

      expect(report.status).toBe('succeeded');
      expect(afterStaleWrite).toBe('deactivated');
      expect(await statusOf(store, leaver.id)).toBe('deactivated');
    });
  });

  describe('when an event finds a person deleted while a full sync is paging', () => {
    it('keeps the deactivation over the sync’s earlier read', async () => {
      const deleted = oktaUser();
      const directory = new ListDirectory([deleted, oktaUser()]);
      const store = await backend.open();
      let engine: SyncEngine | undefined;
      const race = interleaved(store, {
        oktaId: deleted.id,
        before: async () => {
          directory.users = directory.users.filter((user) => user.id !== deleted.id);
          await engine?.syncPerson({ tenantId, oktaId: deleted.id });
        },
        after: async () => undefined,
      });
      engine = createSyncEngine({ store: race.store, directory });
      await engine.fullSync({ tenantId });
      race.arm();

      await engine.fullSync({ tenantId });

      expect(await statusOf(store, deleted.id)).toBe('deactivated');
    });
  });
});
