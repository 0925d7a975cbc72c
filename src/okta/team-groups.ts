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

/** A copy of the option, so a caller changing theirs later changes nothing. */
export function copyTeamGroups(teamGroups: TeamGroups | undefined): TeamGroups | undefined {
  if (teamGroups === undefined) {
    return undefined;
  }

  return teamGroups.groupIds === undefined
    ? { namePrefix: String(teamGroups.namePrefix) }
    : { groupIds: Object.freeze([...teamGroups.groupIds]) };
}
