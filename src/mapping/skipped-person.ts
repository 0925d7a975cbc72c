/**
 * Why a person was not synced. Stable codes the admin page can translate:
 * - `EMAIL_MISSING`: Okta has no email for them;
 * - `EMAIL_INVALID`: the email is not a valid address;
 * - `PROFILE_INVALID`: the Okta user lacks an id or profile;
 * - `MAPPER_FAILED`: a custom mapper threw or returned a bad person;
 * - `MAPPER_SKIPPED`: a custom mapper left the person out on purpose.
 */
export type SkipCode =
  | 'EMAIL_MISSING'
  | 'EMAIL_INVALID'
  | 'PROFILE_INVALID'
  | 'MAPPER_FAILED'
  | 'MAPPER_SKIPPED';

/** A person the sync left out, with a reason an admin can read. */
export interface SkippedPerson {
  oktaId: string;
  code: SkipCode;
  /** One sentence for the admin: what is wrong and where to fix it. */
  reason: string;
}
