import type { ManagerMatch } from '../mapping/mapper-policy.js';
import type { PageRequest } from '../ports/page-request.js';
import type { ManagerCandidate, PendingManager } from '../ports/pending-manager.js';
import type { StoredPerson } from '../ports/stored-person.js';
import type { SyncStore } from '../ports/sync-store.js';
import { matchReferences } from './match-references.js';

/** One page of pending references: how many there were, and those chosen. */
export interface PendingPage {
  /** Pending references on the page, chosen or not. */
  size: number;
  /** Okta ids of everyone on the page: each has no manager yet. */
  oktaIds: string[];
  /** Those chosen, each with what its reference matches. */
  chosen: PendingManager[];
}

/** Which pending references a pass decides. */
export type ChoosePending = (person: Pick<StoredPerson, 'oktaId' | 'managerRef'>) => boolean;

/**
 * Walks the tenant's pending manager references, `limit` at a time, each
 * with the people it matches. Asks the store's `matchPendingManagers`
 * when it has one (matching in one read per page); otherwise reads whole
 * rows and matches the chosen references with the store's lookups. Both
 * give the same pages.
 */
export async function* pendingManagerPages(
  store: SyncStore,
  tenantId: string,
  match: readonly ManagerMatch[],
  choose: ChoosePending,
  limit: number,
): AsyncGenerator<PendingPage> {
  const read = readerOf(store, tenantId, match, choose);
  let after: string | undefined;

  for (;;) {
    const page = await read(after === undefined ? { limit } : { after, limit });
    if (page.size === 0) return;

    yield page;
    after = page.lastId;
  }
}

type PageReader = (page: PageRequest) => Promise<PendingPage & { lastId: string }>;

function readerOf(
  store: SyncStore,
  tenantId: string,
  match: readonly ManagerMatch[],
  choose: ChoosePending,
): PageReader {
  const { matchPendingManagers } = store;

  if (matchPendingManagers === undefined) {
    return (page) => readInProcess(store, tenantId, match, choose, page);
  }

  return async (page) => {
    const rows = await matchPendingManagers.call(store, tenantId, match, page);

    return { ...pageOf(rows), chosen: rows.filter(choose) };
  };
}

async function readInProcess(
  store: SyncStore,
  tenantId: string,
  match: readonly ManagerMatch[],
  choose: ChoosePending,
  page: PageRequest,
) {
  const rows = await store.listUnresolvedManagers(tenantId, page);
  const chosen = rows.filter(choose);
  const refs = [...new Set(chosen.flatMap((row) => row.managerRef ?? []))];
  const matches =
    refs.length === 0 ? new Map() : await matchReferences(store, tenantId, refs, match);
  const pending = chosen.map((row): PendingManager => {
    const managerRef = row.managerRef ?? '';
    const found: StoredPerson[] = matches.get(managerRef) ?? [];

    return { id: row.id, oktaId: row.oktaId, managerRef, matches: found.map(toCandidate) };
  });

  return { ...pageOf(rows), chosen: pending };
}

function toCandidate(person: StoredPerson): ManagerCandidate {
  const { status, managerOktaId } = person;

  // Matches are linked people: every one has an Okta id.
  return { oktaId: person.oktaId ?? '', status, managerOktaId };
}

function pageOf(rows: readonly Pick<StoredPerson, 'id' | 'oktaId'>[]) {
  return {
    size: rows.length,
    oktaIds: rows.flatMap((row) => row.oktaId ?? []),
    lastId: rows[rows.length - 1]?.id ?? '',
  };
}
