import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/adapters/memory/memory-sync-store.js';
import { createSyncEngine } from '../../src/engine/sync-engine.js';
import { createDefaultMapper } from '../../src/mapping/default-mapper.js';
import type { DefaultMapperOptions } from '../../src/mapping/default-mapper-options.js';
import type { OktaUser } from '../../src/okta/okta-user.js';
import { ListDirectory, oktaUser } from '../support/list-directory.js';

const tenantId = 'acme';

function setup(users: OktaUser[], mapping: DefaultMapperOptions = {}, pageSize = 200) {
  const store = createMemoryStore();
  const directory = new ListDirectory(users, { pageSize });
  const mapper = createDefaultMapper(mapping);
  const engine = createSyncEngine({ store, directory, mapper });
  const stored = async (oktaId: string) => (await store.findPeopleByOktaIds(tenantId, [oktaId]))[0];

  return { store, directory, sync: () => engine.fullSync({ tenantId }), stored };
}

/** The user as Okta sends it after a profile change. */
function changed(user: OktaUser, profile: Record<string, unknown>): OktaUser {
  return {
    ...user,
    lastUpdated: '2026-08-01T00:00:00.000Z',
    profile: { ...user.profile, ...profile },
  };
}

describe('a full sync under the mapping policy', () => {
  describe('when Okta empties an attribute', () => {
    it('clears the field by default', async () => {
      const user = oktaUser({ profile: { title: 'Engineer', department: 'R&D' } });
      const { sync, directory, stored } = setup([user]);
      await sync();
      directory.users = [changed(user, { title: null, department: '' })];

      const report = await sync();

      expect(report.counts.updated).toBe(1);
      expect(await stored(user.id)).toMatchObject({ jobTitle: null, team: null });
    });

    it('keeps the stored value of a field listed in keepWhenEmpty', async () => {
      const user = oktaUser({ profile: { title: 'Engineer', department: 'R&D' } });
      const { sync, directory, stored } = setup([user], { keepWhenEmpty: ['jobTitle'] });
      await sync();
      directory.users = [changed(user, { title: null, department: null })];

      await sync();

      expect(await stored(user.id)).toMatchObject({ jobTitle: 'Engineer', team: null });
    });
  });

  describe('when two Okta users share one email', () => {
    it('keeps both by id and reports the conflict on both', async () => {
      const first = oktaUser({ id: '00uFirst', profile: { email: 'shared@example.com' } });
      const second = oktaUser({ id: '00uSecond', profile: { email: 'Shared@Example.com' } });
      const { sync, store } = setup([first, second]);

      const report = await sync();

      expect(report.counts.created).toBe(2);
      expect(await store.countPeople(tenantId, 'active')).toBe(2);
      const shared = (report.notices ?? []).filter((notice) => notice.code === 'EMAIL_SHARED');
      expect(shared.map((notice) => [notice.oktaId, notice.others])).toEqual([
        ['00uFirst', ['00uSecond']],
        ['00uSecond', ['00uFirst']],
      ]);
      expect(shared[0]?.message).toContain('both are kept as separate people');
    });

    it('links the host person to one, creates the other, and reports it on later pages', async () => {
      const store = createMemoryStore();
      await store.addHostPerson(tenantId, { email: 'shared@example.com', fullName: 'Host' });
      const first = oktaUser({ id: '00uFirst', profile: { email: 'shared@example.com' } });
      const second = oktaUser({ id: '00uSecond', profile: { email: 'shared@example.com' } });
      const directory = new ListDirectory([first, second], { pageSize: 1 });
      const engine = createSyncEngine({ store, directory });

      const report = await engine.fullSync({ tenantId });

      expect(report.counts).toMatchObject({ linked: 1, created: 1 });
      expect(report.notices).toEqual([
        expect.objectContaining({
          code: 'EMAIL_SHARED',
          oktaId: '00uSecond',
          others: ['00uFirst'],
        }),
      ]);
      const again = await engine.fullSync({ tenantId });
      expect(again.notices?.map((notice) => notice.oktaId)).toEqual(['00uFirst', '00uSecond']);
    });

    it('stops reporting once the other holder is deactivated', async () => {
      const leaver = oktaUser({ profile: { email: 'seat@example.com' } });
      const { sync, directory } = setup([leaver]);
      await sync();
      directory.users = [
        { ...leaver, status: 'DEPROVISIONED', lastUpdated: '2026-08-01T00:00:00.000Z' },
        oktaUser({ profile: { email: 'seat@example.com' } }),
      ];
      await sync();

      const report = await sync();

      expect(report.notices).toEqual([]);
    });
  });

  describe('when attributes are passed through', () => {
    it('stores them, counts no change on a second run, and updates on a change', async () => {
      const user = oktaUser({ profile: { costCenter: '10', level: 3 } });
      const mapping = { passThrough: ['costCenter', 'level'] };
      const { sync, directory, stored } = setup([user], mapping);
      await sync();

      const second = await sync();
      directory.users = [changed(user, { level: 4 })];
      const third = await sync();

      expect(second.counts).toMatchObject({ unchanged: 1, updated: 0 });
      expect(third.counts.updated).toBe(1);
      expect((await stored(user.id))?.attributes).toEqual({ costCenter: '10', level: 4 });
    });
  });

  describe('when SUSPENDED is configured as deactivated', () => {
    it('deactivates a suspended person instead of keeping them', async () => {
      const user = oktaUser();
      const { sync, directory, stored } = setup([user], { suspendedStatus: 'deactivated' });
      await sync();
      directory.users = [{ ...changed(user, {}), status: 'SUSPENDED' }];

      const report = await sync();

      expect(report.counts.deactivated).toBe(1);
      expect((await stored(user.id))?.status).toBe('deactivated');
    });
  });
});
