import type { SyncStore } from '../ports/sync-store.js';
import type { ManagerGraph } from './manager-graph.js';

/**
 * Reads into `graph` every person on the management chains above `starts`
 * that it does not know yet: one store read per level of the org chart,
 * all chains together. An Okta id the store does not hold is known to
 * have no manager. Afterwards every chain above `starts` is known to its
 * end, so loop checks from there see the whole chain.
 */
export async function loadChains(
  graph: ManagerGraph,
  store: SyncStore,
  tenantId: string,
  starts: Iterable<string>,
): Promise<void> {
  for (let unknown = graph.unknownAbove(starts); unknown.size > 0; ) {
    const oktaIds = [...unknown];

    for (const row of await store.findPeopleByOktaIds(tenantId, oktaIds)) {
      if (row.oktaId !== null) graph.learn(row.oktaId, row.managerOktaId);
    }

    for (const oktaId of oktaIds) {
      graph.learn(oktaId, null);
    }

    // Below the people just read, every chain is known: walk on from them.
    unknown = graph.unknownAbove(oktaIds);
  }
}
