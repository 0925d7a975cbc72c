import { afterAll, describe, expect, it } from 'vitest';
import { exportTenant } from '../../src/engine/export-people.js';
import { createSyncEngine } from '../../src/engine/sync-engine.js';
import type { OktaUser } from '../../src/okta/okta-user.js';
import type { SyncStore } from '../../src/ports/sync-store.js';
import { ListDirectory, oktaUser } from '../support/list-directory.js';
import { storeBackends } from './store-backends.js';

const tenantId = 'returning';
const backends = await storeBackends();

afterAll(async () => {
  for (const backend of backends) await backend.close();
});

async function personOf(store: SyncStore, oktaId: string) {
  return (await exportTenant(store, tenantId)).people.find((row) => row.oktaId === oktaId);
}

/** The user with their profile changed, read at `lastUpdated`. */
function changed(
  user: OktaUser,
  lastUpdated: string,
  fields: Partial<OktaUser> = {},
  profile = {},
) {
  return { ...user, ...fields, lastUpdated, profile: { ...user.profile, ...profile } };
}

describe.each(backends)('reactivation ($name)', (backend) => {
  async function setup() {
    const store = await backend.open();
    const boss = oktaUser({ profile: { department: 'Sales' } });
    const leaver = oktaUser({ profile: { department: 'Sales', managerId: boss.id } });
    const directory = new ListDirectory([boss, leaver]);
    const engine = createSyncEngine({ store, directory });
    await engine.fullSync({ tenantId });

    return { store, boss, leaver, directory, engine };
  }

  describe('when Okta blanked a leaver’s team and manager and they come back', () => {
    it('restores the team and manager they had at deactivation', async () => {
      const { store, boss, leaver, directory, engine } = await setup();
      const blank = { department: null, managerId: null };
      const gone = changed(leaver, '2026-02-01T00:00:00.000Z', { status: 'DEPROVISIONED' }, blank);
      directory.users = [boss, gone];
      await engine.fullSync({ tenantId });
      const whileGone = await personOf(store, leaver.id);
      directory.users = [boss, changed(gone, '2026-03-01T00:00:00.000Z', { status: 'ACTIVE' })];

      const report = await engine.fullSync({ tenantId });

      expect(whileGone).toMatchObject({ status: 'deactivated', team: null, managerOktaId: null });
      expect(report.counts.reactivated).toBe(1);
      expect(await personOf(store, leaver.id)).toMatchObject({
        status: 'active',
        team: 'Sales',
        managerOktaId: boss.id,
        managerPending: null,
      });
    });
  });

  describe('when a swept person returns through an event into a new team', () => {
    it('takes the new team from Okta and restores the resolved manager', async () => {
      const { store, boss, leaver, directory, engine } = await setup();
      directory.users = [boss];
      await engine.fullSync({ tenantId, force: true });
      const back = { department: 'Ops', managerId: null };
      directory.users = [boss, changed(leaver, '2026-03-01T00:00:00.000Z', {}, back)];

      const result = await engine.syncPerson({ tenantId, oktaId: leaver.id });

      expect(result.counts.reactivated).toBe(1);
      expect(await personOf(store, leaver.id)).toMatchObject({
        status: 'active',
        team: 'Ops',
        managerOktaId: boss.id,
      });
    });
  });

  describe('once the person is back', () => {
    it('forgets the kept placement, so a later blanking is not undone', async () => {
      const { store, boss, leaver, directory, engine } = await setup();
      directory.users = [boss];
      await engine.fullSync({ tenantId, force: true });
      directory.users = [boss, changed(leaver, '2026-03-01T00:00:00.000Z')];
      await engine.fullSync({ tenantId });
      const blank = { department: null };
      directory.users = [boss, changed(leaver, '2026-04-01T00:00:00.000Z', {}, blank)];

      await engine.fullSync({ tenantId });

      const [stored] = await store.findPeopleByOktaIds(tenantId, [leaver.id]);
      expect(stored).toMatchObject({ team: null, beforeDeactivation: null });
    });
  });
});
