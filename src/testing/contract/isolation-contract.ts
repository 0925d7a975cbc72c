import { describe, expect, it } from 'vitest';
import type { SyncStore } from '../../ports/sync-store.js';
import type { ContractContext } from './contract-context.js';
import { personWrite, sampleReport } from './contract-fixtures.js';

const everyPage = { limit: 1000 };

/** No tenant sees another's rows. */
export function describeTenantIsolation({ store, newTenant }: ContractContext): void {
  describe('when another tenant has data', () => {
    it('shows none of it', async () => {
      const [owner, other] = [newTenant(), newTenant()];
      await fillTenant(store(), owner);

      expect(await store().findPeopleByOktaIds(other, ['00uA', '00uB'])).toEqual([]);
      expect(await store().findUnlinkedByEmails(other, ['host@example.com'])).toEqual([]);
      expect(await store().listPeople(other, everyPage)).toEqual([]);
      expect(await store().listUnseen(other, 9, everyPage)).toEqual([]);
      expect(await store().listUnresolvedManagers(other, everyPage)).toEqual([]);
      expect(await store().countPeople(other, 'active')).toBe(0);
      expect(await store().listTeams(other)).toEqual([]);
      expect(await store().lastReport(other)).toBeNull();
      expect((await store().startRun(other)).generation).toBe(1);
    });

    it('keeps the same Okta id apart as two people', async () => {
      const [owner, other] = [newTenant(), newTenant()];
      await store().savePeople(owner, [personWrite('00uA', { fullName: 'Owner' })]);

      await store().savePeople(other, [personWrite('00uA', { fullName: 'Other' })]);

      const [mine] = await store().findPeopleByOktaIds(owner, ['00uA']);
      expect(mine?.fullName).toBe('Owner');
      expect(await store().countPeople(owner, 'active')).toBe(1);
    });
  });
}

/** A bit of everything: people, a host person, a team and a finished run. */
async function fillTenant(store: SyncStore, tenant: string): Promise<void> {
  await store.savePeople(tenant, [
    personWrite('00uA', { managerRef: 'boss' }),
    personWrite('00uB'),
  ]);
  await store.addHostPerson(tenant, { email: 'host@example.com', fullName: 'Host' });
  await store.ensureTeams(tenant, ['Sales']);

  const run = await store.startRun(tenant);
  await store.finishRun(tenant, sampleReport(run.runId, tenant));
}

/** Results and inputs are copies: mutating them leaves the store as it was. */
export function describeCopies({ store, newTenant }: ContractContext): void {
  describe('when a caller mutates what it passed or got back', () => {
    it('leaves stored people unchanged', async () => {
      const tenant = newTenant();
      const write = personWrite('00uA');
      await store().savePeople(tenant, [write]);
      const host = await store().addHostPerson(tenant, { email: 'h@x.io', fullName: 'H' });
      const before = await store().listPeople(tenant, everyPage);

      write.fullName = 'Changed';
      host.fullName = 'Changed';
      for (const person of await store().findPeopleByOktaIds(tenant, ['00uA'])) {
        person.fullName = 'Changed';
      }
      for (const person of await store().listPeople(tenant, everyPage)) {
        person.fullName = 'Changed';
      }

      expect(await store().listPeople(tenant, everyPage)).toEqual(before);
    });

    it('leaves stored teams and reports unchanged', async () => {
      const tenant = newTenant();
      await store().ensureTeams(tenant, ['Sales']);
      const run = await store().startRun(tenant);
      const report = sampleReport(run.runId, tenant);
      await store().finishRun(tenant, report);

      report.counts.created = 99;
      const [team] = await store().listTeams(tenant);
      if (team) team.managerOktaId = '00uChanged';
      const read = await store().lastReport(tenant);
      if (read) read.counts.updated = 99;

      expect(await store().listTeams(tenant)).toEqual([{ name: 'Sales', managerOktaId: null }]);
      expect(await store().lastReport(tenant)).toEqual(sampleReport(run.runId, tenant));
    });
  });
}
