import { describe, expect, it } from 'vitest';
import { pendingManagerPages } from '../../managers/pending-managers.js';
import type { ManagerMatch } from '../../mapping/mapper-policy.js';
import type { PendingManager } from '../../ports/pending-manager.js';
import type { SyncStore } from '../../ports/sync-store.js';
import type { ContractContext } from './contract-context.js';
import { personWrite } from './contract-fixtures.js';

const everyKind: readonly ManagerMatch[] = ['oktaId', 'login', 'email', 'employeeNumber'];

/**
 * Pending manager references and what they match, as the manager pass
 * reads them: through `matchPendingManagers` when the store has it, else
 * through `listUnresolvedManagers` and the lookups. Either way the pages
 * must be the same.
 */
export function describePendingManagers({ store, newTenant }: ContractContext): void {
  describe('when manager references are pending', () => {
    it('pairs each with the people of the first kind of match that finds anyone', async () => {
      const tenant = await seedReferences(store());

      const pending = await readPending(store(), tenant, everyKind);

      expect(pending.map(({ managerRef, matches }) => ({ managerRef, matches }))).toEqual([
        { managerRef: '00uM1', matches: [boss] },
        { managerRef: 'BOSS@corp.example', matches: [boss] },
        { managerRef: 'Dup@Corp.example', matches: [twin('00uD1'), twin('00uD2')] },
        {
          managerRef: '77',
          matches: [{ oktaId: '00uL', status: 'deactivated', managerOktaId: null }],
        },
        { managerRef: 'host@corp.example', matches: [] },
        { managerRef: 'nobody', matches: [] },
      ]);
      expect(pending.map((row) => row.oktaId)).toEqual(pendingIds);
    });

    it('tries the kinds in the order given, and only those', async () => {
      const tenant = await seedReferences(store());

      const loginFirst = await readPending(store(), tenant, ['login', 'oktaId']);
      const oktaIdOnly = await readPending(store(), tenant, ['oktaId']);

      expect(loginFirst[0]?.matches).toEqual([
        { oktaId: '00uX', status: 'active', managerOktaId: null },
      ]);
      expect(oktaIdOnly.map((row) => row.matches.length)).toEqual([1, 0, 0, 0, 0, 0]);
    });

    it('pages in person id order, leaving out resolved references', async () => {
      const tenant = await seedReferences(store());
      const all = await store().listUnresolvedManagers(tenant, { limit: 100 });

      const pending = await readPending(store(), tenant, everyKind);

      expect(pending.map((row) => row.id)).toEqual(all.map((row) => row.id));
      expect(all.map((row) => row.oktaId)).toEqual(pendingIds);
    });
  });

  async function seedReferences(target: SyncStore): Promise<string> {
    const tenant = newTenant();
    const managers = [
      personWrite('00uTop'),
      personWrite('00uM1', {
        login: 'Boss@Corp.example',
        managerRef: '00uTop',
        managerOktaId: '00uTop',
      }),
      personWrite('00uD1', { email: 'dup@corp.example' }),
      personWrite('00uD2', { email: 'DUP@corp.example' }),
      personWrite('00uL', { status: 'deactivated', employeeNumber: '77' }),
      personWrite('00uX', { login: '00uM1' }),
    ];
    const refs = ['00uM1', 'BOSS@corp.example', 'Dup@Corp.example', '77', 'host@corp.example'];
    const pending = [...refs, 'nobody'].map((managerRef, index) =>
      personWrite(pendingIds[index] ?? '', { managerRef }),
    );

    await target.savePeople(tenant, managers);
    await target.addHostPerson(tenant, { email: 'host@corp.example', fullName: 'Host' });
    await target.savePeople(tenant, pending);

    return tenant;
  }
}

const pendingIds = ['00uP1', '00uP2', '00uP3', '00uP4', '00uP5', '00uP6'];
const boss = { oktaId: '00uM1', status: 'active', managerOktaId: '00uTop' };

function twin(oktaId: string) {
  return { oktaId, status: 'active', managerOktaId: null };
}

/** Every pending reference, read four at a time so paging is crossed. */
async function readPending(
  store: SyncStore,
  tenantId: string,
  match: readonly ManagerMatch[],
): Promise<PendingManager[]> {
  const rows: PendingManager[] = [];

  for await (const page of pendingManagerPages(store, tenantId, match, () => true, 4)) {
    rows.push(...page.chosen);
  }

  return rows;
}
