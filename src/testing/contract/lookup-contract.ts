import { describe, expect, it } from 'vitest';
import type { ContractContext } from './contract-context.js';
import { personWrite } from './contract-fixtures.js';

const everyPage = { limit: 1000 };

/** What every read returns for a tenant with nothing stored. */
export function describeNotFound({ store, newTenant }: ContractContext): void {
  describe('when the tenant has nothing stored', () => {
    it('returns empty lists from every lookup and listing', async () => {
      const tenant = newTenant();

      expect(await store().findPeopleByOktaIds(tenant, ['00uNone'])).toEqual([]);
      expect(await store().findUnlinkedByEmails(tenant, ['none@example.com'])).toEqual([]);
      expect(await store().listPeople(tenant, everyPage)).toEqual([]);
      expect(await store().listUnseen(tenant, 5, everyPage)).toEqual([]);
      expect(await store().listUnresolvedManagers(tenant, everyPage)).toEqual([]);
      expect(await store().listTeams(tenant)).toEqual([]);
    });

    it('counts 0 people and has no last report', async () => {
      const tenant = newTenant();

      expect(await store().countPeople(tenant, 'active')).toBe(0);
      expect(await store().lastReport(tenant)).toBeNull();
    });
  });
}

/** findPeopleByOktaIds and findUnlinkedByEmails. */
export function describeLookups({ store, newTenant }: ContractContext): void {
  describe('findPeopleByOktaIds', () => {
    it('returns the people holding the ids and leaves unknown ids out', async () => {
      const tenant = newTenant();
      await store().savePeople(tenant, [personWrite('00uA'), personWrite('00uB')]);

      const found = await store().findPeopleByOktaIds(tenant, ['00uB', '00uX', '00uA']);

      expect(found.map((person) => person.oktaId).sort()).toEqual(['00uA', '00uB']);
    });

    it('returns an empty array for no ids', async () => {
      const tenant = newTenant();
      await store().savePeople(tenant, [personWrite('00uA')]);

      expect(await store().findPeopleByOktaIds(tenant, [])).toEqual([]);
    });
  });

  describe('findUnlinkedByEmails', () => {
    it('matches host people by email, ignoring case', async () => {
      const tenant = newTenant();
      const host = await store().addHostPerson(tenant, {
        email: 'Ann.Lee@Example.com',
        fullName: 'Ann Lee',
      });

      const found = await store().findUnlinkedByEmails(tenant, ['ann.lee@EXAMPLE.COM']);

      expect(found).toEqual([host]);
    });

    it('ignores people already linked to Okta', async () => {
      const tenant = newTenant();
      await store().savePeople(tenant, [personWrite('00uA', { email: 'bob@example.com' })]);

      expect(await store().findUnlinkedByEmails(tenant, ['bob@example.com'])).toEqual([]);
    });
  });
}

/** setManagers and countPeople. */
export function describeManagersAndCounts({ store, newTenant }: ContractContext): void {
  describe('setManagers', () => {
    it('sets the resolved manager of each person, idempotently', async () => {
      const tenant = newTenant();
      await store().savePeople(tenant, [personWrite('00uA', { managerRef: 'boss' })]);
      const [person] = await store().listPeople(tenant, everyPage);
      const managers = new Map([[person?.id ?? '', '00uBoss']]);

      await store().setManagers(tenant, managers);
      await store().setManagers(tenant, managers);

      const [after] = await store().listPeople(tenant, everyPage);
      expect(after).toEqual({ ...person, managerOktaId: '00uBoss' });
      expect(await store().listUnresolvedManagers(tenant, everyPage)).toEqual([]);
    });
  });

  describe('countPeople', () => {
    it('counts the people of each status', async () => {
      const tenant = newTenant();
      await store().savePeople(tenant, [
        personWrite('00uA'),
        personWrite('00uB'),
        personWrite('00uC', { status: 'pending' }),
        personWrite('00uD', { status: 'deactivated' }),
      ]);

      expect(await store().countPeople(tenant, 'active')).toBe(2);
      expect(await store().countPeople(tenant, 'pending')).toBe(1);
      expect(await store().countPeople(tenant, 'deactivated')).toBe(1);
      expect(await store().countPeople(tenant, 'suspended')).toBe(0);
    });
  });
}
