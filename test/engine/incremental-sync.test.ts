import { afterAll, describe, expect, it } from 'vitest';
import { exportTenant } from '../../src/engine/export-people.js';
import { createSyncEngine } from '../../src/engine/sync-engine.js';
import type { SyncStore } from '../../src/ports/sync-store.js';
import { ChangesDirectory } from '../support/changes-directory.js';
import { ListDirectory, oktaUser } from '../support/list-directory.js';
import { type StoreBackend, storeBackends } from './store-backends.js';

const tenantId = 'incremental';
const backends = await storeBackends();
const fullSyncAt = '2026-08-01T00:00:00.000Z';
const changedAt = '2026-08-02T10:00:00.000Z';

afterAll(async () => {
  for (const backend of backends) await backend.close();
});

/** A tenant fully synced at `fullSyncAt`, with Okta users last changed before it. */
async function synced(backend: StoreBackend) {
  const store = await backend.open();
  const users = [1, 2, 3, 4].map(() => oktaUser({ lastUpdated: '2026-07-01T00:00:00.000Z' }));
  const directory = new ChangesDirectory(users);
  const clock = { now: () => new Date(fullSyncAt) };
  const engine = createSyncEngine({ store, directory, clock });
  await engine.fullSync({ tenantId });

  return { store, directory, engine, users };
}

async function person(store: SyncStore, oktaId: string) {
  return (await exportTenant(store, tenantId)).people.find((row) => row.oktaId === oktaId);
}

describe.each(backends)('an incremental sync ($name)', (backend) => {
  describe('when the tenant has no watermark yet', () => {
    it('runs a full sync, which sets the watermark to its start', async () => {
      const store = await backend.open();
      const clock = { now: () => new Date(fullSyncAt) };
      const directory = new ChangesDirectory([oktaUser()]);
      const engine = createSyncEngine({ store, directory, clock });

      const report = await engine.incrementalSync({ tenantId });

      expect(report).toMatchObject({ kind: 'full', status: 'succeeded', counts: { created: 1 } });
      expect((await store.loadRunState(tenantId)).watermark).toBe(fullSyncAt);
      expect(directory.sinces).toEqual([]);
    });
  });

  describe('when Okta changed people since the watermark', () => {
    it('applies only them, without a sweep, and moves the watermark on', async () => {
      const { store, directory, engine, users } = await synced(backend);
      const [retitled, leaver, vanished] = users as [
        (typeof users)[0],
        (typeof users)[0],
        (typeof users)[0],
      ];
      const joiner = oktaUser({ lastUpdated: '2026-08-02T11:00:00.000Z' });
      directory.users = [
        { ...retitled, lastUpdated: changedAt, profile: { ...retitled.profile, title: 'Lead' } },
        { ...leaver, status: 'DEPROVISIONED', lastUpdated: changedAt },
        ...users.slice(3),
        joiner,
      ];

      const report = await engine.runJob({ kind: 'incremental-sync', tenantId });

      expect(report).toMatchObject({
        kind: 'incremental-sync',
        report: {
          kind: 'incremental',
          status: 'succeeded',
          counts: { created: 1, updated: 1, deactivated: 1, unchanged: 0 },
        },
      });
      expect(directory.sinces).toEqual([fullSyncAt]);
      expect((await person(store, retitled.id))?.jobTitle).toBe('Lead');
      expect((await person(store, vanished.id))?.status).toBe('active');
      expect((await store.loadRunState(tenantId)).watermark).toBe('2026-08-02T11:00:00.000Z');
    });
  });

  describe('when the same incremental job runs twice', () => {
    it('has the effect of once', async () => {
      const { store, directory, engine, users } = await synced(backend);
      const user = users[0]!;
      directory.users[0] = {
        ...user,
        lastUpdated: changedAt,
        profile: { ...user.profile, title: 'Lead' },
      };

      const first = await engine.incrementalSync({ tenantId });
      const people = await exportTenant(store, tenantId);
      const second = await engine.incrementalSync({ tenantId });

      expect(first.counts.updated).toBe(1);
      expect(second.counts).toMatchObject({ updated: 0, unchanged: 1 });
      expect(await exportTenant(store, tenantId)).toEqual(people);
    });
  });

  describe('when Okta fails part-way', () => {
    it('fails the run and keeps the watermark for the next run to read again', async () => {
      const { store, directory, engine, users } = await synced(backend);
      directory.users = users.map((user) => ({ ...user, lastUpdated: changedAt }));
      directory.failOnChangePage = { page: 1, error: new Error('Okta went away') };

      const failed = await engine.incrementalSync({ tenantId });
      directory.failOnChangePage = null;
      const retried = await engine.incrementalSync({ tenantId });

      expect(failed.status).toBe('failed');
      expect(directory.sinces).toEqual([fullSyncAt, fullSyncAt]);
      expect(retried.status).toBe('succeeded');
      expect((await store.loadRunState(tenantId)).watermark).toBe(changedAt);
    });
  });

  describe('when another run holds the lease', () => {
    it('ends at once with ERR_RUN_IN_PROGRESS', async () => {
      const { store, engine } = await synced(backend);
      await store.acquireLease(tenantId, 'busy-worker', 60_000);

      const report = await engine.incrementalSync({ tenantId });

      expect(report).toMatchObject({ kind: 'incremental', error: { code: 'ERR_RUN_IN_PROGRESS' } });
    });
  });

  describe('when the directory cannot list changes', () => {
    it('fails the run with ERR_CONFIG_INVALID', async () => {
      const { store } = await synced(backend);
      const engine = createSyncEngine({ store, directory: new ListDirectory([]) });

      const report = await engine.incrementalSync({ tenantId });

      expect(report).toMatchObject({ status: 'failed', error: { code: 'ERR_CONFIG_INVALID' } });
    });
  });
});
