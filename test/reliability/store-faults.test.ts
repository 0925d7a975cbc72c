import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/adapters/memory/memory-sync-store.js';
import { exportTenant } from '../../src/engine/export-people.js';
import { StoreError } from '../../src/errors/store-error.js';
import type { Clock } from '../../src/ports/clock.js';
import type { PersonWrite } from '../../src/ports/stored-person.js';
import type { SyncStore } from '../../src/ports/sync-store.js';
import { overrideStore } from '../engine/store-wrapper.js';
import { idOf, type Rig, startRig } from './fault-rig.js';
import { closeFronts } from './front-server.js';

afterEach(closeFronts);

const failing = new Set([idOf(2), idOf(5), idOf(9)]);

/**
 * A memory store that refuses any batch holding one of the `failing`
 * people while `broken` is on, as a host whose database rejects some rows.
 */
function flakyStore(clock: Clock) {
  const store = createMemoryStore({ clock });
  const state = { broken: true };
  const savePeople = (tenantId: string, writes: readonly PersonWrite[]) => {
    if (state.broken && writes.some((write) => failing.has(write.oktaId))) {
      return Promise.reject(new StoreError('the host refused the row'));
    }

    return store.savePeople(tenantId, writes);
  };

  return { state, store: overrideStore(store, { savePeople }) };
}

async function flakyRig(): Promise<{ rig: Rig; state: { broken: boolean } }> {
  let state = { broken: false };
  const rig = await startRig({
    store: (clock) => {
      const flaky = flakyStore(clock);
      state = flaky.state;

      return flaky.store;
    },
  });

  return { rig, state };
}

async function titlesOf(store: SyncStore, tenantId: string) {
  const people = (await exportTenant(store, tenantId)).people;

  return new Map(people.map((row) => [row.oktaId, { title: row.jobTitle, status: row.status }]));
}

describe('a full sync into a host store that fails for 3 of 10 people', () => {
  describe('when the 3 are new', () => {
    it('ends partial, a coded failure each, the 7 saved; the next run saves the 3', async () => {
      const { rig, state } = await flakyRig();

      const partial = await rig.sync();

      expect(partial.status).toBe('partial');
      expect(partial.counts).toMatchObject({ created: 7, failed: 3, deactivated: 0 });
      expect(partial.failures.map((failure) => failure.oktaId).sort()).toEqual([...failing]);
      expect(partial.failures.map((failure) => failure.code)).toEqual(
        Array(3).fill('ERR_STORE_FAILED'),
      );
      expect((await rig.mismatches()).sort()).toEqual([...failing].map((id) => `${id} is lost`));

      state.broken = false;
      const next = await rig.sync();

      expect(next.status).toBe('succeeded');
      expect(next.counts).toMatchObject({ created: 3, unchanged: 7, failed: 0 });
      expect(await rig.mismatches()).toEqual([]);
    });
  });

  describe('when the 3 are stored already and changed in Okta', () => {
    it('keeps them active with their old values, and the next run applies the change', async () => {
      const { rig, state } = await flakyRig();
      state.broken = false;
      await rig.sync();
      for (const id of [...failing, idOf(1)]) {
        rig.org.updateUser(id, { profile: { title: 'Staff Engineer' } });
      }
      state.broken = true;

      const partial = await rig.sync();

      expect(partial.status).toBe('partial');
      expect(partial.counts).toMatchObject({ updated: 1, failed: 3, deactivated: 0 });
      const stored = await titlesOf(rig.store, rig.tenantId);
      for (const id of failing) {
        expect(stored.get(id)).toEqual({ title: 'Engineer', status: 'active' });
      }
      expect(stored.get(idOf(1))?.title).toBe('Staff Engineer');

      state.broken = false;
      const next = await rig.sync();

      expect(next.counts).toMatchObject({ updated: 3, deactivated: 0, failed: 0 });
      expect(await rig.mismatches()).toEqual([]);
    });
  });
});
