import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/adapters/memory/memory-sync-store.js';
import { resolveManagers } from '../../src/managers/resolve-managers.js';
import type { PersonWrite } from '../../src/ports/stored-person.js';

const tenantId = 'acme';

function personWrite(index: number, managerRef: string): PersonWrite {
  const oktaId = `00u${String(index).padStart(17, '0')}`;

  return {
    oktaId,
    email: `${oktaId}@example.com`,
    fullName: `Person ${index}`,
    team: null,
    jobTitle: null,
    managerRef,
    managerOktaId: null,
    status: 'active',
    startDate: null,
    oktaUpdatedAt: null,
    seenGeneration: 1,
  };
}

describe('resolveManagers', () => {
  describe('when the org outgrows the graph the pass keeps in memory', () => {
    it('still sees a loop that closes across the whole org, many pages later', async () => {
      const people = 21_000;
      const store = createMemoryStore();
      const oktaIdOf = (index: number) => `00u${String(index % people).padStart(17, '0')}`;
      const writes = Array.from({ length: people }, (_, index) =>
        personWrite(index, oktaIdOf(index + 1)),
      );
      await store.savePeople(tenantId, writes);
      const cycles: string[] = [];

      const result = await resolveManagers(store, tenantId, {
        onNotice: (notice) => cycles.push(`${notice.code} ${notice.oktaId}`),
      });

      expect(result).toEqual({ resolved: people - 1, pending: 1 });
      expect(cycles).toEqual([`MANAGER_CYCLE ${oktaIdOf(people - 1)}`]);
      const [last] = await store.findPeopleByOktaIds(tenantId, [oktaIdOf(people - 1)]);
      expect(last?.managerOktaId).toBeNull();
    });
  });
});
