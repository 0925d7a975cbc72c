import { describe, expect, it } from 'vitest';
import { toSeenWrite } from '../../engine/person-write.js';
import type { StoredPerson } from '../../ports/stored-person.js';
import type { SyncStore } from '../../ports/sync-store.js';
import type { ContractContext } from './contract-context.js';
import { personWrite } from './contract-fixtures.js';

const everyPage = { limit: 1000 };

/**
 * Stamping people as seen by a run, as a full sync does for people Okta
 * returned unchanged: through `markSeen` when the store has it, else by
 * writing the stored rows back with `savePeople`. Either way only the
 * generation moves, and never down.
 */
export function describeMarkSeen({ store, newTenant }: ContractContext): void {
  describe('when people are stamped as seen', () => {
    it('raises their generation and changes nothing else', async () => {
      const tenant = newTenant();
      const [ann, bob] = await seed(store(), tenant);

      await stamp(store(), tenant, [ann as StoredPerson], 5);

      const after = await store().listPeople(tenant, everyPage);
      expect(after).toEqual([{ ...ann, seenGeneration: 5 }, bob]);
    });

    it('never lowers a generation', async () => {
      const tenant = newTenant();
      const [ann] = await seed(store(), tenant);

      await stamp(store(), tenant, [ann as StoredPerson], 1);

      expect(await store().listPeople(tenant, everyPage)).toContainEqual(ann);
    });

    it('ignores people of other tenants and ids nobody holds', async () => {
      const tenant = newTenant();
      const other = newTenant();
      const [ann] = await seed(store(), tenant);
      const theirs = await seed(store(), other);

      await stamp(
        store(),
        other,
        [ann as StoredPerson, { ...(ann as StoredPerson), id: 'nope' }],
        9,
      );

      expect(await store().listPeople(tenant, everyPage)).toContainEqual(ann);
      expect(await store().listPeople(other, everyPage)).toEqual(theirs);
    });
  });
}

async function seed(store: SyncStore, tenant: string): Promise<StoredPerson[]> {
  await store.savePeople(tenant, [
    personWrite('00uAnn', { fullName: 'Ann', jobTitle: 'Engineer', seenGeneration: 2 }),
    personWrite('00uBob', { fullName: 'Bob', seenGeneration: 2 }),
  ]);

  return store.listPeople(tenant, everyPage);
}

async function stamp(
  store: SyncStore,
  tenant: string,
  people: readonly StoredPerson[],
  generation: number,
): Promise<void> {
  if (store.markSeen) {
    await store.markSeen(
      tenant,
      people.map((person) => person.id),
      generation,
    );
    return;
  }

  // A store without markSeen is written whole, as the engine then does;
  // only rows it holds are written back, so nobody is created.
  const held = new Set((await store.listPeople(tenant, everyPage)).map((person) => person.id));
  const writes = people
    .filter((person) => held.has(person.id))
    .map((person) => toSeenWrite(person, generation));
  await store.savePeople(tenant, writes);
}
