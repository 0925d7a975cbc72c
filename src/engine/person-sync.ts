import type { SkippedPerson } from '../mapping/skipped-person.js';
import type { OktaUser } from '../okta/okta-user.js';
import { applyPage } from './apply-page.js';
import { planPage } from './plan-page.js';
import type { RunContext } from './run-context.js';
import { emptyCounts } from './run-counts.js';
import { toDeactivation } from './sweep.js';
import type { PersonFailure, RunCounts } from './sync-report.js';

/** What syncing one person did. */
export interface PersonSyncResult {
  tenantId: string;
  oktaId: string;
  /** This one person's counts, as in a run report. */
  counts: RunCounts;
  /** The skip, when the mapper left the person out; else null. */
  skip: SkippedPerson | null;
  /** Why the store failed, when it did; else null. */
  failure: PersonFailure | null;
}

/**
 * Re-reads one person from Okta and applies their current state: the path
 * of an Okta event. The event is never trusted for values, so a stale or
 * repeated event cannot undo newer state. The person keeps the generation
 * they were last seen in, so the next full sync's sweep judges them as
 * usual.
 */
export async function syncPerson(context: RunContext, oktaId: string): Promise<PersonSyncResult> {
  const user = await context.directory.getUser(oktaId);
  const result = { tenantId: context.tenantId, oktaId, skip: null, failure: null };

  if (!user) {
    return { ...result, counts: await deactivateDeleted(context, oktaId) };
  }

  return { ...result, ...(await applyUser(context, user)) };
}

async function applyUser(context: RunContext, user: OktaUser) {
  const { store, tenantId } = context;
  const outcome = context.mapper.map(user, { tenantId, now: context.clock.now() });
  const plan = await planPage(store, tenantId, [outcome]);
  const generation = plan.changes[0]?.stored?.seenGeneration ?? 0;
  const applied = await applyPage(store, tenantId, plan, generation);

  return {
    counts: applied.counts,
    skip: plan.skips[0] ?? null,
    failure: applied.failures[0] ?? null,
  };
}

/**
 * Okta answered 404: the user was deleted, which Okta allows only for
 * DEPROVISIONED users. Deactivate them if the host knows them.
 */
async function deactivateDeleted(context: RunContext, oktaId: string): Promise<RunCounts> {
  const { store, tenantId } = context;
  const [stored] = await store.findPeopleByOktaIds(tenantId, [oktaId]);
  const counts = emptyCounts();

  if (stored && stored.status !== 'deactivated') {
    await store.savePeople(tenantId, [toDeactivation(stored)]);
    counts.deactivated = 1;
  }

  return counts;
}
