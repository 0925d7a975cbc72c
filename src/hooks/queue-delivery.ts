import type { PersonSyncJob } from '../ports/sync-job.js';
import type { SyncQueue } from '../ports/sync-queue.js';
import type { EventHookDelivery, HookEvent } from './event-hook-delivery.js';
import type { EventLedger } from './event-ledger.js';
import { type HookResponse, jsonResponse } from './hook-response.js';
import { isPersonEventType } from './person-event-types.js';

/** What queueing a delivery needs. */
export interface DeliveryTarget {
  queue: SyncQueue;
  tenantId: string;
  ledger: EventLedger | null;
}

/**
 * Turns a checked delivery into person jobs: one per person, however many
 * events name them, since every job re-reads the person from Okta. The
 * job carries the first of its events' `uuid`s, always the same for the
 * same delivery, so the engine's ledger knows a repeat. Events an
 * optional ledger has seen are skipped. Resolves to a 200 with an empty
 * body, or a 500 when the queue refuses a job (Okta then retries once).
 *
 * Note: an optional ledger records events before their jobs are queued;
 * if the queue then fails, Okta's retry is taken for a repeat and the
 * person waits for the next full sync. The engine's ledger has no such
 * gap, which is why none is used by default.
 */
export async function queueDelivery(
  target: DeliveryTarget,
  delivery: EventHookDelivery,
): Promise<HookResponse> {
  const relevant = delivery.events.filter((event) => isPersonEventType(event.eventType));
  const fresh = await keepFresh(target, relevant);
  const jobs = toJobs(target.tenantId, fresh);

  try {
    for (const job of jobs) {
      await target.queue.enqueue(job);
    }
  } catch (error) {
    return jsonResponse(500, { error: 'queue-unavailable' }, { kind: 'failed', error });
  }

  const outcome = {
    kind: 'delivered' as const,
    events: delivery.events.length,
    queued: jobs.length,
    repeated: relevant.length - fresh.length,
    ignored: delivery.events.length - relevant.length,
  };

  return { status: 200, headers: {}, body: '', outcome };
}

async function keepFresh(target: DeliveryTarget, events: HookEvent[]): Promise<HookEvent[]> {
  const { ledger, tenantId } = target;

  if (ledger === null) {
    return events;
  }

  const fresh: HookEvent[] = [];

  for (const event of events) {
    if (await ledger.recordEvent(tenantId, event.uuid)) {
      fresh.push(event);
    }
  }

  return fresh;
}

function toJobs(tenantId: string, events: HookEvent[]): PersonSyncJob[] {
  const jobs = new Map<string, PersonSyncJob>();

  for (const event of events) {
    for (const oktaId of event.userIds) {
      if (!jobs.has(oktaId)) {
        jobs.set(oktaId, { kind: 'sync-person', tenantId, oktaId, eventId: event.uuid });
      }
    }
  }

  return [...jobs.values()];
}
