import { describeError } from '../errors/describe-error.js';
import type { OktaRequestStats, OktaUserPage, UserListing } from '../okta/okta-directory.js';
import type { PageRequest } from '../ports/page-request.js';
import { storePages } from '../ports/store-pages.js';
import { tallyPlan } from './apply-page.js';
import { checkEmptyListing, checkSweep } from './deactivation-guard.js';
import { mapUser } from './map-user.js';
import { newReport } from './new-report.js';
import { oktaUsageSince } from './okta-usage.js';
import type { PagePlan } from './page-plan.js';
import type { PersonChange } from './person-change.js';
import { toPersonWrite } from './person-write.js';
import { planPage } from './plan-page.js';
import type { RunContext } from './run-context.js';
import { addCounts } from './run-counts.js';
import type { GuardHold, SyncReport } from './sync-report.js';

/**
 * What a dry run remembers between pages.
 *
 * Note: unlike a real run, which stamps the store, a dry run must keep the
 * Okta ids it saw (and the manager references it would resolve) in memory
 * to count the sweep and the managers: about 100 bytes a person. For very
 * large orgs, preview with a real run against a copy of the store instead.
 */
interface DryRunState {
  report: SyncReport;
  seen: Set<string>;
  references: Map<string, string>;
}

/** Plans a full sync from live Okta data and the store; writes nothing. */
export async function runDryRun(context: RunContext): Promise<SyncReport> {
  const { tenantId, clock } = context;
  const report = newReport(tenantId, 'dry-run', true, clock.now());
  const state: DryRunState = { report, seen: new Set(), references: new Map() };
  const statsBefore = context.directory.stats();

  try {
    await planAll(context, state);
  } catch (error) {
    report.status = 'failed';
    report.error = describeError(error);
  }

  return finishDryRun(context, report, statsBefore);
}

async function planAll(context: RunContext, state: DryRunState) {
  const { report } = state;
  const active = await context.store.countPeople(context.tenantId, 'active');
  await planListing(context, state, 'current');
  report.guard = unlessForced(context, checkEmptyListing(state.seen.size, active));

  if (report.guard) {
    report.status = 'guarded';
    return;
  }

  await planListing(context, state, 'deprovisioned');
  await countManagers(context, state);
  const wouldDeactivate = await countUnseen(context, state.seen);
  const figures = { seen: state.seen.size, active, wouldDeactivate };
  report.guard = unlessForced(context, checkSweep(figures, context.guard));
  report.status = report.guard ? 'guarded' : report.status;
  report.counts.deactivated += report.guard ? 0 : wouldDeactivate;
}

function unlessForced(context: RunContext, hold: GuardHold | null) {
  return context.force ? null : hold;
}

async function planListing(context: RunContext, state: DryRunState, listing: UserListing) {
  const options = context.signal ? { listing, signal: context.signal } : { listing };

  for await (const page of context.directory.listUsers(options)) {
    const plan = await planUsers(context, page);
    remember(state, plan);
    addCounts(state.report.counts, tallyPlan(plan));
    state.report.skipped.push(...plan.skips);
    state.report.preview?.push(...plan.changes.flatMap(toPlanned));
  }
}

function planUsers(context: RunContext, page: OktaUserPage): Promise<PagePlan> {
  const outcomes = page.users.map((user) => mapUser(context, user));

  return planPage(context.store, context.tenantId, outcomes, context.mapper.policy);
}

function remember(state: DryRunState, plan: PagePlan) {
  for (const skip of plan.skips) {
    state.seen.add(skip.oktaId);
  }

  for (const change of plan.changes) {
    state.seen.add(change.person.oktaId);
    const write = toPersonWrite(change, 0);

    if (write && write.managerRef !== null && write.managerOktaId === null) {
      state.references.set(write.oktaId, write.managerRef);
    }
  }
}

function toPlanned(change: PersonChange) {
  if (change.kind === 'unchanged' || change.kind === 'ignore') {
    return [];
  }

  return [{ oktaId: change.person.oktaId, kind: change.kind, fields: change.fields }];
}

async function countManagers(context: RunContext, state: DryRunState) {
  const refs = [...new Set(state.references.values())];
  const stored = await context.store.findPeopleByOktaIds(context.tenantId, refs);
  const known = new Set([...state.seen, ...stored.flatMap((row) => row.oktaId ?? [])]);

  for (const [oktaId, ref] of state.references) {
    const resolves = known.has(ref) && ref !== oktaId;
    state.report.managers[resolves ? 'resolved' : 'pending'] += 1;
  }
}

async function countUnseen(context: RunContext, seen: ReadonlySet<string>) {
  const { store, tenantId } = context;
  // Later than any real generation, so every linked person is a candidate;
  // kept within a 32-bit integer, the widest a SQL store's column promises.
  const everyone = 2_147_483_647;
  const query = (page: PageRequest) => store.listUnseen(tenantId, everyone, page);
  let unseen = 0;

  for await (const page of storePages(query)) {
    unseen += page.filter((person) => !seen.has(person.oktaId ?? '')).length;
  }

  return unseen;
}

function finishDryRun(context: RunContext, report: SyncReport, before: OktaRequestStats) {
  report.okta = oktaUsageSince(before, context.directory.stats());
  report.finishedAt = context.clock.now().toISOString();

  return report;
}
