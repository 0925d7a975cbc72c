import { afterAll, describe, expect, it } from 'vitest';
import { exportTenant } from '../../src/engine/export-people.js';
import { createSyncEngine } from '../../src/engine/sync-engine.js';
import { StoreError } from '../../src/errors/store-error.js';
import type { SyncStore } from '../../src/ports/sync-store.js';
import { ResumableDirectory } from '../support/resumable-directory.js';
import { resumeOrg } from '../support/resume-org.js';
import { type StoreBackend, storeBackends } from './store-backends.js';
import { overrideStore } from './store-wrapper.js';

const tenantId = 'resume';
const pageSize = 3;
const backends = await storeBackends();

afterAll(async () => {
  for (const backend of backends) await backend.close();
});

/** A store seeded by one full sync of the org as it was. */
async function seeded(backend: StoreBackend) {
  const org = resumeOrg();
  const store = await backend.open();
  const directory = new ResumableDirectory(org.before, { pageSize });
  await createSyncEngine({ store, directory }).fullSync({ tenantId });
  directory.users = org.after;

  return { store, directory };
}

/** What a store holds, minus the host ids it assigned. */
async function contentsOf(store: SyncStore) {
  const people = await store.listPeople(tenantId, { limit: 1000 });
  const rows = people.map(({ id: _id, ...person }) => person);

  return {
    people: rows.sort((a, b) => (a.oktaId ?? '').localeCompare(b.oktaId ?? '')),
    teams: await store.listTeams(tenantId),
    exported: (await exportTenant(store, tenantId)).people.length,
  };
}

/** The store, failing every lookup that plans the page holding `oktaId`. */
function failingAt(store: SyncStore, oktaId: string) {
  let failing = true;
  const findPeopleByOktaIds = async (tenant: string, ids: readonly string[]) => {
    if (failing && ids.includes(oktaId)) {
      throw new StoreError('The store failed to find people by Okta id (SQLSTATE 08006)');
    }

    return store.findPeopleByOktaIds(tenant, ids);
  };

  return { store: overrideStore(store, { findPeopleByOktaIds }), heal: () => (failing = false) };
}

describe.each(backends)('resuming a full sync ($name)', (backend) => {
  describe('when the store fails after page 2 and the next full sync runs', () => {
    it('resumes at page 3 with the same run and ends as an uninterrupted run', async () => {
      const control = await seeded(backend);
      const expected = await createSyncEngine(control).fullSync({ tenantId });
      const { store, directory } = await seeded(backend);
      const thirdPageFirst = directory.users.filter((user) => user.status !== 'DEPROVISIONED')[6]!;
      const flaky = failingAt(store, thirdPageFirst.id);
      const engine = createSyncEngine({ store: flaky.store, directory });

      const failed = await engine.fullSync({ tenantId });
      const checkpoint = (await store.loadRunState(tenantId)).checkpoint;
      flaky.heal();
      const resumed = await engine.fullSync({ tenantId });

      expect(failed).toMatchObject({ status: 'failed', error: { code: 'ERR_STORE_FAILED' } });
      expect(checkpoint).toMatchObject({ runId: failed.runId, pages: 2, cursor: 'page-2' });
      expect(directory.listings.at(-2)).toEqual({ listing: 'current', resumeFrom: 'page-2' });
      expect(resumed).toMatchObject({ runId: failed.runId, status: 'succeeded' });
      expect(resumed.counts).toEqual(expected.counts);
      expect(resumed.managers).toEqual(expected.managers);
      expect(await contentsOf(store)).toEqual(await contentsOf(control.store));
      expect((await store.loadRunState(tenantId)).checkpoint).toBeNull();
    });
  });

  describe('when the run failed in the DEPROVISIONED listing', () => {
    it('resumes that listing without reading the current one again', async () => {
      const { store, directory } = await seeded(backend);
      const leaver = directory.users.find((user) => user.status === 'DEPROVISIONED')!;
      const flaky = failingAt(store, leaver.id);
      const engine = createSyncEngine({ store: flaky.store, directory });
      await engine.fullSync({ tenantId });
      const before = directory.listings.length;
      flaky.heal();

      const resumed = await engine.fullSync({ tenantId });

      expect(resumed.status).toBe('succeeded');
      expect(directory.listings.slice(before)).toEqual([
        { listing: 'deprovisioned', resumeFrom: null },
      ]);
      expect(await store.countPeople(tenantId, 'deactivated')).toBe(2);
    });
  });

  describe('when the checkpoint is older than resumeWithinMs', () => {
    it('starts a new run with a new generation', async () => {
      const { store, directory } = await seeded(backend);
      const flaky = failingAt(store, directory.users[7]!.id);
      let nowMs = Date.parse('2026-06-02T00:00:00.000Z');
      const clock = { now: () => new Date(nowMs) };
      const options = { directory, clock, resumeWithinMs: 60_000 };
      const failed = await createSyncEngine({ store: flaky.store, ...options }).fullSync({
        tenantId,
      });
      flaky.heal();
      nowMs += 60_001;

      const fresh = await createSyncEngine({ store, ...options }).fullSync({ tenantId });

      expect(fresh.runId).not.toBe(failed.runId);
      expect(fresh.status).toBe('succeeded');
      expect(directory.listings.at(-2)).toEqual({ listing: 'current', resumeFrom: null });
    });
  });
});
