import { quote } from './quote.js';
// The sentences an admin reads in a report's notices about mapping: each
// says what the sync did instead and how to change it.

/** Message for a locked field whose Okta value was not applied. */
export function describeLockedField(field: string, value: string | null): string {
  const shown = value === null ? 'an empty value' : `the value ${quote(value)}`;

  return (
    `${quote(field)} is locked for this person, so Okta's ${shown} was not applied: ` +
    'unlock the field to let Okta set it again'
  );
}

/** Message for an Okta user whose email other Okta users share. */
export function describeSharedEmail(email: string, others: readonly string[]): string {
  return (
    `The email ${quote(email)} also belongs to the Okta user ${others.join(', ')}: both are ` +
    'kept as separate people; give each their own email in Okta (Directory › People)'
  );
}
