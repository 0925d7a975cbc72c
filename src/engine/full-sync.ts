import { describeError } from '../errors/describe-error.js';
import { type ResolveManagersOptions, resolveManagers } from '../managers/resolve-managers.js';
import type { MapOutcome } from '../mapping/person-mapper.js';
import type { OktaRequestStats, OktaUserPage, UserListing } from '../okta/okta-directory.js';
import { applyPage } from './apply-page.js';
import { checkEmptyListing, checkSweep } from './deactivation-guard.js';
import { newReport } from './new-report.js';
import { oktaUsageSince } from './okta-usage.js';
import { planPage } from './plan-page.js';
import type { RunContext } from './run-context.js';
import { addCounts } from './run-counts.js';
import { countUnseen, sparedBy, sweepUnseen } from './sweep.js';
import type { SyncNotice } from './sync-notice.js';
import type { GuardHold, SyncReport } from './sync-report.js';

/**
 * A full sync as mark and sweep: every page is applied as it arrives and
 * stamps the people it saw with the run's generation; once both listings
 * have completed, managers are resolved and the unseen are deactivated.
 * A run that fails part-way deactivates nobody.
 */
export async function runFullSync(context: RunContext): Promise<SyncReport> {
  const { store, tenantId, clock } = context;
  const run = await store.startRun(tenantId);
  const report = newReport(tenantId, run.runId, false, clock.now());
  const statsBefore = context.directory.stats();

  context.events.emit('run:started', { tenantId, runId: run.runId, dryRun: false });

  try {
    await syncAll(context, { report, generation: run.generation, pages: 0, users: 0 });
  } catch (error) {
    fail(report, error);
  }

  return finish(context, report, statsBefore);
}

/** The mutable state of one run. */
interface RunState {
  report: SyncReport;
  generation: number;
  pages: number;
  users: number;
}

async function syncAll(context: RunContext, state: RunState) {
  const { store, tenantId } = context;
  const { report, generation } = state;
  const active = await store.countPeople(tenantId, 'active');
  const seen = await syncListing(context, state, 'current');

  if (hold(context, report, checkEmptyListing(seen, active))) {
    return;
  }

  await syncListing(context, state, 'deprovisioned');
  report.managers = await resolveManagers(store, tenantId, managerOptions(context, report));
  const failed = new Set(report.failures.map((failure) => failure.oktaId));
  const spared = sparedBy(failed, new Date(report.startedAt));
  const wouldDeactivate = await countUnseen(store, tenantId, generation, spared);
  const figures = { seen, active, wouldDeactivate };

  if (!hold(context, report, checkSweep(figures, context.guard))) {
    report.counts.deactivated += await sweepUnseen(store, tenantId, generation, spared);
  }

  await context.managers?.afterResolve?.(store, tenantId);
}

/**
 * Records a guard hold unless the run was forced. True when the run must
 * stop short of deactivating anyone.
 */
function hold(context: RunContext, report: SyncReport, guard: GuardHold | null): boolean {
  if (guard === null || context.force) {
    return false;
  }

  report.guard = guard;
  report.status = 'guarded';
  context.events.emit('guard:held', { ...guard, tenantId: context.tenantId });

  return true;
}

async function syncListing(
  context: RunContext,
  state: RunState,
  listing: UserListing,
): Promise<number> {
  const options = context.signal ? { listing, signal: context.signal } : { listing };
  let users = 0;

  for await (const page of context.directory.listUsers(options)) {
    await syncPage(context, state, page);
    users += page.users.length;
    emitProgress(context, state, listing, page.users.length);
  }

  return users;
}

async function syncPage(context: RunContext, state: RunState, page: OktaUserPage) {
  const { store, tenantId } = context;
  const { report, generation } = state;
  const outcomes = mapPage(context, page);
  const plan = await planPage(store, tenantId, outcomes, context.mapper.policy);
  const result = await applyPage(store, tenantId, plan, generation);

  addCounts(report.counts, result.counts);
  report.failures.push(...result.failures);

  for (const skip of plan.skips) {
    report.skipped.push(skip);
    context.events.emit('person:skipped', { ...skip, tenantId });
  }

  reportNotices(context, report, plan.notices);
}

function managerOptions(context: RunContext, report: SyncReport): ResolveManagersOptions {
  const skipped = new Map(report.skipped.map((skip) => [skip.oktaId, skip.code]));
  const onNotice = (notice: SyncNotice) => reportNotices(context, report, [notice]);
  const match = context.mapper.policy?.managerMatch;

  return match ? { skipped, onNotice, match } : { skipped, onNotice };
}

function reportNotices(context: RunContext, report: SyncReport, notices: SyncNotice[]) {
  for (const notice of notices) {
    report.notices?.push(notice);
    context.events.emit('person:notice', { ...notice, tenantId: context.tenantId });
  }
}

function mapPage(context: RunContext, page: OktaUserPage): MapOutcome[] {
  const mapping = { tenantId: context.tenantId, now: context.clock.now() };

  return page.users.map((user) => context.mapper.map(user, mapping));
}

function emitProgress(context: RunContext, state: RunState, listing: UserListing, users: number) {
  state.pages += 1;
  state.users += users;

  context.events.emit('run:progress', {
    tenantId: context.tenantId,
    runId: state.report.runId,
    listing,
    pages: state.pages,
    users: state.users,
  });
}

function fail(report: SyncReport, error: unknown) {
  report.status = 'failed';
  report.error = describeError(error);
}

async function finish(
  context: RunContext,
  report: SyncReport,
  statsBefore: OktaRequestStats,
): Promise<SyncReport> {
  report.okta = oktaUsageSince(statsBefore, context.directory.stats());

  if (report.status === 'succeeded' && report.failures.length > 0) {
    report.status = 'partial';
  }

  report.finishedAt = context.clock.now().toISOString();
  await context.store.finishRun(context.tenantId, report);
  context.events.emit(report.status === 'failed' ? 'run:failed' : 'run:completed', report);

  return report;
}
