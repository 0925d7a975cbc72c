import type { StoredPerson } from '../ports/stored-person.js';
import type { PagePlan } from './page-plan.js';
import type { ChangeKind, FieldChange } from './person-change.js';
import type { RunContext } from './run-context.js';

/** What happened to one person, as the `person:*` events carry it. */
export interface PersonEvent {
  /** The tenant the person belongs to. */
  tenantId: string;
  /** The person's Okta user id. */
  oktaId: string;
  /** Field-level differences (empty for creations and sweeps). */
  fields: FieldChange[];
}

const eventOf = {
  create: 'person:created',
  link: 'person:linked',
  update: 'person:updated',
  deactivate: 'person:deactivated',
  reactivate: 'person:reactivated',
} as const satisfies Partial<Record<ChangeKind, string>>;

/**
 * Emits one `person:*` event per change a page applied; people whose write
 * failed get none (they are in the report's failures).
 */
export function emitChanges(context: RunContext, plan: PagePlan, failed: ReadonlySet<string>) {
  for (const change of plan.changes) {
    const name = change.kind in eventOf ? eventOf[change.kind as keyof typeof eventOf] : null;

    // An event nobody listens to is not built: a sync would build one for
    // every person.
    if (name === null || context.events.listenerCount(name) === 0) continue;
    if (failed.has(change.person.oktaId)) continue;

    const { oktaId } = change.person;
    context.events.emit(name, { tenantId: context.tenantId, oktaId, fields: change.fields });
  }
}

/** Emits `person:deactivated` for people the sweep or a deletion deactivated. */
export function emitDeactivated(context: RunContext, people: readonly StoredPerson[]) {
  for (const person of people) {
    const event = { tenantId: context.tenantId, oktaId: person.oktaId ?? '', fields: [] };
    context.events.emit('person:deactivated', event);
  }
}
