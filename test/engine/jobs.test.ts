import { describe, expect, it } from 'vitest';
import { createMemoryQueue } from '../../src/adapters/memory/memory-sync-queue.js';
import { createMemoryStore } from '../../src/adapters/memory/memory-sync-store.js';
import { exportTenant } from '../../src/engine/export-people.js';
import { createSyncEngine } from '../../src/engine/sync-engine.js';
import { ListDirectory, oktaUser } from '../support/list-directory.js';

const tenantId = 'acme';

function setup(users = [oktaUser(), oktaUser()]) {
  const store = createMemoryStore();
  const directory = new ListDirectory(users);
  const engine = createSyncEngine({ store, directory });
  const queue = createMemoryQueue({ worker: (job) => engine.runJob(job) });
  const person = async (oktaId: string) =>
    (await exportTenant(store, tenantId)).people.find((row) => row.oktaId === oktaId);

  return { store, directory, engine, queue, person };
}

describe('engine.runJob', () => {
  describe('a full-sync job from the queue', () => {
    it('runs a full sync and stores its report', async () => {
      const { queue, store } = setup();

      await queue.enqueue({ kind: 'full-sync', tenantId });
      await queue.drain();

      expect((await store.lastReport(tenantId))?.counts.created).toBe(2);
    });
  });

  describe('a sync-person job', () => {
    it('creates a new starter Okta just added', async () => {
      const { engine, directory, person } = setup([]);
      const starter = oktaUser({ status: 'STAGED', profile: { startDate: '2027-01-04' } });
      directory.users.push(starter);

      const { kind, ...rest } = await engine.runJob({
        kind: 'sync-person',
        tenantId,
        oktaId: starter.id,
      });

      expect(kind).toBe('sync-person');
      expect(rest).toMatchObject({ result: { counts: { created: 1, pending: 1 } } });
      expect(await person(starter.id)).toMatchObject({
        status: 'pending',
        startDate: '2027-01-04',
      });
    });

    it('applies a title change read fresh from Okta, and the same job twice has one effect', async () => {
      const user = oktaUser({ profile: { title: 'Engineer' } });
      const { engine, directory, person } = setup([user]);
      await engine.fullSync({ tenantId });
      directory.users[0] = {
        ...user,
        lastUpdated: '2026-07-01T00:00:00.000Z',
        profile: { ...user.profile, title: 'Principal Engineer' },
      };
      const job = { kind: 'sync-person', tenantId, oktaId: user.id } as const;

      const first = await engine.runJob(job);
      const second = await engine.runJob(job);

      expect(first).toMatchObject({ result: { counts: { updated: 1 } } });
      expect(second).toMatchObject({ result: { counts: { updated: 0, unchanged: 1 } } });
      expect((await person(user.id))?.jobTitle).toBe('Principal Engineer');
    });

    it('deactivates a leaver', async () => {
      const user = oktaUser();
      const { engine, directory, person } = setup([user]);
      await engine.fullSync({ tenantId });
      directory.users[0] = {
        ...user,
        status: 'DEPROVISIONED',
        lastUpdated: '2026-08-01T00:00:00.000Z',
      };

      const done = await engine.runJob({ kind: 'sync-person', tenantId, oktaId: user.id });

      expect(done).toMatchObject({ result: { counts: { deactivated: 1 } } });
      expect((await person(user.id))?.status).toBe('deactivated');
    });

    it('deactivates a person Okta deleted, and does nothing for one it never knew', async () => {
      const user = oktaUser();
      const { engine, directory, person } = setup([user]);
      await engine.fullSync({ tenantId });
      directory.users = [];

      const deleted = await engine.syncPerson({ tenantId, oktaId: user.id });
      const unknown = await engine.syncPerson({ tenantId, oktaId: '00uNEVERSEEN' });

      expect(deleted.counts.deactivated).toBe(1);
      expect((await person(user.id))?.status).toBe('deactivated');
      expect(Object.values(unknown.counts).every((count) => count === 0)).toBe(true);
    });

    it('reports a skip for a person without a valid email', async () => {
      const user = oktaUser({ profile: { email: 'nope' } });
      const { engine } = setup([user]);

      const result = await engine.syncPerson({ tenantId, oktaId: user.id });

      expect(result.skip).toMatchObject({ oktaId: user.id, code: 'EMAIL_INVALID' });
    });

    it('rejects a blank Okta id with a config error', async () => {
      const { engine } = setup();

      await expect(engine.syncPerson({ tenantId, oktaId: '' })).rejects.toMatchObject({
        code: 'ERR_CONFIG_INVALID',
      });
    });
  });
});

describe('the typed person and manager events', () => {
  it('tells each creation, update, deactivation and pending manager as it happens', async () => {
    const boss = oktaUser();
    const worker = oktaUser({ profile: { managerId: '00uNOBODYHERE' } });
    const leaver = oktaUser();
    const { engine, directory } = setup([boss, worker, leaver]);
    const heard: string[] = [];
    for (const name of [
      'person:created',
      'person:updated',
      'person:deactivated',
      'person:reactivated',
    ] as const) {
      engine.events.on(name, (event) => heard.push(`${name} ${event.oktaId}`));
    }
    engine.events.on('manager:pending', (event) => heard.push(`manager:pending ${event.pending}`));

    await engine.fullSync({ tenantId });
    directory.users = [
      boss,
      {
        ...worker,
        lastUpdated: '2026-09-01T00:00:00.000Z',
        profile: { ...worker.profile, title: 'Lead' },
      },
    ];
    await engine.fullSync({ tenantId });

    expect(heard).toEqual([
      `person:created ${boss.id}`,
      `person:created ${worker.id}`,
      `person:created ${leaver.id}`,
      'manager:pending 1',
      `person:updated ${worker.id}`,
      'manager:pending 1',
      `person:deactivated ${leaver.id}`,
    ]);
  });
});
