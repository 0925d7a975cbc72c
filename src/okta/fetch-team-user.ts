import { fetchUser } from './fetch-user.js';
import { fetchUserGroups } from './fetch-user-groups.js';
import { orderTeamGroups } from './find-team-groups.js';
import type { OktaConnection } from './okta-http.js';
import type { OktaUser } from './okta-user.js';
import type { TeamGroups } from './team-groups.js';

/**
 * Reads one user fresh, and with team groups configured also the user's
 * groups (`GET /api/v1/users/{id}/groups`, one request more), setting
 * `groups` to the names of the team groups among them, in the option's
 * order. Resolves to null when Okta does not know the user.
 *
 * @throws ConfigError for an id that cannot name a user.
 * @throws OktaRequestError for any other failure.
 */
export async function fetchTeamUser(
  connection: OktaConnection,
  orgUrl: string,
  oktaId: string,
  teamGroups: TeamGroups | undefined,
): Promise<OktaUser | null> {
  const user = await fetchUser(connection, orgUrl, oktaId);

  if (user === null || teamGroups === undefined) {
    return user;
  }

  // A user deleted between the two reads has no groups left.
  const groups = (await fetchUserGroups(connection, orgUrl, user.id)) ?? [];
  const names = orderTeamGroups(groups, teamGroups).map((group) => group.name);

  return { ...user, groups: [...new Set(names)] };
}
