import { describeError } from '../errors/describe-error.js';
import type { PersonWrite, StoredPerson } from '../ports/stored-person.js';
import type { SyncStore } from '../ports/sync-store.js';
import type { PagePlan } from './page-plan.js';
import type { ChangeKind } from './person-change.js';
import { toPersonWrite, toSeenWrite } from './person-write.js';
import { emptyCounts } from './run-counts.js';
import { isSeenOnly } from './seen-only.js';
import type { PersonFailure, RunCounts } from './sync-report.js';

/** What applying one page did. */
export interface PageResult {
  counts: RunCounts;
  failures: PersonFailure[];
}

const countOf: Record<ChangeKind, keyof RunCounts> = {
  create: 'created',
  link: 'linked',
  update: 'updated',
  unchanged: 'unchanged',
  deactivate: 'deactivated',
  reactivate: 'reactivated',
  ignore: 'ignored',
};

/**
 * Writes a page's plan in one batch, but for people Okta returned exactly
 * as stored: the store's `markSeen`, when it has one, only stamps those.
 * When the batch fails, each person is written alone, so one person the
 * host cannot store never costs the others; the failures are reported and
 * retried by the next run.
 *
 * `ensuredTeams` holds the teams this run already made sure of: a run
 * passes the same set for every page, so each team costs one call per run
 * (teams are never deleted by a sync).
 */
export async function applyPage(
  store: SyncStore,
  tenantId: string,
  plan: PagePlan,
  generation: number,
  ensuredTeams: Set<string> = new Set(),
): Promise<PageResult> {
  const planned = collectWrites(plan, generation);
  const { rows, stamps } = splitStamps(store, planned);
  const failures = [
    ...(await saveIsolated(store, tenantId, rows)),
    ...(await stampSeen(store, tenantId, stamps, generation)),
  ];
  const failed = new Set(failures.map((failure) => failure.oktaId));
  const writes = planned.map(({ write }) => write);
  const teams = teamsOf(writes, failed).filter((team) => !ensuredTeams.has(team));

  if (teams.length > 0) {
    await store.ensureTeams(tenantId, teams);
    for (const team of teams) ensuredTeams.add(team);
  }

  return { counts: tally(plan, failed), failures };
}

/** Counts a plan as if applied, for dry runs. */
export function tallyPlan(plan: PagePlan): RunCounts {
  return tally(plan, new Set());
}

/** A write, with the row it was planned against when there is one. */
interface PlannedWrite {
  write: PersonWrite;
  stored: StoredPerson | undefined;
}

function collectWrites(plan: PagePlan, generation: number): PlannedWrite[] {
  const writes = plan.changes.flatMap((change) => {
    const write = toPersonWrite(change, generation);

    return write === null ? [] : [{ write, stored: change.stored }];
  });
  const seen = plan.skippedKnown.map((stored) => ({
    write: toSeenWrite(stored, generation),
    stored,
  }));

  return [...writes, ...seen];
}

/**
 * Writes that change nothing but the generation go to the store's
 * `markSeen` when it has one (on a resync, nearly everyone); the others
 * are written whole.
 */
function splitStamps(store: SyncStore, planned: readonly PlannedWrite[]) {
  const rows: PersonWrite[] = [];
  const stamps: PersonWrite[] = [];

  for (const { write, stored } of planned) {
    const stampOnly = store.markSeen !== undefined && stored !== undefined;

    if (stampOnly && write.id === stored.id && isSeenOnly(write, stored)) stamps.push(write);
    else rows.push(write);
  }

  return { rows, stamps };
}

/**
 * Stamps people as seen in one call; should it fail, they are written
 * whole instead, person by person if need be, as any other write.
 */
async function stampSeen(
  store: SyncStore,
  tenantId: string,
  stamps: PersonWrite[],
  generation: number,
): Promise<PersonFailure[]> {
  const ids = stamps.flatMap((write) => write.id ?? []);
  if (ids.length === 0 || store.markSeen === undefined) return [];

  try {
    await store.markSeen(tenantId, ids, generation);

    return [];
  } catch {
    return saveIsolated(store, tenantId, stamps);
  }
}

async function saveIsolated(
  store: SyncStore,
  tenantId: string,
  writes: PersonWrite[],
): Promise<PersonFailure[]> {
  if (writes.length === 0) {
    return [];
  }

  try {
    await store.savePeople(tenantId, writes);

    return [];
  } catch {
    return saveOneByOne(store, tenantId, writes);
  }
}

async function saveOneByOne(store: SyncStore, tenantId: string, writes: PersonWrite[]) {
  const failures: PersonFailure[] = [];

  for (const write of writes) {
    try {
      await store.savePeople(tenantId, [write]);
    } catch (error) {
      failures.push(toFailure(write.oktaId, error));
    }
  }

  return failures;
}

function toFailure(oktaId: string, error: unknown): PersonFailure {
  // Only what PersonFailure declares: a failed person is retried by the
  // next run whatever the cause, so `retryable` would tell a host nothing.
  const { code, message } = describeError(error);

  return { oktaId, code, message };
}

function teamsOf(writes: PersonWrite[], failed: ReadonlySet<string>): string[] {
  const names = new Set<string>();

  for (const write of writes) {
    if (write.team !== null && !failed.has(write.oktaId)) {
      names.add(write.team);
    }
  }

  return [...names];
}

function tally(plan: PagePlan, failed: ReadonlySet<string>): RunCounts {
  const counts = emptyCounts();

  for (const change of plan.changes) {
    if (failed.has(change.person.oktaId)) {
      counts.failed += 1;
      continue;
    }

    counts[countOf[change.kind]] += 1;

    if (change.kind !== 'ignore' && change.person.status === 'pending') {
      counts.pending += 1;
    }
  }

  counts.skipped = plan.skips.length;

  return counts;
}
