import { readAllGroups, toGroup } from './fetch-user-groups.js';
import { buildUrl } from './listing-plan.js';
import { toOktaRequestError } from './okta-error.js';
import type { OktaGroup } from './okta-group.js';
import { getOktaJson, type OktaConnection } from './okta-http.js';
import type { TeamGroups } from './team-groups.js';

// Okta's recommended page size for group listings (REFERENCE §2.3).
const GROUPS_PAGE_SIZE = 200;

/**
 * Reads the team groups the option names, in the option's order: each
 * given id with `GET /api/v1/groups/{id}` (one request per group), or the
 * groups whose name starts with the prefix, found with Okta's search
 * (`profile.name sw "…"`, paged) and kept only when the prefix matches
 * case and all, sorted by name.
 *
 * @throws OktaRequestError when a read fails, a given group is unknown
 *   (`ERR_OKTA_NOT_FOUND`) or Okta answers something that is not a group.
 */
export async function findTeamGroups(
  connection: OktaConnection,
  orgUrl: string,
  teamGroups: TeamGroups,
): Promise<OktaGroup[]> {
  if (teamGroups.groupIds !== undefined) {
    return readGroupsById(connection, orgUrl, teamGroups.groupIds);
  }

  const prefix = teamGroups.namePrefix ?? '';
  const search = `profile.name sw ${JSON.stringify(prefix)}`;
  const firstUrl = buildUrl(orgUrl, '/api/v1/groups', { search, limit: GROUPS_PAGE_SIZE });

  return orderTeamGroups(await readAllGroups(connection, firstUrl), teamGroups);
}

/**
 * Keeps the groups that are team groups under the option, in its order:
 * the given ids' order, or names with the prefix (exact case) sorted by
 * name, then id.
 */
export function orderTeamGroups(groups: readonly OktaGroup[], teamGroups: TeamGroups): OktaGroup[] {
  if (teamGroups.groupIds !== undefined) {
    return teamGroups.groupIds.flatMap((id) => groups.find((group) => group.id === id) ?? []);
  }

  const prefix = teamGroups.namePrefix ?? '';

  return groups.filter((group) => group.name.startsWith(prefix)).sort(compareGroups);
}

async function readGroupsById(
  connection: OktaConnection,
  orgUrl: string,
  groupIds: readonly string[],
): Promise<OktaGroup[]> {
  const groups: OktaGroup[] = [];

  for (const groupId of groupIds) {
    groups.push(await readGroup(connection, orgUrl, groupId));
  }

  return groups;
}

async function readGroup(
  connection: OktaConnection,
  orgUrl: string,
  groupId: string,
): Promise<OktaGroup> {
  const url = buildUrl(orgUrl, `/api/v1/groups/${encodeURIComponent(groupId)}`, {});
  const response = await getOktaJson(connection, url);
  const group = toGroup(response.body);

  if (group === undefined) {
    throw toOktaRequestError({
      kind: 'unusable-response',
      problem: 'Okta answered a group read with something other than a group',
      status: response.status,
      headers: response.headers,
    });
  }

  return group;
}

function compareGroups(left: OktaGroup, right: OktaGroup): number {
  return compareText(left.name, right.name) || compareText(left.id, right.id);
}

function compareText(left: string, right: string): number {
  if (left === right) {
    return 0;
  }

  return left < right ? -1 : 1;
}
