import { storePages } from '../ports/store-pages.js';
import type { PageRequest, PersonWrite, StoredPerson, SyncStore } from '../ports/sync-store.js';
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
): Promise<number> {
  const query = (page: PageRequest) => store.listUnseen(tenantId, generation, page);
  let deactivated = 0;

  for await (const page of storePages(query)) {
    const leavers = page.filter((person) => !spared(person));
    await store.savePeople(tenantId, leavers.map(toDeactivation));
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

  return { ...person, oktaId: person.oktaId ?? '', status: 'deactivated', beforeDeactivation };
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
 * Okta's clocks and ours may disagree; a change this much before the run
 * started still counts as made during it.
 */
const clockSkewMs = 5 * 60 * 1000;

/**
 * Who the sweep of a run spares: people whose write failed this run (they
 * were seen), and people written from an Okta read newer than the run's
 * start, since an event may have created or changed them after the
 * listing went past where Okta would have listed them.
 */
export function sparedBy(failedOktaIds: ReadonlySet<string>, runStartedAt: Date): SparedPerson {
  const recent = runStartedAt.getTime() - clockSkewMs;

  return (person) =>
    failedOktaIds.has(person.oktaId ?? '') ||
    (person.oktaUpdatedAt !== null && Date.parse(person.oktaUpdatedAt) >= recent);
}
