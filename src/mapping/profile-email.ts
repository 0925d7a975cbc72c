import { isValidEmail } from './email.js';
import { readOwnValue, type UntrustedRecord } from './profile-values.js';
import { describeInvalidEmail, missingEmailReason } from './skip-reasons.js';
import type { SkipCode } from './skipped-person.js';

/** A profile's email, or why it cannot be used. */
export type ProfileEmail =
  | { ok: true; email: string }
  | { ok: false; code: Extract<SkipCode, 'EMAIL_MISSING' | 'EMAIL_INVALID'>; reason: string };

/**
 * The profile's `attribute` (`email` by default), trimmed and otherwise as
 * Okta spells it:
 * - absent, null, not a string, or blank → `EMAIL_MISSING`;
 * - not valid by {@link isValidEmail} → `EMAIL_INVALID`.
 */
export function readProfileEmail(profile: UntrustedRecord, attribute = 'email'): ProfileEmail {
  const value = readOwnValue(profile, attribute);
  const email = typeof value === 'string' ? value.trim() : '';
  if (email === '') {
    return { ok: false, code: 'EMAIL_MISSING', reason: missingEmailReason };
  }

  if (!isValidEmail(email)) {
    return { ok: false, code: 'EMAIL_INVALID', reason: describeInvalidEmail(email) };
  }

  return { ok: true, email };
}
