import { readCleanText, type UntrustedRecord } from './profile-values.js';

/**
 * Where a full name comes from first:
 * - `firstLast`: `firstName` and `lastName`, then `displayName`;
 * - `displayName`: `displayName`, then `firstName` and `lastName`.
 */
export type FullNameSource = 'firstLast' | 'displayName';

/**
 * A person's full name from an Okta profile, never empty. Each part is
 * trimmed with inner whitespace collapsed, and Unicode is kept as spelled.
 * `firstName` and `lastName` are joined by one space, leaving out a missing
 * part; when neither `source` gives a name, the email stands in. The
 * display name is read from `displayNameAttribute`.
 */
export function toFullName(
  profile: UntrustedRecord,
  source: FullNameSource,
  email: string,
  displayNameAttribute = 'displayName',
): string {
  const firstLast = joinNames(
    readCleanText(profile, 'firstName'),
    readCleanText(profile, 'lastName'),
  );
  const displayName = readCleanText(profile, displayNameAttribute);
  const candidates = source === 'displayName' ? [displayName, firstLast] : [firstLast, displayName];

  return candidates.find((name) => name !== null) ?? email;
}

function joinNames(...names: Array<string | null>): string | null {
  const present = names.filter((name) => name !== null);

  return present.length === 0 ? null : present.join(' ');
}
