import type { ManagerMatch } from '../mapping/mapper-policy.js';
import type { StoredPerson } from '../ports/stored-person.js';
import type { SyncStore } from '../ports/sync-store.js';

/**
 * The people each reference matches, trying the kinds of `match` in order:
 * a reference takes the matches of the first kind that finds anyone. One
 * store call per kind, for the references still unmatched.
 */
export async function matchReferences(
  store: SyncStore,
  tenantId: string,
  refs: readonly string[],
  match: readonly ManagerMatch[],
): Promise<Map<string, StoredPerson[]>> {
  const matches = new Map<string, StoredPerson[]>();

  for (const kind of match) {
    const open = refs.filter((ref) => !matches.has(ref));
    if (open.length === 0) break;

    for (const [ref, people] of await lookUp(store, tenantId, kind, open)) {
      matches.set(ref, people);
    }
  }

  return matches;
}

async function lookUp(
  store: SyncStore,
  tenantId: string,
  kind: ManagerMatch,
  refs: readonly string[],
): Promise<Map<string, StoredPerson[]>> {
  const found =
    kind === 'oktaId'
      ? await store.findPeopleByOktaIds(tenantId, refs)
      : await store.findPeopleByIdentifier(tenantId, kind, refs);
  const byKey = new Map<string | null, StoredPerson[]>();
  for (const person of found) {
    const key = fold(kind, identifierOf(person, kind));
    byKey.set(key, [...(byKey.get(key) ?? []), person]);
  }

  const byRef = new Map<string, StoredPerson[]>();
  for (const ref of refs) {
    const people = byKey.get(fold(kind, ref));
    if (people) byRef.set(ref, people);
  }

  return byRef;
}

function identifierOf(person: StoredPerson, kind: ManagerMatch): string | null {
  return kind === 'oktaId' ? person.oktaId : (person[kind] ?? null);
}

function fold(kind: ManagerMatch, value: string | null): string | null {
  return kind === 'login' || kind === 'email' ? (value?.toLowerCase() ?? null) : value;
}
