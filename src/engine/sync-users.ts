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

/**
 * Maps, plans and applies one page of Okta users, stamping those written
 * with `generation`, and adds what happened to `report`, emitting the
 * person events as it goes. Starters still pending get their activation
 * job queued. `ensuredTeams` is the run's record of teams it made sure of
 * (see `applyPage`). Resolves to the page's plan.
 */
export async function syncUsers(
  context: RunContext,
  report: SyncReport,
  users: readonly OktaUser[],
  generation: number,
  ensuredTeams?: Set<string>,
): Promise<PagePlan> {
  const { store, tenantId } = context;
  const outcomes = users.map((user) => mapUser(context, user));
  const plan = await planPage(store, tenantId, outcomes, context.mapper.policy, generation);
  const result = await applyPage(store, tenantId, plan, generation, ensuredTeams);
  const failed = new Set(result.failures.map((failure) => failure.oktaId));

  report.managers.resolved += countEarlyManagers(plan, failed);

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

/** Managers written with the page's creates (see `resolveEarlyManagers`). */
function countEarlyManagers(plan: PagePlan, failed: ReadonlySet<string>): number {
  const early = plan.changes.filter((change) => change.manager !== undefined);

  return early.filter((change) => !failed.has(change.person.oktaId)).length;
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
