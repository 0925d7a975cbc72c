import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/adapters/memory/memory-sync-store.js';
import { createSyncEngine } from '../../src/engine/sync-engine.js';
import type { OktaUserPage } from '../../src/okta/okta-directory.js';
import { ListDirectory, oktaUser } from '../support/list-directory.js';
import { storeBackends } from './store-backends.js';
import { overrideStore } from './store-wrapper.js';

const tenantId = 'leased';
const backends = await storeBackends();

afterAll(async () => {
  for (const backend of backends) await backend.close();
});

/** A directory whose first page waits until `release` is called. */
class GatedDirectory extends ListDirectory {
  release: () => void = () => undefined;
  readonly #gate = new Promise<void>((resolve) => {
    this.release = resolve;
  });
  #reached: () => void = () => undefined;
  /** Resolves once a listing is waiting at the gate. */
  readonly reached = new Promise<void>((resolve) => {
    this.#reached = resolve;
  });

  override async *listUsers(
    options: Parameters<ListDirectory['listUsers']>[0],
  ): AsyncIterable<OktaUserPage> {
    this.#reached();
    await this.#gate;
    yield* super.listUsers(options);
  }
}

function manualClock(start = '2026-05-01T09:00:00.000Z') {
  let nowMs = Date.parse(start);

  return { now: () => new Date(nowMs), advance: (ms: number) => (nowMs += ms) };
}

describe.each(backends)('the run lease of a full sync ($name)', (backend) => {
  describe('when a second full sync of the tenant starts while one runs', () => {
    it('ends the second at once as failed, ERR_RUN_IN_PROGRESS, recording nothing', async () => {
      const store = await backend.open();
      const directory = new GatedDirectory([oktaUser(), oktaUser()]);
      const engine = createSyncEngine({ store, directory });
      const running = engine.fullSync({ tenantId });
      await directory.reached;

      const second = await engine.fullSync({ tenantId });
      directory.release();
      const first = await running;

      expect(second).toMatchObject({ status: 'failed', error: { code: 'ERR_RUN_IN_PROGRESS' } });
      expect(first.status).toBe('succeeded');
      expect((await store.lastReport(tenantId))?.runId).toBe(first.runId);
      expect((await engine.fullSync({ tenantId })).status).toBe('succeeded');
    });

    it('lets a run of another tenant proceed', async () => {
      const store = await backend.open();
      const directory = new GatedDirectory([oktaUser()]);
      const engine = createSyncEngine({
        store,
        directory: (id) => (id === tenantId ? directory : new ListDirectory([oktaUser()])),
      });
      const running = engine.fullSync({ tenantId });
      await directory.reached;

      const other = await engine.fullSync({ tenantId: 'other' });
      directory.release();

      expect(other.status).toBe('succeeded');
      expect((await running).status).toBe('succeeded');
    });
  });

  describe('when a crashed worker left the lease behind', () => {
    it('refuses runs until the lease expires, then takes it over', async () => {
      const clock = manualClock();
      const store = await backend.open(clock);
      const engine = createSyncEngine({
        store,
        directory: new ListDirectory([oktaUser()]),
        leaseTtlMs: 60_000,
      });
      await store.acquireLease(tenantId, 'crashed-worker', 60_000);

      const blocked = await engine.fullSync({ tenantId });
      clock.advance(60_000);
      const taken = await engine.fullSync({ tenantId });

      expect(blocked.error?.code).toBe('ERR_RUN_IN_PROGRESS');
      expect(taken.status).toBe('succeeded');
    });
  });

  describe('when the lease is taken over while the run pages', () => {
    it('stops the run as failed and deactivates nobody', async () => {
      const base = await backend.open();
      const users = [oktaUser(), oktaUser(), oktaUser()];
      const directory = new ListDirectory(users, { pageSize: 1 });
      const engine = createSyncEngine({ store: base, directory });
      await engine.fullSync({ tenantId });
      directory.users = users.slice(0, 1);
      const store = overrideStore(base, { renewLease: async () => false });

      const report = await createSyncEngine({ store, directory }).fullSync({ tenantId });

      expect(report).toMatchObject({ status: 'failed', error: { code: 'ERR_RUN_IN_PROGRESS' } });
      expect(await base.countPeople(tenantId, 'active')).toBe(3);
    });
  });

  describe('when the run ends', () => {
    it('releases the lease, so another holder may take it at once', async () => {
      const store = await backend.open();
      const engine = createSyncEngine({ store, directory: new ListDirectory([oktaUser()]) });

      await engine.fullSync({ tenantId });

      expect(await store.acquireLease(tenantId, 'next-worker', 60_000)).toBe(true);
    });
  });
});

describe('createSyncEngine leaseTtlMs', () => {
  it('rejects a lease time that is not above 0', () => {
    const store = createMemoryStore();

    expect(() =>
      createSyncEngine({ store, directory: new ListDirectory([]), leaseTtlMs: 0 }),
    ).toThrow(expect.objectContaining({ code: 'ERR_CONFIG_INVALID' }));
  });
});
