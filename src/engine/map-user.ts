import type { MapOutcome } from '../mapping/person-mapper.js';
import type { OktaUser } from '../okta/okta-user.js';
import type { RunContext } from './run-context.js';
import { activateStarted, starterJob } from './start-dates.js';

/** Maps one Okta user with the run's mapper, then the start-date rule. */
export function mapUser(context: RunContext, user: OktaUser): MapOutcome {
  const now = context.clock.now();
  const outcome = context.mapper.map(user, { tenantId: context.tenantId, now });

  return activateStarted(outcome, user, now, context.startDates);
}

/**
 * Puts an activation job on the queue for every starter of the page still
 * pending with a start date ahead, but those whose write failed. Needs a
 * queue; without one the daily full sync is the only activation.
 *
 * Note: a queue that fails is logged and ignored: the next full sync
 * applies the start-date rule to everybody, so nobody is left pending.
 */
export async function scheduleStarters(
  context: RunContext,
  users: readonly OktaUser[],
  outcomes: readonly MapOutcome[],
  failed: ReadonlySet<string>,
): Promise<void> {
  const { queue, tenantId } = context;
  if (!queue) {
    return;
  }

  const now = context.clock.now();

  for (const [index, outcome] of outcomes.entries()) {
    const user = users[index];
    if (outcome.kind !== 'person' || !user || failed.has(outcome.person.oktaId)) continue;

    const planned = starterJob(tenantId, outcome.person, user, now, context.startDates);
    if (!planned) continue;

    await queue.enqueue(planned.job, { delayMs: planned.delayMs }).catch((error: unknown) => {
      context.logger.warn('could not queue a starter activation', { tenantId, error });
    });
  }
}
