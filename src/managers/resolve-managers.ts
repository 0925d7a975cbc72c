import type { SyncNotice } from '../engine/sync-notice.js';
import { defaultManagerMatch, type ManagerMatch } from '../mapping/mapper-policy.js';
import type { ManagerCandidate, PendingManager } from '../ports/pending-manager.js';
import type { StoredPerson } from '../ports/stored-person.js';
import type { SyncStore } from '../ports/sync-store.js';
import { loadChains } from './load-chains.js';
import { loopBreak } from './loop-break.js';
import { managementChain } from './manager-graph.js';
import { ambiguousNotice, cycleNotice, outOfScopeNotice, selfNotice } from './manager-notices.js';
import { type ChoosePending, pendingManagerPages } from './pending-managers.js';
import {
  breakLink,
  clearBroken,
  dropBrokenOnPage,
  isFresh,
  newPass,
  type Pass,
} from './resolution-pass.js';
import type { TouchedPeople } from './touched-people.js';

/** Tallies of one resolution pass. */
export interface ManagerResolution {
  /** References this pass resolved. */
  resolved: number;
  /** References still unresolved after the pass; they stay in the store. */
  pending: number;
}

/**
 * Options of the pass that resolves manager references after a sync's
 * listings (`resolveManagers`, internal): how they are matched, and where
 * notices go.
 */
export interface ResolveManagersOptions {
  /** What a reference is matched with, in order; Okta id, login, email, number. */
  match?: readonly ManagerMatch[];
  /** Skip reasons of this run by Okta id: such a manager is out of scope. */
  skipped?: ReadonlyMap<string, string>;
  /** Receives a notice for each reference left unapplied for a reason. */
  onNotice?: (notice: SyncNotice) => void;
  /**
   * Okta ids of people whose reference this run already resolved while
   * planning (see `resolveEarlyManagers`): like the links the pass
   * writes, a loop may be broken at one of them (see docs/managers.md,
   * "Loops").
   */
  early?: ReadonlySet<string>;
}

// References per page: each page costs a few store calls whatever its
// size, so pages are large.
const PAGE_SIZE = 2000;

// People the graph may know before it is dropped between pages (about
// 2 MB): everything it knows is in the store, so it is read again as
// needed, and memory stays bounded whatever the org's size.
const GRAPH_LIMIT = 20_000;

/**
 * Resolves stored manager references to people, after every person of the
 * run has been written, so a manager on a later page still resolves. A
 * reference stays pending in the store (and resolves by itself on a later
 * run) when it matches nobody, and also, with a notice, when it names the
 * person themselves, matches several people, names a leaver or a person
 * skipped this run, or would close a reporting loop. A loop is never
 * written: it is broken where {@link loopBreak} says, which may take back
 * a link this run wrote earlier (one store read and write per page that
 * does).
 *
 * Cost: one page of pending references at a time; for each page, the
 * matching reads (one narrow read when the store has
 * `matchPendingManagers`, else whole rows and one lookup per kind of
 * match) and the chains above the managers found (one read per level of
 * the org chart, of the people not known yet). Nobody else is read, and
 * memory holds a bounded part of the reporting graph.
 */
export async function resolveManagers(
  store: SyncStore,
  tenantId: string,
  options: ResolveManagersOptions = {},
): Promise<ManagerResolution> {
  return resolvePending(newPass(store, tenantId, options), () => true);
}

/**
 * Like {@link resolveManagers}, but decides only the pending references
 * the people of `touched` can change (see {@link TouchedPeople}), for a
 * run that read some people only, such as an incremental sync. The store
 * ends as a pass over every reference would leave it; notices come only
 * for the references decided. `pending` still counts every reference left
 * pending.
 *
 * Note: the pending references are still read, page by page, to find the
 * affected ones (no reads of the people behind them); a store with many
 * references that never resolve pays for reading them on every run.
 * TODO: give the store a lookup of pending references by name once a
 * host's pending list grows into the thousands.
 */
