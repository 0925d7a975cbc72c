import { personEventTypes } from '../../hooks/person-event-types.js';

/**
 * An event hook of a fake org, as an admin set it up under Workflow ›
 * Event Hooks; `GET /api/v1/eventHooks` lists it in Okta's shape. Every
 * field but the URL has the value of a hook that works.
 */
export interface FakeEventHook {
  /** Where Okta would post the events. */
  uri: string;
  /** The hook's name; `okta-sync` by default. */
  name?: string;
  /** `ACTIVE` by default. */
  status?: 'ACTIVE' | 'INACTIVE';
  /** `VERIFIED` by default. */
  verificationStatus?: 'VERIFIED' | 'UNVERIFIED';
  /** Subscribed event types; every type the library acts on by default. */
  events?: readonly string[];
}

/** The hooks as Okta's API lists them (REFERENCE §4.8), ids by position. */
export function eventHooksBody(hooks: readonly FakeEventHook[], createdAt: string): unknown[] {
  return hooks.map((hook, index) => ({
    id: `who${String(index + 1).padStart(17, '0')}`,
    name: hook.name ?? 'okta-sync',
    status: hook.status ?? 'ACTIVE',
    verificationStatus: hook.verificationStatus ?? 'VERIFIED',
    events: { type: 'EVENT_TYPE', items: [...(hook.events ?? personEventTypes)] },
    channel: {
      type: 'HTTP',
      version: '1.0.0',
      config: { uri: hook.uri, authScheme: { type: 'HEADER', key: 'Authorization' } },
    },
    created: createdAt,
    lastUpdated: createdAt,
  }));
}
