import { describe, expect, it } from 'vitest';
import type { ContractContext } from './contract-context.js';
import { personWrite } from './contract-fixtures.js';

const newer = '2026-03-02T10:00:00.000Z';
const older = '2026-03-01T10:00:00.000Z';

/** savePeople's write-time rules: no older read wins, generations only rise. */
export function describeStaleWrites({ store, newTenant }: ContractContext): void {
  describe('savePeople, when a write carries an older Okta read', () => {
    it('keeps the stored fields and still raises the generation', async () => {
      const tenant = newTenant();
      const fresh = personWrite('00uA', {
        status: 'deactivated',
        jobTitle: 'Fresh',
        oktaUpdatedAt: newer,
        seenGeneration: 1,
      });
      await store().savePeople(tenant, [fresh]);

      const stale = { status: 'active', jobTitle: 'Stale', oktaUpdatedAt: older } as const;
      await store().savePeople(tenant, [personWrite('00uA', { ...stale, seenGeneration: 2 })]);

      const [person] = await store().findPeopleByOktaIds(tenant, ['00uA']);
      expect(person).toEqual({ ...fresh, id: expect.any(String), seenGeneration: 2 });
    });

    it('keeps them too when the write names the row by id', async () => {
      const tenant = newTenant();
      await store().savePeople(tenant, [personWrite('00uA', { oktaUpdatedAt: newer })]);
      const [stored] = await store().findPeopleByOktaIds(tenant, ['00uA']);
      const write = { id: stored?.id ?? '', fullName: 'Stale', oktaUpdatedAt: older };

      await store().savePeople(tenant, [personWrite('00uA', write)]);

      expect(await store().findPeopleByOktaIds(tenant, ['00uA'])).toEqual([stored]);
    });

    it('keeps them when the same instant is written with another offset, later', async () => {
      const tenant = newTenant();
      await store().savePeople(tenant, [personWrite('00uA', { oktaUpdatedAt: newer })]);

      const write = { fullName: 'Stale', oktaUpdatedAt: '2026-03-02T10:59:59.000+02:00' };
      await store().savePeople(tenant, [personWrite('00uA', write)]);

      const [person] = await store().findPeopleByOktaIds(tenant, ['00uA']);
      expect(person?.fullName).toBe('Person 00uA');
    });
  });

  describe('savePeople, when a write is as new or newer, or has no instant', () => {
    it('applies it', async () => {
      const tenant = newTenant();
      const first = { fullName: 'First', oktaUpdatedAt: older };
      await store().savePeople(tenant, [personWrite('00uA', first)]);
      const read = async () => (await store().findPeopleByOktaIds(tenant, ['00uA']))[0];

      await store().savePeople(tenant, [personWrite('00uA', { ...first, fullName: 'Same' })]);
      const same = await read();
      await store().savePeople(tenant, [personWrite('00uA', { fullName: 'Newer' })]);
      const unknown = await read();
      await store().savePeople(tenant, [personWrite('00uA', { oktaUpdatedAt: newer })]);

      expect(same?.fullName).toBe('Same');
      expect(unknown).toMatchObject({ fullName: 'Newer', oktaUpdatedAt: null });
      expect(await read()).toMatchObject({ fullName: 'Person 00uA', oktaUpdatedAt: newer });
    });
  });

  describe('savePeople, when a write carries a lower generation', () => {
    it('applies the fields and keeps the stored generation', async () => {
      const tenant = newTenant();
      await store().savePeople(tenant, [personWrite('00uA', { seenGeneration: 5 })]);

      await store().savePeople(tenant, [personWrite('00uA', { seenGeneration: 3, team: 'Ops' })]);

      const [person] = await store().findPeopleByOktaIds(tenant, ['00uA']);
      expect(person).toMatchObject({ team: 'Ops', seenGeneration: 5 });
    });
  });
}
