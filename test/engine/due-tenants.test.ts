import { afterAll, describe, expect, it } from 'vitest';
import { dueTenants } from '../../src/engine/due-tenants.js';
import { createSyncEngine } from '../../src/engine/sync-engine.js';
import { ListDirectory, oktaUser } from '../support/list-directory.js';
import { storeBackends } from './store-backends.js';

const backends = await storeBackends();
const hour = 60 * 60 * 1000;

afterAll(async () => {
  for (const backend of backends) await backend.close();
});

describe.each(backends)('dueTenants ($name)', (backend) => {
  async function syncedAt(iso: string, tenants: Record<string, 'ok' | 'fails'>) {
    const store = await backend.open();
    const clock = { now: () => new Date(iso) };

    for (const [tenantId, outcome] of Object.entries(tenants)) {
      const directory = new ListDirectory([oktaUser()], {
        ...(outcome === 'fails'
          ? { failOnPage: { listing: 'current', page: 0, error: new Error('down') } }
          : {}),
      });
      await createSyncEngine({ store, directory, clock }).fullSync({ tenantId });
    }

    return store;
  }

  describe('when tenants last synced at different times', () => {
    it('lists those synced at least olderThanMs ago, or whose runs all failed', async () => {
      const store = await syncedAt('2026-09-01T00:00:00.000Z', { old: 'ok', broken: 'fails' });
      const engine = createSyncEngine({
        store,
        directory: new ListDirectory([oktaUser()]),
        clock: { now: () => new Date('2026-09-01T20:00:00.000Z') },
      });
      await engine.fullSync({ tenantId: 'recent' });
      const now = new Date('2026-09-02T00:00:00.000Z');

      expect(await dueTenants(store, { now })).toEqual(['broken', 'old']);
      expect(await dueTenants(store, { now, olderThanMs: 2 * hour })).toEqual([
        'broken',
        'old',
        'recent',
      ]);
    });
  });

  describe("when given the host's tenants", () => {
    it('lists those never synced too, and only the given ones', async () => {
      const store = await syncedAt('2026-09-01T00:00:00.000Z', { old: 'ok', other: 'ok' });
      const now = new Date('2026-09-01T01:00:00.000Z');

      const due = await dueTenants(store, { now, tenantIds: ['new', 'old'] });

      expect(due).toEqual(['new']);
    });
  });
});
