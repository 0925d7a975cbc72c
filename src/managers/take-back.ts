import { storedWrite } from '../engine/person-write.js';
import type { PersonWrite, StoredPerson } from '../ports/stored-person.js';
import type { SyncStore } from '../ports/sync-store.js';

/** A link the pass takes back: who, and the manager they were given. */
export interface TakenLink {
  oktaId: string;
  managerOktaId: string;
}

/**
 * Clears the resolved manager of people whose link this run wrote and a
 * loop now breaks at, leaving their reference pending. A row whose
 * manager changed since (an event's write) is left as it is. Resolves to
 * the rows cleared, as they were.
 *
 * Loops are rare, so this reads and writes whole rows rather than ask the
 * store for a narrower write; the row keeps its Okta instant, so a newer
 * event's write still wins over this one.
 */
export async function takeBack(
  store: SyncStore,
  tenantId: string,
  links: readonly TakenLink[],
): Promise<StoredPerson[]> {
  if (links.length === 0) return [];

  const given = new Map(links.map((link) => [link.oktaId, link.managerOktaId]));
  const rows = await store.findPeopleByOktaIds(tenantId, [...given.keys()]);
  const cleared = rows.filter((row) => given.get(row.oktaId ?? '') === row.managerOktaId);

  if (cleared.length > 0) await store.savePeople(tenantId, cleared.map(unlinked));

  return cleared;
}

function unlinked(row: StoredPerson): PersonWrite {
  return { ...storedWrite(row), managerOktaId: null };
}
