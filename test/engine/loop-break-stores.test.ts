import { afterAll, describe, expect, it } from 'vitest';
import { exportTenant } from '../../src/engine/export-people.js';
import { createSyncEngine } from '../../src/engine/sync-engine.js';
import type { OktaUser } from '../../src/okta/okta-user.js';
import type { SyncStore } from '../../src/ports/sync-store.js';
import { ListDirectory, oktaUser } from '../support/list-directory.js';
import { storeBackends } from './store-backends.js';

const tenantId = 'loops';
const backends = await storeBackends();

afterAll(async () => {
  for (const backend of backends) await backend.close();
});

async function managersOf(store: SyncStore) {
  const { people } = await exportTenant(store, tenantId);

  return new Map(people.map((person) => [person.oktaId, person.managerOktaId]));
}

async function syncOnce(store: SyncStore, users: OktaUser[], pageSize: number) {
  const directory = new ListDirectory(users, { pageSize });
  const engine = createSyncEngine({ store, directory });

  return engine.fullSync({ tenantId });
}

describe.each(backends)('a loop broken at a link the run wrote ($name)', (backend) => {
  it('takes back a link written while planning', async () => {
    const store = await backend.open();
    // D, on the second page, names A (written on the first) by Okta id,
    // so planning links D → A; C → D closes the loop, which breaks at D.
    const people = ['00uA', '00uB', '00uC', '00uD'].map((id) => oktaUser({ id }));
    people.forEach((user, index) => {
      user.profile.managerId = people[(index + 1) % people.length]?.id;
    });

    const report = await syncOnce(store, people, 2);

    expect(report.managers).toEqual({ resolved: 3, pending: 1 });
    expect(await managersOf(store)).toEqual(
      new Map([
        ['00uA', '00uB'],
        ['00uB', '00uC'],
        ['00uC', '00uD'],
        ['00uD', null],
      ]),
    );
    const [person] = (await exportTenant(store, tenantId)).people.filter(
      (row) => row.oktaId === '00uD',
    );
    expect(person).toMatchObject({ managerPending: '00uA' });
  });

  it('takes back a link an earlier page of the pass wrote', async () => {
    const store = await backend.open();
    // 2,000 references a page: Z's is applied on the pass's first page,
    // A's closes the loop on the second. Logins keep planning out of it.
    const z = oktaUser({ id: '00uZ' });
    const a = oktaUser({ id: '00uA' });
    z.profile.managerId = a.profile.login;
    a.profile.managerId = z.profile.login;
    const waiting = Array.from({ length: 2000 }, () =>
      oktaUser({ profile: { managerId: 'nobody@example.com' } }),
    );

    const report = await syncOnce(store, [z, ...waiting, a], 500);

    expect(report.managers).toEqual({ resolved: 1, pending: 2001 });
    const managers = await managersOf(store);
    expect([managers.get('00uA'), managers.get('00uZ')]).toEqual(['00uZ', null]);
    const cycles = (report.notices ?? []).filter((notice) => notice.code === 'MANAGER_CYCLE');
    expect(cycles).toEqual([
      expect.objectContaining({
        oktaId: '00uZ',
        value: a.profile.login,
        others: ['00uZ', '00uA', '00uZ'],
      }),
    ]);
  });
});
