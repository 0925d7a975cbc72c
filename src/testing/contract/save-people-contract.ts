import { describe, expect, it } from 'vitest';
import type { ContractContext } from './contract-context.js';
import { personWrite } from './contract-fixtures.js';

const everyPage = { limit: 1000 };

/** savePeople and addHostPerson: create, update, link, idempotency. */
export function describeSavePeople(context: ContractContext): void {
  const { store, newTenant } = context;
  describe('savePeople', () => {
    describe('when the Okta id is new', () => {
      it('creates a person holding every written field', async () => {
        const tenant = newTenant();
        const write = personWrite('00uNew', {
          team: 'Sales',
          jobTitle: 'Account Executive',
          managerRef: '00uBoss',
          managerOktaId: '00uBoss',
          status: 'pending',
          startDate: '2024-02-29',
          oktaUpdatedAt: '2024-03-01T10:00:00.000Z',
          seenGeneration: 3,
        });

        await store().savePeople(tenant, [write]);
        const [person] = await store().findPeopleByOktaIds(tenant, ['00uNew']);

        expect(person).toEqual({ ...write, id: expect.any(String) });
        expect(person?.id).not.toBe('');
      });
    });

    describe('when the Okta id is already stored', () => {
      it('updates that person instead of adding one', async () => {
        const tenant = newTenant();
        await store().savePeople(tenant, [personWrite('00uA', { fullName: 'Ann' })]);
        const [before] = await store().listPeople(tenant, everyPage);

        await store().savePeople(tenant, [personWrite('00uA', { fullName: 'Ann Lee' })]);
        const after = await store().listPeople(tenant, everyPage);

        expect(after).toHaveLength(1);
        expect(after[0]).toMatchObject({ id: before?.id, fullName: 'Ann Lee' });
      });
    });

    describe('when the same batch is saved twice', () => {
      it('leaves the same rows', async () => {
        const tenant = newTenant();
        const batch = ['00uA', '00uB', '00uC'].map((oktaId) => personWrite(oktaId));

        await store().savePeople(tenant, batch);
        const once = await store().listPeople(tenant, everyPage);
        await store().savePeople(tenant, batch);

        expect(await store().listPeople(tenant, everyPage)).toEqual(once);
      });
    });

    describe('when one batch writes an Okta id twice', () => {
      it('keeps one person, holding the last write', async () => {
        const tenant = newTenant();

        await store().savePeople(tenant, [
          personWrite('00uA', { fullName: 'First' }),
          personWrite('00uA', { fullName: 'Last' }),
        ]);
        const people = await store().listPeople(tenant, everyPage);

        expect(people).toHaveLength(1);
        expect(people[0]?.fullName).toBe('Last');
      });
    });

    describe('when the batch is empty', () => {
      it('writes nothing', async () => {
        const tenant = newTenant();

        await store().savePeople(tenant, []);

        expect(await store().listPeople(tenant, everyPage)).toEqual([]);
      });
    });

    describeLinking(context);
  });

  describeAddHostPerson(context);
}

function describeLinking({ store, newTenant }: ContractContext): void {
  describe('when a write carries the id of a host person', () => {
    it('links that person to the Okta id and updates them', async () => {
      const tenant = newTenant();
      const host = await store().addHostPerson(tenant, {
        email: 'ann@example.com',
        fullName: 'Ann',
      });

      const write = personWrite('00uA', { id: host.id, fullName: 'Ann Lee' });
      await store().savePeople(tenant, [write]);

      expect(await store().listPeople(tenant, everyPage)).toEqual([{ ...write, id: host.id }]);
    });

    it('updates the linked person on later writes without an id', async () => {
      const tenant = newTenant();
      const host = await store().addHostPerson(tenant, { email: 'a@example.com', fullName: 'A' });

      await store().savePeople(tenant, [personWrite('00uA', { id: host.id })]);
      await store().savePeople(tenant, [personWrite('00uA', { jobTitle: 'Engineer' })]);
      const people = await store().listPeople(tenant, everyPage);

      expect(people).toHaveLength(1);
      expect(people[0]).toMatchObject({ id: host.id, oktaId: '00uA', jobTitle: 'Engineer' });
    });
  });

  describe('when a write carries an id no person has', () => {
    it('rejects with a StoreError', async () => {
      const tenant = newTenant();
      const write = personWrite('00uA', { id: 'no-such-person' });

      await expect(store().savePeople(tenant, [write])).rejects.toMatchObject({
        code: 'ERR_STORE_FAILED',
      });
    });
  });
}

function describeAddHostPerson({ store, newTenant }: ContractContext): void {
  describe('addHostPerson', () => {
    it('resolves to the stored, unlinked person', async () => {
      const tenant = newTenant();

      const person = await store().addHostPerson(tenant, {
        email: 'Host@Example.com',
        fullName: 'Hana Host',
        team: 'Ops',
      });

      expect(person).toMatchObject({
        oktaId: null,
        email: 'Host@Example.com',
        fullName: 'Hana Host',
        team: 'Ops',
      });
      expect(await store().listPeople(tenant, everyPage)).toEqual([person]);
    });

    it('gives every person their own id', async () => {
      const tenant = newTenant();

      const first = await store().addHostPerson(tenant, { email: 'a@x.io', fullName: 'A' });
      const second = await store().addHostPerson(tenant, { email: 'a@x.io', fullName: 'A' });

      expect(first.id).not.toBe(second.id);
    });
  });
}
