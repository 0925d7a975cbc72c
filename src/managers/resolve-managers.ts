import type { SyncNotice } from '../engine/sync-notice.js';
import { defaultManagerMatch, type ManagerMatch } from '../mapping/mapper-policy.js';
import { storePages } from '../ports/store-pages.js';
import type { PageRequest, StoredPerson, SyncStore } from '../ports/sync-store.js';
import { ManagerGraph } from './manager-graph.js';
import { ambiguousNotice, cycleNotice, outOfScopeNotice, selfNotice } from './manager-notices.js';
import { matchReferences } from './match-references.js';

/** Tallies of one resolution pass. */
export interface ManagerResolution {
  /** References this pass resolved. */
  resolved: number;
  /** References still unresolved after the pass; they stay in the store. */
  pending: number;
}

/** Options of {@link resolveManagers}. */
export interface ResolveManagersOptions {
  /** What a reference is matched with, in order; Okta id, login, email, number. */
  match?: readonly ManagerMatch[];
  /** Skip reasons of this run by Okta id: such a manager is out of scope. */
  skipped?: ReadonlyMap<string, string>;
  /** Receives a notice for each reference left unapplied for a reason. */
  onNotice?: (notice: SyncNotice) => void;
}

/** What one pass shares between pages. */
interface Pass {
  store: SyncStore;
  tenantId: string;
  graph: ManagerGraph;
  options: ResolveManagersOptions;
}

/**
 * Resolves stored manager references to people, after every person of the
 * run has been written, so a manager on a later page still resolves. A
 * reference stays pending in the store (and resolves by itself on a later
 * run) when it matches nobody, and also, with a notice, when it names the
 * person themselves, matches several people, names a leaver or a person
 * skipped this run, or would close a reporting loop. A loop is never
 * written: the reference that would close it is the one left pending.
 */
export async function resolveManagers(
  store: SyncStore,
  tenantId: string,
  options: ResolveManagersOptions = {},
): Promise<ManagerResolution> {
  const pass: Pass = { store, tenantId, graph: await loadGraph(store, tenantId), options };
  const totals: ManagerResolution = { resolved: 0, pending: 0 };
  const query = (page: PageRequest) => store.listUnresolvedManagers(tenantId, page);

  for await (const page of storePages(query)) {
    const resolved = await resolvePage(pass, page);
    totals.resolved += resolved;
    totals.pending += page.length - resolved;
  }

  return totals;
}

async function loadGraph(store: SyncStore, tenantId: string): Promise<ManagerGraph> {
  const graph = new ManagerGraph();
  const query = (page: PageRequest) => store.listPeople(tenantId, page);

  for await (const page of storePages(query)) {
    for (const person of page) {
      if (person.oktaId !== null && person.managerOktaId !== null) {
        graph.set(person.oktaId, person.managerOktaId);
      }
    }
  }

  return graph;
}

async function resolvePage(pass: Pass, page: StoredPerson[]): Promise<number> {
  const refs = [...new Set(page.flatMap((person) => person.managerRef ?? []))];
  const match = pass.options.match ?? defaultManagerMatch;
  const matches = await matchReferences(pass.store, pass.tenantId, refs, match);
  const managers = new Map<string, string>();

  for (const person of page) {
    const manager = decide(pass, person, matches.get(person.managerRef ?? '') ?? []);

    if (manager !== null && person.oktaId !== null) {
      managers.set(person.id, manager);
      pass.graph.set(person.oktaId, manager);
    }
  }

  if (managers.size > 0) {
    await pass.store.setManagers(pass.tenantId, managers);
  }

  return managers.size;
}

/** The manager to apply, or null, with a notice when there is a reason. */
function decide(pass: Pass, person: StoredPerson, found: StoredPerson[]): string | null {
  const oktaId = person.oktaId ?? '';
  const ref = person.managerRef ?? '';
  const notify = (notice: SyncNotice) => pass.options.onNotice?.(notice);
  const [manager] = found;

  if (manager?.oktaId == null) {
    const skip = pass.options.skipped?.get(ref);
    if (skip !== undefined) notify(outOfScopeNotice(oktaId, ref, `skipped this run: ${skip}`));
    return null;
  }

  if (found.length > 1) {
    notify(
      ambiguousNotice(
        oktaId,
        ref,
        found.map((row) => row.oktaId ?? ''),
      ),
    );
    return null;
  }

  return checkManager(pass, oktaId, ref, manager.oktaId, manager.status);
}

function checkManager(
  pass: Pass,
  oktaId: string,
  ref: string,
  managerOktaId: string,
  status: StoredPerson['status'],
): string | null {
  const notify = (notice: SyncNotice) => pass.options.onNotice?.(notice);

  if (managerOktaId === oktaId) {
    notify(selfNotice(oktaId, ref));
    return null;
  }

  if (status === 'deactivated') {
    notify(outOfScopeNotice(oktaId, ref, 'they are deactivated'));
    return null;
  }

  const loop = pass.graph.loopThrough(oktaId, managerOktaId);
  if (loop !== null) {
    notify(cycleNotice(oktaId, ref, loop));
    return null;
  }

  return managerOktaId;
}