export async function resolveTouchedManagers(
  store: SyncStore,
  tenantId: string,
  touched: TouchedPeople,
  options: ResolveManagersOptions = {},
): Promise<ManagerResolution> {
  const pass = newPass(store, tenantId, options);
  const opened = await chainsAbove(pass, touched.formerManagers());

  return resolvePending(pass, (person) => touched.affects(person) || opened.has(person.oktaId));
}

/**
 * Everyone on the chains above `managers`: the people whose reference may
 * have been held back by a loop through someone who left one of them.
 */
async function chainsAbove(pass: Pass, managers: ReadonlySet<string>): Promise<Set<string | null>> {
  const { graph } = pass;
  await loadChains(graph, pass.store, pass.tenantId, managers);

  const chains = [...managers].map((oktaId) =>
    managementChain(oktaId, (id) => graph.managerOf(id)),
  );

  return new Set(chains.flat());
}

async function resolvePending(pass: Pass, decides: ChoosePending): Promise<ManagerResolution> {
  const { store, tenantId, graph } = pass;
  const totals: ManagerResolution = { resolved: 0, pending: 0 };
  const match = pass.options.match ?? defaultManagerMatch;
  const pages = pendingManagerPages(store, tenantId, match, decides, PAGE_SIZE);

  for await (const page of pages) {
    // Everyone pending has no manager yet, unless this pass set one.
    for (const oktaId of page.oktaIds) graph.learn(oktaId, null);
    const cleared = page.oktaIds.filter((oktaId) => pass.cleared.has(oktaId));
    const chosen = page.chosen.filter((person) => !pass.cleared.has(person.oktaId ?? ''));
    const resolved = chosen.length === 0 ? 0 : await resolvePage(pass, chosen);

    totals.resolved += resolved;
    totals.pending += page.size - cleared.length - resolved;

    // Between pages the store holds every manager the pass set.
    if (graph.size > GRAPH_LIMIT) graph.clear();
  }

  return totals;
}

async function resolvePage(pass: Pass, page: PendingManager[]): Promise<number> {
  const found = page.flatMap((person) => person.matches);

  for (const candidate of found) pass.graph.learn(candidate.oktaId, candidate.managerOktaId);
  await loadChains(pass.graph, pass.store, pass.tenantId, found.map(oktaIdOf));

  const managers = new Map<string, string>();

  for (const person of page) {
    const manager = decide(pass, person);

    if (manager !== null && person.oktaId !== null) {
      managers.set(person.id, manager);
      pass.graph.set(person.oktaId, manager);
      pass.applied.add(person.oktaId);
    }
  }

  const earlier = dropBrokenOnPage(pass, page, managers);
  if (managers.size > 0) {
    await pass.store.setManagers(pass.tenantId, managers);
  }

  return managers.size - (await clearBroken(pass, earlier));
}

function oktaIdOf(candidate: ManagerCandidate): string {
  return candidate.oktaId;
}

/** The manager to apply, or null, with a notice when there is a reason. */
function decide(pass: Pass, person: PendingManager): string | null {
  const oktaId = person.oktaId ?? '';
  const ref = person.managerRef;
  const notify = (notice: SyncNotice) => pass.options.onNotice?.(notice);
  const found = person.matches;
  const [manager] = found;

  if (manager === undefined) {
    const skip = pass.options.skipped?.get(ref);
    if (skip !== undefined) notify(outOfScopeNotice(oktaId, ref, `skipped this run: ${skip}`));
    return null;
  }

  if (found.length > 1) {
    notify(ambiguousNotice(oktaId, ref, found.map(oktaIdOf)));
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
  if (loop === null) return managerOktaId;

  const at = loopBreak(loop, (other) => isFresh(pass, other));
  if (at === oktaId) {
    notify(cycleNotice(oktaId, ref, loop));
    return null;
  }

  breakLink(pass, at, loop);
  return managerOktaId;
}
