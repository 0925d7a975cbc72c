import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/adapters/memory/memory-sync-store.js';
import { exportTenant } from '../../src/engine/export-people.js';
import { createSyncEngine } from '../../src/engine/sync-engine.js';
import { StoreError } from '../../src/errors/store-error.js';
import type { PersonWrite } from '../../src/ports/stored-person.js';
import type { SyncStore } from '../../src/ports/sync-store.js';
import { ListDirectory, oktaUser } from '../support/list-directory.js';

const tenantId = 'acme';

function setup(users = [oktaUser(), oktaUser()], pageSize = 200, store = createMemoryStore()) {
  const directory = new ListDirectory(users, { pageSize });
  const engine = createSyncEngine({ store, directory });

  return { directory, engine, store, sync: () => engine.fullSync({ tenantId }) };
}

async function peopleOf(store: SyncStore) {
  return (await exportTenant(store, tenantId)).people;
}

describe('full sync', () => {
  describe('when the store is empty', () => {
    it('creates every person Okta lists and skips those without a valid email', async () => {
      const users = [
        oktaUser({ profile: { email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' } }),
        oktaUser({ profile: { email: null } }),
        oktaUser({ profile: { email: 'not-an-address' } }),
      ];
      const { sync, store } = setup(users);

      const report = await sync();

      expect(report.status).toBe('succeeded');
      expect(report.counts).toMatchObject({ created: 1, skipped: 2 });
      expect(report.skipped.map((skip) => skip.code).sort()).toEqual([
        'EMAIL_INVALID',
        'EMAIL_MISSING',
      ]);
      expect(report.skipped[0]?.reason).toMatch(/\w+/);
      const people = await peopleOf(store);
      expect(people).toHaveLength(1);
      expect(people[0]).toMatchObject({ fullName: 'Ada Lovelace', status: 'active' });
    });

    it('maps statuses to active, pending and suspended', async () => {
      const users = [
        oktaUser({ status: 'LOCKED_OUT' }),
        oktaUser({ status: 'STAGED', profile: { startDate: '2027-05-01' } }),
        oktaUser({ status: 'SUSPENDED' }),
      ];
      const { sync, store } = setup(users);

      const report = await sync();

      expect(report.counts).toMatchObject({ created: 3, pending: 1 });
      const statuses = (await peopleOf(store)).map((person) => person.status).sort();
      expect(statuses).toEqual(['active', 'pending', 'suspended']);
    });
  });

  describe('when nothing changed in Okta since the last run', () => {
    it('reports every stored person unchanged and the same skips', async () => {
      const users = [
        oktaUser(),
        oktaUser({ status: 'STAGED' }),
        oktaUser({ profile: { email: '' } }),
      ];
      const { sync } = setup(users);
      const first = await sync();

      const second = await sync();

      expect(second.counts).toMatchObject({
        created: 0,
        linked: 0,
        updated: 0,
        deactivated: 0,
        reactivated: 0,
        unchanged: 2,
        pending: first.counts.pending,
        skipped: first.counts.skipped,
      });
    });
  });

  describe('when a profile changes', () => {
    it('updates the person and keeps their identity', async () => {
      const user = oktaUser({ profile: { title: 'Engineer' } });
      const { sync, store, directory } = setup([user]);
      await sync();
      const [before] = await peopleOf(store);
      directory.users = [
        {
          ...user,
          lastUpdated: '2026-02-01T00:00:00.000Z',
          profile: { ...user.profile, title: 'Lead' },
        },
      ];

      const report = await sync();

      expect(report.counts).toMatchObject({ updated: 1, created: 0 });
      const [after] = await peopleOf(store);
      expect(after).toMatchObject({ id: before?.id, jobTitle: 'Lead' });
    });

    it('ignores a read older than the one already stored', async () => {
      const user = oktaUser({ lastUpdated: '2026-03-01T00:00:00.000Z' });
      const { sync, store, directory } = setup([user]);
      await sync();
      directory.users = [
        {
          ...user,
          lastUpdated: '2026-02-01T00:00:00.000Z',
          profile: { ...user.profile, title: 'Old' },
        },
      ];

      const report = await sync();

      expect(report.counts.unchanged).toBe(1);
      expect((await peopleOf(store))[0]?.jobTitle).toBe('Engineer');
    });
  });

  describe('when a host person has the same email in another case', () => {
    it('links them instead of creating a duplicate', async () => {
      const store = createMemoryStore();
      const host = await store.addHostPerson(tenantId, {
        email: 'grace.hopper@example.com',
        fullName: 'Grace Hopper',
      });
      const user = oktaUser({ profile: { email: 'Grace.Hopper@EXAMPLE.com' } });
      const { sync } = setup([user], 200, store);

      const report = await sync();

      expect(report.counts).toMatchObject({ linked: 1, created: 0 });
      const people = await peopleOf(store);
      expect(people).toHaveLength(1);
      expect(people[0]).toMatchObject({ id: host.id, oktaId: user.id });
    });
  });

  describe('when people leave', () => {
    it('deactivates a person Okta no longer lists', async () => {
      const [stays, leaves] = [oktaUser(), oktaUser()];
      const { sync, store, directory } = setup([stays!, leaves!]);
      await sync();
      directory.users = [stays!];

      const report = await sync();

      expect(report.counts.deactivated).toBe(1);
      const gone = (await peopleOf(store)).find((person) => person.oktaId === leaves?.id);
      expect(gone?.status).toBe('deactivated');
    });

    it('deactivates a DEPROVISIONED person found only by the status listing', async () => {
      const user = oktaUser();
      const { sync, store, directory } = setup([user, oktaUser()]);
      await sync();
      directory.users[0] = {
        ...user,
        status: 'DEPROVISIONED',
        lastUpdated: '2026-05-01T00:00:00.000Z',
      };

      const report = await sync();

      expect(report.counts.deactivated).toBe(1);
      const person = (await peopleOf(store)).find((row) => row.oktaId === user.id);
      expect(person?.status).toBe('deactivated');
    });

    it('does not create a DEPROVISIONED person it never saw', async () => {
      const { sync, store } = setup([oktaUser(), oktaUser({ status: 'DEPROVISIONED' })]);

      const report = await sync();

      expect(report.counts).toMatchObject({ created: 1, ignored: 1, skipped: 0 });
      expect(await peopleOf(store)).toHaveLength(1);
    });

    it('reactivates a returning person', async () => {
      const user = oktaUser();
      const { sync, store, directory } = setup([user, oktaUser()]);
      await sync();
      directory.users = directory.users.filter((row) => row.id !== user.id);
      await sync();
      directory.users.push({ ...user, lastUpdated: '2026-06-01T00:00:00.000Z' });

      const report = await sync();

      expect(report.counts.reactivated).toBe(1);
      const person = (await peopleOf(store)).find((row) => row.oktaId === user.id);
      expect(person?.status).toBe('active');
    });

    it('keeps a known person whose email became invalid', async () => {
      const user = oktaUser();
      const { sync, store, directory } = setup([user]);
      await sync();
      directory.users = [{ ...user, profile: { ...user.profile, email: 'broken' } }];

      const report = await sync();

      expect(report.counts).toMatchObject({ skipped: 1, deactivated: 0 });
      expect((await peopleOf(store))[0]?.status).toBe('active');
    });
  });

  describe('when Okta lists nobody while people are active', () => {
    it('holds the sweep, deactivates nobody and ends guarded', async () => {
      const users = [oktaUser(), oktaUser(), oktaUser()];
      const { sync, store, directory } = setup(users);
      await sync();
      directory.users = [
        { ...users[0]!, status: 'DEPROVISIONED', lastUpdated: '2027-01-01T00:00:00.000Z' },
      ];

      const report = await sync();

      expect(report.status).toBe('guarded');
      expect(report.guard).toMatchObject({ wouldDeactivate: 3, active: 3 });
      expect(report.counts.deactivated).toBe(0);
      const statuses = (await peopleOf(store)).map((person) => person.status);
      expect(statuses).toEqual(['active', 'active', 'active']);
    });
  });

  describe('when Okta fails part-way', () => {
    it('fails the run and deactivates nobody', async () => {
      const users = [oktaUser(), oktaUser(), oktaUser(), oktaUser()];
      const store = createMemoryStore();
      await setup(users, 2, store).sync();
      const failing = new ListDirectory(users.slice(0, 2), {
        pageSize: 2,
        failOnPage: { listing: 'deprovisioned', page: 0, error: new Error('socket hang up') },
      });
      const engine = createSyncEngine({ store, directory: failing });

      const report = await engine.fullSync({ tenantId });

      expect(report.status).toBe('failed');
      expect(report.error?.code).toBe('ERR_UNEXPECTED');
      expect(report.counts.deactivated).toBe(0);
      expect((await peopleOf(store)).every((person) => person.status === 'active')).toBe(true);
      expect((await store.lastReport(tenantId))?.status).toBe('failed');
    });
  });

  describe('when the store rejects some people', () => {
    it('saves the others, reports the failures and spares them from the sweep', async () => {
      const users = [oktaUser(), oktaUser(), oktaUser()];
      const store = createMemoryStore();
      await setup(users, 200, store).sync();
      const bad = users[1]!;
      const picky = rejecting(store, bad.id);
      const changed = users.map((user) => ({
        ...user,
        lastUpdated: '2026-09-01T00:00:00.000Z',
        profile: { ...user.profile, title: 'Changed' },
      }));

      const report = await setup(changed, 200, picky).sync();

      expect(report.status).toBe('partial');
      expect(report.counts).toMatchObject({ updated: 2, failed: 1, deactivated: 0 });
      // Exactly the fields PersonFailure declares, nothing more.
      expect(report.failures).toEqual([
        { oktaId: bad.id, code: 'ERR_STORE_FAILED', message: expect.any(String) },
      ]);
      const people = await peopleOf(store);
      expect(people.find((row) => row.oktaId === bad.id)?.status).toBe('active');

      const retry = await setup(changed, 200, store).sync();
      expect(retry.counts).toMatchObject({ updated: 1, unchanged: 2, failed: 0 });
    });
  });

  describe('managers', () => {
    it('resolves a manager listed on the last page for a person on the first', async () => {
      const boss = oktaUser();
      const report = oktaUser({ profile: { managerId: boss.id } });
      const others = Array.from({ length: 4 }, () => oktaUser());
      const { sync, store } = setup([report, ...others, boss], 2);

      const result = await sync();

      expect(result.managers).toEqual({ resolved: 1, pending: 0 });
      const person = (await peopleOf(store)).find((row) => row.oktaId === report.id);
      expect(person).toMatchObject({ managerOktaId: boss.id, managerPending: null });
    });

    it('keeps an unknown manager pending in the store until they appear', async () => {
      const boss = oktaUser();
      const worker = oktaUser({ profile: { managerId: boss.id } });
      const { sync, store, directory } = setup([worker]);

      const first = await sync();

      expect(first.managers).toEqual({ resolved: 0, pending: 1 });
      const pending = (await peopleOf(store))[0];
      expect(pending).toMatchObject({ managerOktaId: null, managerPending: boss.id });

      directory.users.push(boss);
      const second = await sync();

      expect(second.managers).toEqual({ resolved: 1, pending: 0 });
      const resolved = (await peopleOf(store)).find((row) => row.oktaId === worker.id);
      expect(resolved?.managerOktaId).toBe(boss.id);
    });

    it('falls back to the team manager only when Okta names no manager', async () => {
      const lead = oktaUser({ profile: { department: 'Sales' } });
      const loner = oktaUser({ profile: { department: 'Sales' } });
      const { sync, store } = setup([lead, loner]);
      await sync();
      await store.setTeamManager(tenantId, 'Sales', lead.id);

      const people = await peopleOf(store);

      expect(people.find((row) => row.oktaId === loner.id)?.managerOktaId).toBe(lead.id);
    });
  });

  describe('dry run', () => {
    it('writes nothing and counts what a real run would do', async () => {
      const users = [oktaUser(), oktaUser({ profile: { email: 'x' } }), oktaUser()];
      const store = createMemoryStore();
      const { engine } = setup(users, 200, store);

      const preview = await engine.fullSync({ tenantId, dryRun: true });

      expect(preview.dryRun).toBe(true);
      expect(preview.counts).toMatchObject({ created: 2, skipped: 1 });
      expect(preview.preview?.map((change) => change.kind)).toEqual(['create', 'create']);
      expect(await peopleOf(store)).toEqual([]);
      expect(await store.lastReport(tenantId)).toBeNull();

      const real = await engine.fullSync({ tenantId });
      expect(real.counts).toEqual(preview.counts);
    });

    it('counts the leavers a real run would deactivate', async () => {
      const users = [oktaUser(), oktaUser()];
      const { engine, directory } = setup(users);
      await engine.fullSync({ tenantId });
      directory.users = [users[0]!];

      const preview = await engine.fullSync({ tenantId, dryRun: true });

      expect(preview.counts).toMatchObject({ deactivated: 1, unchanged: 1 });
    });
  });

  describe('when the tenant id is blank', () => {
    it('rejects with a config error naming the field', async () => {
      const { engine } = setup();

      await expect(engine.fullSync({ tenantId: ' ' })).rejects.toMatchObject({
        code: 'ERR_CONFIG_INVALID',
        message: expect.stringContaining('tenantId'),
      });
    });
  });
});

/** A store that refuses any batch holding one Okta id. */
function rejecting(store: SyncStore, oktaId: string): SyncStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'savePeople') {
        return async (tenant: string, people: readonly PersonWrite[]) => {
          if (people.some((person) => person.oktaId === oktaId)) {
            throw new StoreError('row rejected by a host trigger');
          }
          return target.savePeople(tenant, people);
        };
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

describe('the mass-deactivation guard', () => {
  const staff = (count: number) => Array.from({ length: count }, () => oktaUser());

  describe('when a sweep would deactivate 30% of 50 active people', () => {
    it('holds the sweep, deactivates nobody and reports the numbers', async () => {
      const users = staff(50);
      const { sync, store, directory } = setup(users);
      await sync();
      directory.users = users.slice(15);

      const report = await sync();

      expect(report.status).toBe('guarded');
      expect(report.guard).toMatchObject({ wouldDeactivate: 15, active: 50 });
      expect(report.guard?.reason).toContain('15 of 50');
      expect(report.counts.deactivated).toBe(0);
      const people = await peopleOf(store);
      expect(people.filter((person) => person.status === 'deactivated')).toEqual([]);
    });

    it('applies the sweep when forced', async () => {
      const users = staff(50);
      const { engine, directory, store } = setup(users);
      await engine.fullSync({ tenantId });
      directory.users = users.slice(15);

      const report = await engine.fullSync({ tenantId, force: true });

      expect(report.status).toBe('succeeded');
      expect(report.counts.deactivated).toBe(15);
      const people = await peopleOf(store);
      expect(people.filter((person) => person.status === 'deactivated')).toHaveLength(15);
    });

    it('shows the hold in a dry run too', async () => {
      const users = staff(50);
      const { engine, directory } = setup(users);
      await engine.fullSync({ tenantId });
      directory.users = users.slice(15);

      const preview = await engine.fullSync({ tenantId, dryRun: true });

      expect(preview.status).toBe('guarded');
      expect(preview.counts.deactivated).toBe(0);
    });
  });

  describe('when a sweep stays under the thresholds', () => {
    it('deactivates 10 of 20 people, since 10 is not more than the minimum count', async () => {
      const users = staff(20);
      const { sync, directory } = setup(users);
      await sync();
      directory.users = users.slice(10);

      const report = await sync();

      expect(report.status).toBe('succeeded');
      expect(report.counts.deactivated).toBe(10);
    });

    it('deactivates 11 of 100 people, since 11% is under 20%', async () => {
      const users = staff(100);
      const { sync, directory } = setup(users);
      await sync();
      directory.users = users.slice(11);

      expect((await sync()).counts.deactivated).toBe(11);
    });
  });

  describe('when the listing is empty', () => {
    it('holds even below the minimum count, and applies when forced', async () => {
      const users = staff(3);
      const { engine, directory } = setup(users);
      await engine.fullSync({ tenantId });
      directory.users = [];

      const held = await engine.fullSync({ tenantId });
      const forced = await engine.fullSync({ tenantId, force: true });

      expect(held.status).toBe('guarded');
      expect(forced.counts.deactivated).toBe(3);
    });
  });

  describe('when the thresholds are configured', () => {
    it('uses them', async () => {
      const users = staff(10);
      const store = createMemoryStore();
      const directory = new ListDirectory(users);
      const engine = createSyncEngine({
        store,
        directory,
        guard: { maxFraction: 0.1, minCount: 1 },
      });
      await engine.fullSync({ tenantId });
      directory.users = users.slice(2);

      expect((await engine.fullSync({ tenantId })).status).toBe('guarded');
    });

    it('rejects thresholds out of range, naming each', () => {
      const make = () =>
        createSyncEngine({
          store: createMemoryStore(),
          directory: new ListDirectory([]),
          guard: { maxFraction: 2, minCount: -1 },
        });

      expect(make).toThrow(/guard\.maxFraction.*guard\.minCount/);
    });
  });
});
