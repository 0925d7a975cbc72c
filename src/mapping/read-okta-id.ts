import { isUntrustedRecord, readOwnValue } from './profile-values.js';

/**
 * The id a report names a skipped user by: whatever Okta sent, as
 * `String(id ?? '')`; an id that cannot even become text gives ''.
 * Never throws.
 */
export function readOktaId(input: unknown): string {
  try {
    const id = isUntrustedRecord(input) ? readOwnValue(input, 'id') : undefined;

    return String(id ?? '');
  } catch {
    return '';
  }
}
