import { storePages } from '../ports/store-pages.js';
import type { PageRequest, PersonWrite, StoredPerson, SyncStore } from '../ports/sync-store.js';

/**
 * Deactivates every linked person the completed listing did not see. Runs
 * only after both listings completed; people whose write failed this run
 * are spared, since they were seen. Returns how many were deactivated.
 */
export async function sweepUnseen(
  store: SyncStore,
  tenantId: string,
  generation: number,
  spared: ReadonlySet<string>,
): Promise<number> {
  const query = (page: PageRequest) => store.listUnseen(tenantId, generation, page);
  let deactivated = 0;

  for await (const page of storePages(query)) {
    const leavers = page.filter((person) => !spared.has(person.oktaId ?? ''));
    await store.savePeople(tenantId, leavers.map(toDeactivation));
    deactivated += leavers.length;
  }

  return deactivated;
}

function toDeactivation(person: StoredPerson): PersonWrite {
  return { ...person, oktaId: person.oktaId ?? '', status: 'deactivated' };
}

/** How many people {@link sweepUnseen} would deactivate; reads only. */
export async function countUnseen(
  store: SyncStore,
  tenantId: string,
  generation: number,
  spared: ReadonlySet<string>,
): Promise<number> {
  const query = (page: PageRequest) => store.listUnseen(tenantId, generation, page);
  let count = 0;

  for await (const page of storePages(query)) {
    count += page.filter((person) => !spared.has(person.oktaId ?? '')).length;
  }

  return count;
}
