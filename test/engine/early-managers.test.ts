import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/adapters/memory/memory-sync-store.js';
import { createSyncEngine } from '../../src/engine/sync-engine.js';
import { StoreError } from '../../src/errors/store-error.js';
import type { ManagerMatch } from '../../src/mapping/mapper-policy.js';
import type { OktaUser } from '../../src/okta/okta-user.js';
import type { SyncStore } from '../../src/ports/sync-store.js';
import { managerSetup, tenantId } from '../managers/manager-harness.js';
import { oktaUser } from '../support/list-directory.js';
import { ResumableDirectory } from '../support/resumable-directory.js';
import { overrideStore } from './store-wrapper.js';

/** A memory store that records who the manager pass sets a manager for. */
function recordingStore() {
  const store = createMemoryStore();
  const setByPass: string[] = [];
  const setManagers: SyncStore['setManagers'] = async (tenant, managers) => {
    const rows = await store.listPeople(tenant, { limit: 1000 });
    const byId = new Map(rows.map((row) => [row.id, row.oktaId]));
    for (const id of managers.keys()) setByPass.push(byId.get(id) ?? id);

    return store.setManagers(tenant, managers);
  };
  const recording = new Proxy(store, {
    get: (target, key) => {
      if (key === 'setManagers') return setManagers;
      const value = Reflect.get(target, key);

      return typeof value === 'function' ? value.bind(target) : value;
    },
  });

  return { store: recording, setByPass };
}

function reportsTo(manager: OktaUser | string | null, id?: string): OktaUser {
  const managerId = typeof manager === 'string' || manager === null ? manager : manager.id;

  return oktaUser({ ...(id === undefined ? {} : { id }), profile: { managerId } });
}

function setupWith(users: OktaUser[], pageSize: number, managerMatch?: ManagerMatch[]) {
  const recorder = recordingStore();
  const mapping = managerMatch === undefined ? {} : { managerMatch };
  const setup = managerSetup(users, { pageSize, store: recorder.store, mapping });

  return { ...setup, setByPass: recorder.setByPass };
}

describe('managers resolved while planning a full sync', () => {
  describe('when every manager is listed on an earlier page', () => {
    it('writes each person once, with their manager, and counts them', async () => {
      const top = oktaUser();
      const middle = reportsTo(top);
      const bottom = [reportsTo(middle), reportsTo(middle)];
      const { sync, managers, setByPass } = setupWith([top, middle, ...bottom], 1);

      const report = await sync();

      expect(setByPass).toEqual([]);
      expect(report.managers).toEqual({ resolved: 3, pending: 0 });
      expect(await managers()).toEqual(
        new Map([
          [top.id, null],
          [middle.id, top.id],
          [bottom[0]!.id, middle.id],
          [bottom[1]!.id, middle.id],
        ]),
      );
    });
  });

  describe('when the manager is on the same page or a later one', () => {
    it('leaves the reference to the pass after the listings', async () => {
      const top = oktaUser();
      const samePage = reportsTo(top);
      const later = oktaUser();
      const early = reportsTo(later);
      const { sync, managers, setByPass } = setupWith([top, samePage, early, later], 2);

      const report = await sync();

      expect(setByPass.sort()).toEqual([early.id, samePage.id].sort());
      expect(report.managers).toEqual({ resolved: 2, pending: 0 });
      expect((await managers()).get(early.id)).toBe(later.id);
    });
  });

  describe('when the manager is stored but not yet listed by this run', () => {
    it('leaves it to the pass, which knows whether they are still there', async () => {
      const boss = oktaUser();
      const users = [oktaUser(), boss];
      const { sync, directory, managers, setByPass } = setupWith(users, 1);
      await sync();
      const starter = reportsTo(boss);
      directory.users.unshift(starter);

      const report = await sync();

      expect(setByPass).toEqual([starter.id]);
      expect(report.managers.resolved).toBe(1);
      expect((await managers()).get(starter.id)).toBe(boss.id);
    });
  });

  describe('when matching does not try Okta ids first', () => {
    it('leaves every reference to the pass', async () => {
      const top = oktaUser();
      const report = reportsTo(top);
      const { sync, managers, setByPass } = setupWith([top, report], 1, ['login', 'oktaId']);

      await sync();

      expect(setByPass).toEqual([report.id]);
      expect((await managers()).get(report.id)).toBe(top.id);
    });
  });

  describe('when the reference names nobody', () => {
    it('stays pending, as before', async () => {
      const ghost = reportsTo('00uNOBODY000000000001');
      const { sync, pendingOf } = setupWith([oktaUser(), ghost], 1);

      const report = await sync();

      expect(report.managers).toEqual({ resolved: 0, pending: 1 });
      expect(await pendingOf(ghost.id)).toBe('00uNOBODY000000000001');
    });
  });

  describe('in an incremental sync or a dry run', () => {
    it('resolves nothing early: neither stamps who this run saw', async () => {
      const top = oktaUser();
      const report = reportsTo(top);
      const { engine, setByPass } = setupWith([top, report], 1);

      const preview = await engine.fullSync({ tenantId, dryRun: true });

      expect(preview.managers).toEqual({ resolved: 1, pending: 0 });
      expect(setByPass).toEqual([]);
    });
  });
});

describe('a full sync resumed after it failed on a later page', () => {
  it('still counts the managers planning resolved before it failed', async () => {
    const top = oktaUser();
    const users = [top, reportsTo(top), reportsTo(top), reportsTo(top)];
    const control = await createSyncEngine({
      store: createMemoryStore(),
      directory: new ResumableDirectory(users, { pageSize: 1 }),
    }).fullSync({ tenantId });
    const store = createMemoryStore();
    let failing = true;
    const flaky = overrideStore(store, {
      findPeopleByOktaIds: async (tenant, ids) => {
        if (failing && ids.includes(users[3]?.id ?? '')) throw new StoreError('down');
        return store.findPeopleByOktaIds(tenant, ids);
      },
    });
    const engine = createSyncEngine({
      store: flaky,
      directory: new ResumableDirectory(users, { pageSize: 1 }),
    });

    const failed = await engine.fullSync({ tenantId });
    failing = false;
    const resumed = await engine.fullSync({ tenantId });

    expect(failed.status).toBe('failed');
    expect(resumed).toMatchObject({ runId: failed.runId, status: 'succeeded' });
    expect(control.managers).toEqual({ resolved: 3, pending: 0 });
    expect(resumed.managers).toEqual(control.managers);
  });
});
