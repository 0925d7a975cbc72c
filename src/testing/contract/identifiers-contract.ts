import { describe, expect, it } from 'vitest';
import type { ContractContext } from './contract-context.js';
import { personWrite } from './contract-fixtures.js';

const everyPage = { limit: 1000 };

/** Identifiers, pass-through attributes and locks: stored and found. */
export function describeIdentifiers({ store, newTenant }: ContractContext): void {
  describe('when a person has identifiers, attributes and locks', () => {
    it('stores them, copies them out and overwrites them with the next write', async () => {
      const tenant = newTenant();
      const write = personWrite('00uA', {
        login: 'Ann@Corp.example',
        employeeNumber: '0042',
        attributes: { costCenter: '10', level: 3, tags: ['a', true] },
        lockedFields: ['manager', 'team'],
      });

      await store().savePeople(tenant, [write]);
      const [saved] = await store().listPeople(tenant, everyPage);
      saved?.lockedFields?.push('jobTitle');
      await store().savePeople(tenant, [personWrite('00uB')]);

      expect(await store().findPeopleByOktaIds(tenant, ['00uA'])).toEqual([
        { ...write, id: expect.any(String) },
      ]);
      await store().savePeople(tenant, [personWrite('00uA')]);
      const [cleared] = await store().findPeopleByOktaIds(tenant, ['00uA']);
      expect(cleared).toMatchObject({ login: null, attributes: {}, lockedFields: [] });
    });

    it('stores the placement kept at deactivation, and clears it with null', async () => {
      const tenant = newTenant();
      const placement = { team: 'Sales', managerRef: 'boss@corp.example', managerOktaId: '00uB' };
      const kept = personWrite('00uA', { status: 'deactivated', beforeDeactivation: placement });

      await store().savePeople(tenant, [kept]);
      const [saved] = await store().findPeopleByOktaIds(tenant, ['00uA']);
      await store().savePeople(tenant, [personWrite('00uA')]);
      const [cleared] = await store().findPeopleByOktaIds(tenant, ['00uA']);

      expect(saved).toEqual({ ...kept, id: expect.any(String) });
      expect(cleared?.beforeDeactivation).toBeNull();
    });

    it('gives a host person no identifiers, no attributes and no locks', async () => {
      const tenant = newTenant();

      const host = await store().addHostPerson(tenant, { email: 'h@x.io', fullName: 'H' });

      expect(host).toMatchObject({
        login: null,
        employeeNumber: null,
        attributes: {},
        beforeDeactivation: null,
      });
      expect(host.lockedFields).toEqual([]);
    });
  });

  describe('findPeopleByIdentifier', () => {
    it('finds linked people by login or email ignoring case, by number exactly', async () => {
      const tenant = newTenant();
      await store().savePeople(tenant, [
        personWrite('00uA', { login: 'Ann@Corp.example', email: 'ann@example.com' }),
        personWrite('00uB', { employeeNumber: '0042', status: 'deactivated' }),
        personWrite('00uC', { email: 'ANN@example.com' }),
      ]);
      await store().addHostPerson(tenant, { email: 'ann@example.com', fullName: 'Host' });
      const find = (key: 'login' | 'email' | 'employeeNumber', values: string[]) =>
        store()
          .findPeopleByIdentifier(tenant, key, values)
          .then((people) => people.map((person) => person.oktaId));

      expect(await find('login', ['ann@corp.EXAMPLE'])).toEqual(['00uA']);
      expect(await find('email', ['Ann@Example.com'])).toEqual(['00uA', '00uC']);
      expect(await find('employeeNumber', ['0042', '42'])).toEqual(['00uB']);
      expect(await find('employeeNumber', [])).toEqual([]);
    });
  });
}

/** setDerivedTeamManager and the provenance it leaves. */
export function describeTeamProvenance({ store, newTenant }: ContractContext): void {
  describe('setDerivedTeamManager', () => {
    it('records the member the manager came from, until an admin sets one', async () => {
      const tenant = newTenant();

      await store().setDerivedTeamManager(tenant, 'Sales', '00uBoss', '00uFirst');
      const derived = await store().listTeams(tenant);
      await store().setTeamManager(tenant, 'Sales', '00uAdminPick');

      expect(derived).toEqual([
        { name: 'Sales', managerOktaId: '00uBoss', managerFrom: '00uFirst' },
      ]);
      expect(await store().listTeams(tenant)).toEqual([
        { name: 'Sales', managerOktaId: '00uAdminPick' },
      ]);
    });

    it('clears with nulls, leaving no provenance', async () => {
      const tenant = newTenant();
      await store().setDerivedTeamManager(tenant, 'Ops', '00uBoss', '00uFirst');

      await store().setDerivedTeamManager(tenant, 'Ops', null, null);

      expect(await store().listTeams(tenant)).toEqual([{ name: 'Ops', managerOktaId: null }]);
    });
  });
}
