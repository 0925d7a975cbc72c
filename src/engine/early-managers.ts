import type { MapperPolicy } from '../mapping/mapper-policy.js';
import type { StoredPerson } from '../ports/stored-person.js';
import type { SyncStore } from '../ports/sync-store.js';
import type { PersonChange } from './person-change.js';

/**
 * Gives each person a page creates the manager its reference names, when
 * the reference is the Okta id of someone a full run (`generation`)
 * already saw on an earlier page (written or stamped), linked and not
 * deactivated. That is the answer the manager pass after the listings
 * would give: matching tries Okta ids first and an Okta id finds one
 * person; the manager, listed this run, is neither deactivated nor swept
 * by it; and a person new to the store is nobody's manager yet, so the
 * link closes no loop when written. A loop that forms later in the run
 * may still be broken at it (see `loopBreak`).
 * Those people are written once instead of twice; everyone else is left
 * to the pass, which sees these links in the store.
 *
 * One lookup for the page, and only when it creates someone with a
 * reference. Managers on the same page are left to the pass, since their
 * own write may still fail.
 */
export async function resolveEarlyManagers(
  store: SyncStore,
  tenantId: string,
  changes: PersonChange[],
  policy: MapperPolicy,
  generation: number,
): Promise<PersonChange[]> {
  if (generation <= 0 || policy.managerMatch[0] !== 'oktaId') return changes;

  const refs = referencesOf(changes);
  if (refs.size === 0) return changes;

  const found = await store.findPeopleByOktaIds(tenantId, [...refs]);
  const managers = new Set(found.filter((row) => isSettled(row, generation)).map(oktaIdOf));

  return changes.map((change) => {
    const ref = change.kind === 'create' ? change.person.managerRef : null;

    return ref !== null && managers.has(ref) ? { ...change, manager: ref } : change;
  });
}

/** References of the page's creates to people not on the page. */
function referencesOf(changes: readonly PersonChange[]): Set<string> {
  const onPage = new Set(changes.map((change) => change.person.oktaId));
  const refs = new Set<string>();

  for (const { kind, person } of changes) {
    const ref = person.managerRef;
    if (kind === 'create' && ref !== null && !onPage.has(ref)) refs.add(ref);
  }

  return refs;
}

function isSettled(row: StoredPerson, generation: number): boolean {
  return row.seenGeneration === generation && row.status !== 'deactivated';
}

function oktaIdOf(row: StoredPerson): string {
  return row.oktaId ?? '';
}
