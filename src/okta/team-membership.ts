import { findTeamGroups } from './find-team-groups.js';
import { planGroupMembers } from './listing-plan.js';
import type { OktaUserPage } from './okta-directory.js';
import type { OktaConnection } from './okta-http.js';
import { readUserPage } from './read-user-page.js';
import type { TeamGroups } from './team-groups.js';

/** Where a directory reads its team groups. */
export interface TeamGroupsSource {
  connection: OktaConnection;
  orgUrl: string;
  teamGroups: TeamGroups;
  /** Members per page, at most 200. */
  pageSize: number;
}

/** The names of each member's team groups, in the option's order, by user id. */
export type TeamMembership = ReadonlyMap<string, readonly string[]>;

/**
 * Reads who is in which team group: the team groups themselves, then every
 * page of each group's members, in turn.
 *
 * Cost: with `groupIds`, one request per group; with `namePrefix`, the
 * pages of the groups search; then each group's member pages. Memory: one
 * entry per member of the team groups (an id and a list of shared names),
 * held while a listing runs; the members' pages themselves are dropped.
 *
 * @throws OktaRequestError when a read fails.
 */
export async function readTeamMembership(
  source: TeamGroupsSource,
  signal?: AbortSignal,
): Promise<TeamMembership> {
  const { connection, orgUrl } = source;
  const groups = await findTeamGroups(connection, orgUrl, source.teamGroups);
  const membership = new Map<string, string[]>();

  for (const group of groups) {
    for await (const memberId of listMemberIds(source, group.id, signal)) {
      const names = membership.get(memberId);

      if (names === undefined) {
        membership.set(memberId, [group.name]);
      } else if (!names.includes(group.name)) {
        names.push(group.name);
      }
    }
  }

  return membership;
}

async function* listMemberIds(
  source: TeamGroupsSource,
  groupId: string,
  signal: AbortSignal | undefined,
): AsyncGenerator<string, void, undefined> {
  const members = planGroupMembers(source.orgUrl, groupId, source.pageSize);
  let url: string | null = members.firstUrl;

  while (url !== null) {
    signal?.throwIfAborted();

    const page = await readUserPage(source.connection, members, url);
    url = page.next;
    yield* page.users.map((user) => user.id);
  }
}

/** The page with each user's team groups set: theirs, or `[]` for none. */
export function withTeamGroups<Page extends OktaUserPage>(
  page: Page,
  membership: TeamMembership,
): Page {
  const users = page.users.map((user) => ({ ...user, groups: membership.get(user.id) ?? [] }));

  return { ...page, users };
}

/**
 * Streams a listing's pages with each user's team groups set. The
 * membership is read once, when the first page has come, so a listing
 * with no pages (a scope without a `deprovisioned` listing) costs nothing.
 */
export async function* withTeamGroupPages<Page extends OktaUserPage>(
  pages: AsyncIterable<Page>,
  source: TeamGroupsSource,
  signal?: AbortSignal,
): AsyncGenerator<Page, void, undefined> {
  let membership: TeamMembership | undefined;

  for await (const page of pages) {
    membership ??= await readTeamMembership(source, signal);

    yield withTeamGroups(page, membership);
  }
}
