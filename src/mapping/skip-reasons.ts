import { quote } from './quote.js';
// The sentences an admin reads on the sync report, one per way a person can
// be left out. Each says what is wrong and where to put it right.

/** Reason for a user that arrived without a usable Okta id. */
export const missingIdReason =
  'Okta sent a person without a user id, so they cannot be matched: run the sync again, ' +
  'and contact support if this repeats';

/** Reason for a user that arrived without a profile object. */
export const missingProfileReason =
  'Okta sent this person without a profile: check them in Okta (Directory › People) ' +
  'and run the sync again';

/** Reason for a user that has no email in Okta. */
export const missingEmailReason =
  'Okta has no email for this person: add one in Okta (Directory › People)';

/** Reason for a user the mapper could not read at all. */
export const unreadableUserReason =
  'Okta sent this person in a form the sync cannot read: check their profile in Okta ' +
  '(Directory › People) and run the sync again';

/** Reason for a user whose Okta status is missing or unknown. */
export function describeUnknownStatus(status: unknown): string {
  const where = 'check this person in Okta (Directory › People)';
  if (status === undefined || status === null || status === '') {
    return `Okta sent no status for this person: ${where}`;
  }

  if (typeof status !== 'string') {
    return `Okta sent a status that is not text for this person: ${where}`;
  }

  return `The Okta status ${quote(status)} is not one the sync knows: ${where}`;
}

/** Reason for a user whose email is not a valid address. */
export function describeInvalidEmail(email: string): string {
  const fix = 'correct it in Okta (Directory › People)';

  return `The email ${quote(email)} is not a valid address: ${fix}`;
}

/** Reason for a person whose custom mapping returned a bad field. */
export function describeMapperFailure(field: string, problem: string): string {
  return (
    `The custom mapping gave this person an invalid ${quote(field)} (${problem}): ` +
    "check the host's mapping settings"
  );
}

/** Reason for a person whose custom mapping threw. */
export function describeMapperError(errorName: string): string {
  return (
    `The custom mapping failed for this person with ${quote(errorName)}: ` +
    "check the host's mapping settings"
  );
}

/** Reason a custom mapping gave for leaving a person out. */
export function describeMapperSkip(reason: string): string {
  return `Left out by the custom mapping: ${quote(reason)}`;
}
