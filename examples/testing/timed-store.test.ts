// A host's store adapter under the package's contract suite: one call
// registers a test for every promise the SyncStore port makes. Point it at
// your own adapter the same way (for a database, each test uses a fresh
// tenant id, so one shared database serves the whole suite).
import { createMemoryStore, type SyncReport } from '@learnamp/okta-sync';
import { describeSyncStoreContract } from '@learnamp/okta-sync/testing/contracts';
import { describe, expect, it } from 'vitest';
import { type StoreCall, withCallTimings } from './timed-store.js';

describeSyncStoreContract('the in-memory store with call timings', async (clock) => ({
  store: withCallTimings(createMemoryStore({ clock }), () => {}),
}));

describe('withCallTimings', () => {
  describe('when a call succeeds', () => {
    it('passes the result on and records the call', async () => {
      const calls: StoreCall[] = [];
      const store = withCallTimings(createMemoryStore(), (call) => calls.push(call));

      const added = await store.addHostPerson('acme', { email: 'a@corp.example', fullName: 'A' });

      expect(await store.findUnlinkedByEmails('acme', ['A@corp.example'])).toEqual([added]);
      expect(calls.map(({ member, ok }) => ({ member, ok }))).toEqual([
        { member: 'addHostPerson', ok: true },
        { member: 'findUnlinkedByEmails', ok: true },
      ]);
    });
  });

  describe('when the store rejects', () => {
    it('passes the rejection on and records the call as failed', async () => {
      const calls: StoreCall[] = [];
      const store = withCallTimings(createMemoryStore(), (call) => calls.push(call));
      const report = { runId: 'never-started', tenantId: 'acme' } as SyncReport;

      await expect(store.finishRun('acme', report)).rejects.toMatchObject({
        code: 'ERR_STORE_FAILED',
      });
      expect(calls).toEqual([{ member: 'finishRun', durationMs: expect.any(Number), ok: false }]);
    });
  });
});
