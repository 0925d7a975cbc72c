import type { ResolveManagersOptions } from '../managers/resolve-managers.js';
import type { OktaUser } from '../okta/okta-user.js';
import { applyPage } from './apply-page.js';
import { mapUser, scheduleStarters } from './map-user.js';
import type { PagePlan } from './page-plan.js';
import { emitChanges } from './person-events.js';
import { planPage } from './plan-page.js';
import type { RunContext } from './run-context.js';
import { addCounts } from './run-counts.js';
import type { SyncNotice } from './sync-notice.js';
import type { SyncReport } from './sync-report.js';

/** What a run keeps across its pages. */
export interface PageScope {
  /** The run's generation, stamped on those written; 0 for none. */
  generation: number;
  /** Teams the run made sure of (see `applyPage`). */
  teams?: Set<string>;
  /**
   * Okta ids of the people whose manager planning wrote with them this
   * run (see `resolveEarlyManagers`), for the manager pass.
   */
  early?: Set<string>;
}

/**
 * Maps, plans and applies one page of Okta users, stamping those written
 * with the scope's generation, and adds what happened to `report`,
 * emitting the person events as it goes. Starters still pending get their
 * activation job queued. Resolves to the page's plan.
 */
export async function syncUsers(
  context: RunContext,
  report: SyncReport,
  users: readonly OktaUser[],
  scope: PageScope,
): Promise<PagePlan> {
  const { store, tenantId } = context;
  const { generation } = scope;
  const outcomes = users.map((user) => mapUser(context, user));
  const plan = await planPage(store, tenantId, outcomes, context.mapper.policy, generation);
  const result = await applyPage(store, tenantId, plan, generation, scope.teams);
  const failed = new Set(result.failures.map((failure) => failure.oktaId));
  const early = earlyManaged(plan, failed);

  report.managers.resolved += early.length;
  for (const oktaId of early) scope.early?.add(oktaId);

  addCounts(report.counts, result.counts);
  report.failures.push(...result.failures);
  emitChanges(context, plan, failed);
  await scheduleStarters(context, users, outcomes, failed);

  for (const skip of plan.skips) {
    report.skipped.push(skip);
    context.events.emit('person:skipped', { ...skip, tenantId });
  }

  reportNotices(context, report, plan.notices);

  return plan;
}

/** Those written with their manager (see `resolveEarlyManagers`). */
function earlyManaged(plan: PagePlan, failed: ReadonlySet<string>): string[] {
  const early = plan.changes.filter((change) => change.manager !== undefined);

  return early.map((change) => change.person.oktaId).filter((oktaId) => !failed.has(oktaId));
}

/** Adds notices to the report and emits each as `person:notice`. */
export function reportNotices(context: RunContext, report: SyncReport, notices: SyncNotice[]) {
  for (const notice of notices) {
    report.notices?.push(notice);
    context.events.emit('person:notice', { ...notice, tenantId: context.tenantId });

    if (notice.code === 'MANAGER_CYCLE') {
      context.events.emit('manager:cycle', { ...notice, tenantId: context.tenantId });
    }
  }
}

/**
 * How a run resolves managers: notices go to its report, and a manager
 * the run skipped is named as such.
 */
export function managerOptions(context: RunContext, report: SyncReport): ResolveManagersOptions {
  const skipped = new Map(report.skipped.map((skip) => [skip.oktaId, skip.code]));
  const onNotice = (notice: SyncNotice) => reportNotices(context, report, [notice]);
  const match = context.mapper.policy?.managerMatch;

  return match ? { skipped, onNotice, match } : { skipped, onNotice };
}

/** Emits `manager:pending` when references are still waiting after a run. */
export function emitPending(context: RunContext, pending: number) {
  if (pending > 0) {
    context.events.emit('manager:pending', { tenantId: context.tenantId, pending });
  }
}
