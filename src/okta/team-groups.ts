import type { ConfigIssue } from '../errors/config-error.js';
import { isOktaId } from './okta-scope.js';

/**
 * The Okta groups that stand for teams, for a team from a group rule: give
 * either the groups' ids, or a prefix that every team group's name starts
 * with (such as `Team: `). The directory then fills each user's `groups`
 * with the names of the team groups they are a member of.
 *
 * Order: with `groupIds`, the order given; with `namePrefix`, the names in
 * code-point order. A mapper that takes the first group as the team thus
 * picks the same one every run for someone in two team groups.
 */
export interface TeamGroups {
  /** The team groups' ids, such as `00g1b2c3d4`. */
  groupIds?: readonly string[];
  /**
   * The start of every team group's name, compared exactly (case included,
   * although Okta's search ignores case).
   */
  namePrefix?: string;
}

const MAX_GROUP_IDS = 100;
const MAX_PREFIX_LENGTH = 100;

/** What is wrong with the `teamGroups` option, one issue per problem. */
export function findTeamGroupsIssues(teamGroups: TeamGroups | undefined): ConfigIssue[] {
  if (teamGroups === undefined) {
    return [];
  }

  const given = typeof teamGroups === 'object' && teamGroups !== null ? teamGroups : {};
  const hasIds = given.groupIds !== undefined;
  const hasPrefix = given.namePrefix !== undefined;

  if (hasIds === hasPrefix) {
    const message = 'give either groupIds or namePrefix, exactly one of them';

    return [{ field: 'teamGroups', message }];
  }

  return hasIds ? findGroupIdIssues(given.groupIds) : findPrefixIssues(given.namePrefix);
}

function findGroupIdIssues(groupIds: unknown): ConfigIssue[] {
  const ids: unknown[] = Array.isArray(groupIds) ? groupIds : [];
  const usable =
    ids.length > 0 &&
    ids.length <= MAX_GROUP_IDS &&
    ids.every(isOktaId) &&
    new Set(ids).size === ids.length;

  if (usable) {
    return [];
  }

  const message = `list 1 to ${MAX_GROUP_IDS} different group ids, such as 00g1b2c3d4`;

  return [{ field: 'teamGroups.groupIds', message }];
}

function findPrefixIssues(namePrefix: unknown): ConfigIssue[] {
  const usable =
    typeof namePrefix === 'string' &&
    namePrefix.trim() !== '' &&
    namePrefix.length <= MAX_PREFIX_LENGTH &&
    !/\p{Cc}/u.test(namePrefix);

  if (usable) {
    return [];
  }

  const length = `1 to ${MAX_PREFIX_LENGTH} characters on one line`;
  const message = `use the start of the team groups' names, such as "Team: " (${length})`;

  return [{ field: 'teamGroups.namePrefix', message }];
}

/** A copy of the option, so a caller changing theirs later changes nothing. */
export function copyTeamGroups(teamGroups: TeamGroups | undefined): TeamGroups | undefined {
  if (teamGroups === undefined) {
    return undefined;
  }

  return teamGroups.groupIds === undefined
    ? { namePrefix: String(teamGroups.namePrefix) }
    : { groupIds: Object.freeze([...teamGroups.groupIds]) };
}
