import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/errors/store-error.js';
import { overridePerson, releaseOverride } from '../../src/mapping/person-override.js';
import { oktaUser } from '../support/list-directory.js';
import { managerSetup, noticesOf, tenantId } from './manager-harness.js';

describe('overridePerson', () => {
  describe('when an admin sets a manager by hand', () => {
    it('survives the next sync, which reports the Okta value it did not apply', async () => {
      const [oktaBoss, chosen] = [oktaUser({ id: '00uOkta' }), oktaUser({ id: '00uChosen' })];
      const worker = oktaUser({ id: '00uWorker', profile: { managerId: oktaBoss.id } });
      const { sync, store, managers } = managerSetup([oktaBoss, chosen, worker]);
      await sync();

      await overridePerson(store, tenantId, worker.id, { managerOktaId: chosen.id });
      const report = await sync();

      expect((await managers()).get(worker.id)).toBe(chosen.id);
      expect(report.counts).toMatchObject({ updated: 0, unchanged: 3 });
      expect(noticesOf(report.notices, 'FIELD_LOCKED')).toEqual([
        expect.objectContaining({ oktaId: worker.id, field: 'manager', value: oktaBoss.id }),
      ]);
    });

    it('applies the Okta manager again once released', async () => {
      const [oktaBoss, chosen] = [oktaUser({ id: '00uOkta' }), oktaUser({ id: '00uChosen' })];
      const worker = oktaUser({ id: '00uWorker', profile: { managerId: oktaBoss.id } });
      const { sync, store, managers } = managerSetup([oktaBoss, chosen, worker]);
      await sync();
      await overridePerson(store, tenantId, worker.id, { managerOktaId: chosen.id });

      await releaseOverride(store, tenantId, worker.id, ['manager']);
      const report = await sync();

      expect((await managers()).get(worker.id)).toBe(oktaBoss.id);
      expect(report.notices).toEqual([]);
    });
  });

  describe('when an admin locks profile fields', () => {
    it('keeps them through syncs that change them in Okta', async () => {
      const user = oktaUser({ profile: { title: 'Engineer', department: 'R&D' } });
      const { sync, store, directory } = managerSetup([user]);
      await sync();
      await overridePerson(store, tenantId, user.id, { jobTitle: 'Principal', team: null });
      directory.users = [
        {
          ...user,
          lastUpdated: '2026-05-01T00:00:00.000Z',
          profile: { ...user.profile, title: 'Lead', firstName: 'Renamed' },
        },
      ];

      const report = await sync();

      const [person] = await store.findPeopleByOktaIds(tenantId, [user.id]);
      expect(person).toMatchObject({ jobTitle: 'Principal', team: null });
      expect(person?.fullName).toMatch(/^Renamed /);
      expect(person?.lockedFields?.sort()).toEqual(['jobTitle', 'team']);
      const locked = noticesOf(report.notices, 'FIELD_LOCKED');
      expect(locked.map((notice) => [notice.field, notice.value])).toEqual([
        ['jobTitle', 'Lead'],
        ['team', 'R&D'],
      ]);
    });
  });

  describe('when nobody holds the Okta id', () => {
    it('rejects with a StoreError', async () => {
      const { store } = managerSetup([]);

      await expect(overridePerson(store, tenantId, '00uNobody', { team: 'x' })).rejects.toThrow(
        StoreError,
      );
    });
  });
});
