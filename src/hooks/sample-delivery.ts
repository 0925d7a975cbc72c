import { randomUUID } from 'node:crypto';

/** One event of a {@link buildSampleDelivery}. */
export interface SampleEvent {
  /** Okta's event type, such as `user.lifecycle.deactivate`. */
  eventType: string;
  /** The Okta id of the target user. */
  userId: string;
  /** The target's login; `user@example.com` by default. */
  login?: string;
  /** The event's System Log id; a fresh UUID by default. */
  uuid?: string;
  /** When the event happened; now by default. */
  published?: string;
}

/**
 * A delivery body shaped like the ones Okta POSTs to an event hook, with
 * the fields a receiver reads, for tests and demos. Events carry ids only,
 * never profile values, as Okta's do.
 */
export function buildSampleDelivery(events: readonly SampleEvent[]): Record<string, unknown> {
  return {
    eventType: 'com.okta.event_hook',
    eventTypeVersion: '1.0',
    cloudEventsVersion: '0.1',
    source: 'https://example.okta.com/api/v1/eventHooks/who0000000000000000',
    eventId: randomUUID(),
    eventTime: new Date().toISOString(),
    contentType: 'application/json',
    data: { events: events.map(toLogEvent) },
  };
}

function toLogEvent(event: SampleEvent): Record<string, unknown> {
  const login = event.login ?? 'user@example.com';

  return {
    uuid: event.uuid ?? randomUUID(),
    published: event.published ?? new Date().toISOString(),
    eventType: event.eventType,
    version: '0',
    severity: 'INFO',
    displayMessage: event.eventType,
    outcome: { result: 'SUCCESS', reason: null },
    target: [{ id: event.userId, type: 'User', alternateId: login, displayName: login }],
  };
}
