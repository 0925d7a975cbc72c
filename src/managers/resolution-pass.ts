import type { SyncNotice } from '../engine/sync-notice.js';
import type { PendingManager } from '../ports/pending-manager.js';
import type { SyncStore } from '../ports/sync-store.js';
import { loopFrom } from './loop-break.js';
import { ManagerGraph } from './manager-graph.js';
import { cycleNotice } from './manager-notices.js';
import type { ResolveManagersOptions } from './resolve-managers.js';
import { type TakenLink, takeBack } from './take-back.js';

/** What one pass shares between pages. */
export interface Pass {
  store: SyncStore;
  tenantId: string;
  graph: ManagerGraph;
  options: ResolveManagersOptions;
  /**
   * Okta ids of the links this pass wrote, where a loop may be broken.
   * Note: kept for the whole pass (about 70 bytes a link), since the
   * graph is dropped between pages and the store does not say when a
   * link was written.
   */
  applied: Set<string>;
  /** Links a loop broke at, to clear once the page's decisions are made. */
  broken: BrokenLink[];
  /** Okta ids of those cleared: pending, and counted as such already. */
  cleared: Set<string>;
}

/** A link this run wrote that a loop is broken at. */
interface BrokenLink extends TakenLink {
  /** The loop, from this person round to them again. */
  loop: string[];
}

/** A pass that has learned nothing yet. */
export function newPass(store: SyncStore, tenantId: string, options: ResolveManagersOptions): Pass {
  const graph = new ManagerGraph();

  return { store, tenantId, graph, options, applied: new Set(), broken: [], cleared: new Set() };
}

/** True when `oktaId`'s link was written this run: a loop may break there. */
export function isFresh(pass: Pass, oktaId: string): boolean {
  return pass.applied.has(oktaId) || pass.options.early?.has(oktaId) === true;
}

/** Takes `oktaId`'s link out of the graph, to be cleared with the page. */
export function breakLink(pass: Pass, oktaId: string, loop: readonly string[]): void {
  const managerOktaId = pass.graph.managerOf(oktaId) ?? '';

  pass.broken.push({ oktaId, managerOktaId, loop: loopFrom(loop, oktaId) });
  pass.graph.unlink(oktaId);
  pass.applied.delete(oktaId);
}

/**
 * Takes out of the page's writes the links a loop broke at that the page
 * itself decided, with their notice. Returns the other broken links.
 */
export function dropBrokenOnPage(
  pass: Pass,
  page: readonly PendingManager[],
  managers: Map<string, string>,
): BrokenLink[] {
  const onPage = new Map(page.map((person) => [person.oktaId, person]));
  const earlier: BrokenLink[] = [];

  for (const link of pass.broken.splice(0)) {
    const person = onPage.get(link.oktaId);

    if (person === undefined || !managers.delete(person.id)) {
      earlier.push(link);
      continue;
    }

    emitNotice(pass, cycleNotice(link.oktaId, person.managerRef, link.loop));
  }

  return earlier;
}

/**
 * Clears in the store the broken links written before this page (by an
 * earlier page or while planning), with their notice. Resolves to how
 * many were cleared.
 */
export async function clearBroken(pass: Pass, links: readonly BrokenLink[]): Promise<number> {
  const cleared = await takeBack(pass.store, pass.tenantId, links);
  const loops = new Map(links.map((link) => [link.oktaId, link.loop]));

  for (const row of cleared) {
    const oktaId = row.oktaId ?? '';
    pass.cleared.add(oktaId);
    emitNotice(pass, cycleNotice(oktaId, row.managerRef ?? '', loops.get(oktaId) ?? []));
  }

  return cleared.length;
}

function emitNotice(pass: Pass, notice: SyncNotice): void {
  pass.options.onNotice?.(notice);
}
