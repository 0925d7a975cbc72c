import { storePages } from '../ports/store-pages.js';
import type { PageRequest, StoredPerson, SyncStore } from '../ports/sync-store.js';

/** Tallies of one resolution pass. */
export interface ManagerResolution {
  /** References this pass resolved. */
  resolved: number;
  /** References still unresolved after the pass; they stay in the store. */
  pending: number;
}

/**
 * Resolves stored manager references to people, after every person of the
 * run has been written, so a manager on a later page still resolves. Works
 * page by page from the store; nothing is held in memory between pages.
 * A reference to nobody (or to the person themselves) stays pending in the
 * store and resolves by itself on a later run.
 */
export async function resolveManagers(
  store: SyncStore,
  tenantId: string,
): Promise<ManagerResolution> {
  const totals: ManagerResolution = { resolved: 0, pending: 0 };
  const query = (page: PageRequest) => store.listUnresolvedManagers(tenantId, page);

  for await (const page of storePages(query)) {
    const resolved = await resolvePage(store, tenantId, page);
    totals.resolved += resolved;
    totals.pending += page.length - resolved;
  }

  return totals;
}

async function resolvePage(store: SyncStore, tenantId: string, page: StoredPerson[]) {
  const refs = [...new Set(page.flatMap((person) => person.managerRef ?? []))];
  const found = await store.findPeopleByOktaIds(tenantId, refs);
  const known = new Set(found.map((manager) => manager.oktaId));
  const managers = new Map<string, string>();

  for (const person of page) {
    const ref = person.managerRef;

    if (ref !== null && known.has(ref) && ref !== person.oktaId) {
      managers.set(person.id, ref);
    }
  }

  if (managers.size > 0) {
    await store.setManagers(tenantId, managers);
  }

  return managers.size;
}
