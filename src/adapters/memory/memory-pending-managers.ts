import type { ManagerMatch } from '../../mapping/mapper-policy.js';
import type { PageRequest } from '../../ports/page-request.js';
import type { ManagerCandidate, PendingManager } from '../../ports/pending-manager.js';
import type { StoredPerson } from '../../ports/stored-person.js';
import type { SyncStore } from '../../ports/sync-store.js';

type Lookups = Pick<
  SyncStore,
  'listUnresolvedManagers' | 'findPeopleByOktaIds' | 'findPeopleByIdentifier'
>;

/**
 * `SyncStore.matchPendingManagers` over a store's own lookups: the page
 * of pending references, then one lookup per kind of match for the
 * references no earlier kind matched.
 */
export async function matchPendingWith(
  store: Lookups,
  tenantId: string,
  match: readonly ManagerMatch[],
  page: PageRequest,
): Promise<PendingManager[]> {
  const rows = await store.listUnresolvedManagers(tenantId, page);
  const matches = new Map<string, ManagerCandidate[]>();

  for (const kind of match) {
    const open = [...new Set(rows.flatMap((row) => row.managerRef ?? []))].filter(
      (ref) => !matches.has(ref),
    );
    if (open.length === 0) break;

    for (const [ref, found] of await lookUp(store, tenantId, kind, open)) {
      matches.set(ref, found);
    }
  }

  return rows.map((row) => {
    const managerRef = row.managerRef ?? '';

    return { id: row.id, oktaId: row.oktaId, managerRef, matches: matches.get(managerRef) ?? [] };
  });
}

async function lookUp(
  store: Lookups,
  tenantId: string,
  kind: ManagerMatch,
  refs: readonly string[],
): Promise<Map<string, ManagerCandidate[]>> {
  const found =
    kind === 'oktaId'
      ? await store.findPeopleByOktaIds(tenantId, refs)
      : await store.findPeopleByIdentifier(tenantId, kind, refs);
  const byRef = new Map<string, ManagerCandidate[]>();
  const byKey = new Map<string, ManagerCandidate[]>();

  for (const person of [...found].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (person.oktaId === null) continue;

    const key = fold(kind, identifierOf(person, kind));
    const { status, managerOktaId } = person;
    byKey.set(key, [...(byKey.get(key) ?? []), { oktaId: person.oktaId, status, managerOktaId }]);
  }

  // Several references may fold to one key; each gets its own copy.
  for (const ref of refs) {
    const people = byKey.get(fold(kind, ref));
    if (people)
      byRef.set(
        ref,
        people.map((person) => ({ ...person })),
      );
  }

  return byRef;
}

function identifierOf(person: StoredPerson, kind: ManagerMatch): string {
  return (kind === 'oktaId' ? person.oktaId : person[kind]) ?? '';
}

function fold(kind: ManagerMatch, value: string): string {
  return kind === 'login' || kind === 'email' ? value.toLowerCase() : value;
}
