import { readOwnValue, type UntrustedRecord } from './profile-values.js';

/** Where the default mapper reads a person's team from. */
export type TeamSource = 'attribute' | 'group';

/**
 * The team a group rule gives a user: the first of the user's `groups`
 * (the team groups the directory found them in, in its order) whose name,
 * with `prefix` taken off its start and then cleaned, is not blank. Null
 * when the user has no such group, or no `groups` list at all (a directory
 * that was not asked for team groups).
 */
export function readGroupTeam(user: UntrustedRecord, prefix: string): string | null {
  const groups = readOwnValue(user, 'groups');
  if (!Array.isArray(groups)) {
    return null;
  }

  for (const name of groups) {
    const team = typeof name === 'string' ? toTeamName(name, prefix) : '';
    if (team !== '') {
      return team;
    }
  }

  return null;
}

function toTeamName(groupName: string, prefix: string): string {
  const bare =
    prefix !== '' && groupName.startsWith(prefix) ? groupName.slice(prefix.length) : groupName;

  // Cleaned as profile text is: control characters and runs of spaces
  // would break the host's storage or display.
  return bare.replace(/[\s\p{Cc}]+/gu, ' ').trim();
}
