import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/adapters/memory/memory-sync-store.js';
import { personWrite, sampleReport } from '../../src/testing/contract/contract-fixtures.js';
import { describeSyncStoreContract } from '../../src/testing/contract/sync-store-contract.js';

describeSyncStoreContract('memory store', async (clock) => ({
  store: createMemoryStore({ clock }),
}));

describe('createMemoryStore', () => {
  describe('when a batch fails part way', () => {
    it('leaves every person as they were', async () => {
      const store = createMemoryStore();
      const host = await store.addHostPerson('t1', { email: 'h@x.io', fullName: 'Host' });

      const batch = [
        personWrite('00uA', { id: host.id }),
        personWrite('00uB', { id: 'no-such-person' }),
        personWrite('00uC'),
      ];

      await expect(store.savePeople('t1', batch)).rejects.toMatchObject({
        code: 'ERR_STORE_FAILED',
      });
      expect(await store.listPeople('t1', { limit: 10 })).toEqual([host]);
      expect(await store.findUnlinkedByEmails('t1', ['h@x.io'])).toEqual([host]);
    });
  });

  describe('when a link takes an Okta id another person holds', () => {
    it('rejects with a StoreError', async () => {
      const store = createMemoryStore();
      await store.savePeople('t1', [personWrite('00uA')]);
      const host = await store.addHostPerson('t1', { email: 'h@x.io', fullName: 'Host' });

      await expect(
        store.savePeople('t1', [personWrite('00uA', { id: host.id })]),
      ).rejects.toMatchObject({ code: 'ERR_STORE_FAILED' });
    });
  });

  describe('when given a clock', () => {
    it('stamps runs with its time', async () => {
      const now = new Date('2026-01-05T09:00:00.000Z');
      const store = createMemoryStore({ clock: { now: () => now } });

      const run = await store.startRun('t1');

      expect(run.startedAt).toEqual(now);
    });
  });

  describe('when a run was never started', () => {
    it('rejects its report with a StoreError', async () => {
      const store = createMemoryStore();

      await expect(store.finishRun('t1', sampleReport('run-x', 't1'))).rejects.toMatchObject({
        code: 'ERR_STORE_FAILED',
      });
    });
  });
});
