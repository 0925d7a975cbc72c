import type { SkippedPerson } from '../mapping/skipped-person.js';
import type { OktaUser } from '../okta/okta-user.js';
import { applyPage } from './apply-page.js';
import { mapUser, scheduleStarters } from './map-user.js';
import { emitChanges, emitDeactivated } from './person-events.js';
import { planPage } from './plan-page.js';
import type { RunContext } from './run-context.js';
import { emptyCounts } from './run-counts.js';
import { toDeactivation } from './sweep.js';
import type { PersonFailure, RunCounts } from './sync-report.js';

/** What syncing one person did. */
export interface PersonSyncResult {
  /** The tenant the person belongs to. */
  tenantId: string;
  /** The Okta user id that was re-read. */
  oktaId: string;
  /** This one person's counts, as in a run report. */
  counts: RunCounts;
  /** The skip, when the mapper left the person out; else null. */
  skip: SkippedPerson | null;
  /** Why the store failed, when it did; else null. */
  failure: PersonFailure | null;
  /**
   * True when the job's event was already processed (it is in the ledger):
   * nothing was read or written.
   */
  duplicate: boolean;
}

/**
 * Re-reads one person from Okta and applies their current state: the path
 * of an Okta event. The event is never trusted for values, so a stale or
 * repeated event cannot undo newer state. The person keeps the generation
 * they were last seen in, so the next full sync's sweep judges them as
 * usual.
 *
 * With an `eventId`, an event already in the store's ledger is skipped
 * without reading Okta, and a new one is recorded once applied. Two
 * deliveries racing may both apply, which is harmless: both re-read.
 */
export async function syncPerson(
  context: RunContext,
  oktaId: string,
  eventId?: string,
): Promise<PersonSyncResult> {
  const { store, tenantId } = context;
  const result = { tenantId, oktaId, skip: null, failure: null, duplicate: false };

  if (eventId !== undefined && (await store.hasEvent(tenantId, eventId))) {
    return { ...result, counts: emptyCounts(), duplicate: true };
  }

  const synced = { ...result, ...(await readAndApply(context, oktaId)) };

  // Recorded only once applied: a delivery that failed is retried in full.
  if (eventId !== undefined && synced.failure === null) {
    await store.recordEvent(tenantId, eventId);
  }

  return synced;
}

async function readAndApply(context: RunContext, oktaId: string) {
  const user = await context.directory.getUser(oktaId);

  if (!user) {
    return { counts: await deactivateDeleted(context, oktaId) };
  }

  return applyUser(context, user);
}

async function applyUser(context: RunContext, user: OktaUser) {
  const { store, tenantId } = context;
  const outcome = mapUser(context, user);
  const plan = await planPage(store, tenantId, [outcome], context.mapper.policy);
  const applied = await applyPage(store, tenantId, plan, await generationToStamp(context));
  const failed = new Set(applied.failures.map((failure) => failure.oktaId));
  emitChanges(context, plan, failed);

  await scheduleStarters(context, [user], [outcome], failed);

  return {
    counts: applied.counts,
    skip: plan.skips[0] ?? null,
    failure: applied.failures[0] ?? null,
  };
}

/**
 * Okta answered 404: the user was deleted, which Okta allows only for
 * DEPROVISIONED users. Deactivate them if the host knows them. The write
 * is stamped with now, not the stored read: Okta has no newer read to
 * give, and a full sync that read the person earlier must not undo it.
 */
async function deactivateDeleted(context: RunContext, oktaId: string): Promise<RunCounts> {
  const { store, tenantId } = context;
  const [stored] = await store.findPeopleByOktaIds(tenantId, [oktaId]);
  const counts = emptyCounts();

  if (stored && stored.status !== 'deactivated') {
    const oktaUpdatedAt = deletionInstant(context, stored.oktaUpdatedAt);
    await store.savePeople(tenantId, [{ ...toDeactivation(stored), oktaUpdatedAt }]);
    emitDeactivated(context, [stored]);
    counts.deactivated = 1;
  }

  return counts;
}

/**
 * The generation a person sync stamps. While a full run is going, its
 * own: the person is in Okta now, so that run's sweep must count them as
 * seen even if its listing went past them before the event created them.
 * Otherwise 0, which the store never lets lower a stored generation.
 */
async function generationToStamp(context: RunContext): Promise<number> {
  const { checkpoint } = await context.store.loadRunState(context.tenantId);

  return checkpoint?.generation ?? 0;
}

/**
 * The instant a deletion is stamped with: now, or just after the last read
 * when Okta's clock runs ahead of ours, so the store's older-read rule
 * never drops the deactivation.
 */
function deletionInstant(context: RunContext, lastRead: string | null): string {
  const now = context.clock.now().getTime();
  const afterRead = lastRead === null ? 0 : Date.parse(lastRead) + 1;

  return new Date(Math.max(now, afterRead)).toISOString();
}
