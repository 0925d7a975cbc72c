/** Every {@link SkipCode}, in a list: for admin pages and exhaustive checks. */
export const skipCodes = [
  'EMAIL_MISSING',
  'EMAIL_INVALID',
  'PROFILE_INVALID',
  'MAPPER_FAILED',
  'MAPPER_SKIPPED',
] as const;

/**
 * Why a person was not synced. Stable codes the admin page can translate:
 * - `EMAIL_MISSING`: Okta has no email for them;
 * - `EMAIL_INVALID`: the email is not a valid address;
 * - `PROFILE_INVALID`: the Okta user lacks an id or profile;
 * - `MAPPER_FAILED`: a custom mapper threw or returned a bad person;
 * - `MAPPER_SKIPPED`: a custom mapper left the person out on purpose.
 */
export type SkipCode = (typeof skipCodes)[number];

/** A person the sync left out, with a reason an admin can read. */
export interface SkippedPerson {
  /** The Okta user's id as Okta sent it; empty when it had none. */
  oktaId: string;
  /** Why the person was left out; stable, for code to switch on. */
  code: SkipCode;
  /** One sentence for the admin: what is wrong and where to fix it. */
  reason: string;
}
