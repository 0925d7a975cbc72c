import type { PageRequest } from '../ports/page-request.js';
import { storePages } from '../ports/store-pages.js';
import type { PersonWrite, StoredPerson } from '../ports/stored-person.js';
import type { SyncStore } from '../ports/sync-store.js';
import { storedWrite } from './person-write.js';
import { placementOf } from './placement.js';

/** True for an unseen person the sweep must leave alone. */
export type SparedPerson = (person: StoredPerson) => boolean;

/**
 * Deactivates every linked person the completed listing did not see, but
 * the spared. Runs only after both listings completed. Returns how many
 * were deactivated.
 */
export async function sweepUnseen(
  store: SyncStore,
  tenantId: string,
  generation: number,
  spared: SparedPerson,
  onDeactivated: (leavers: StoredPerson[]) => void = () => {},
): Promise<number> {
  const query = (page: PageRequest) => store.listUnseen(tenantId, generation, page);
  let deactivated = 0;

  for await (const page of storePages(query)) {
    const leavers = page.filter((person) => !spared(person));
    await store.savePeople(tenantId, leavers.map(toDeactivation));
    onDeactivated(leavers);
    deactivated += leavers.length;
  }

  return deactivated;
}

/**
 * The write that deactivates a stored person, keeping their team and
 * manager for a reactivation, and changes nothing else.
 */
export function toDeactivation(person: StoredPerson): PersonWrite {
  const beforeDeactivation = placementOf(person);

  return { ...storedWrite(person), status: 'deactivated', beforeDeactivation };
}

/** How many people {@link sweepUnseen} would deactivate; reads only. */
export async function countUnseen(
  store: SyncStore,
  tenantId: string,
  generation: number,
  spared: SparedPerson,
): Promise<number> {
  const query = (page: PageRequest) => store.listUnseen(tenantId, generation, page);
  let count = 0;

  for await (const page of storePages(query)) {
    count += page.filter((person) => !spared(person)).length;
  }

  return count;
}

/**
 * Who the sweep of a run spares: people whose write failed this run (they
 * were seen). People an event created or changed while the run was going
 * are stamped with the run's generation by the person sync, so they count
 * as seen without comparing Okta's clock with ours.
 */
export function sparedBy(failedOktaIds: ReadonlySet<string>): SparedPerson {
  return (person) => failedOktaIds.has(person.oktaId ?? '');
}
