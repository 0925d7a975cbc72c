/**
 * The Okta event types that can change who a person is on the host: user
 * lifecycle, profile updates, and group and app membership (which move
 * people in and out of a sync's scope). Every one of them is
 * hook-eligible in Okta's catalog.
 */
export const personEventTypes: readonly string[] = [
  'user.lifecycle.create',
  'user.lifecycle.activate',
  'user.lifecycle.deactivate',
  'user.lifecycle.suspend',
  'user.lifecycle.unsuspend',
  'user.lifecycle.reactivate',
  'user.lifecycle.delete.initiated',
  'user.account.update_profile',
  'group.user_membership.add',
  'group.user_membership.remove',
  'application.user_membership.add',
  'application.user_membership.remove',
];

const known = new Set(personEventTypes);

/** True when an event of this type asks for its target users' re-read. */
export function isPersonEventType(eventType: string): boolean {
  return known.has(eventType);
}
