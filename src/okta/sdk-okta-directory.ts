import { checkAccess } from './check-access.js';
import { fetchAppAssignment } from './fetch-app-assignment.js';
import { fetchTeamUser } from './fetch-team-user.js';
import { fetchUserGroups } from './fetch-user-groups.js';
import { listChangedPages } from './list-changed-pages.js';
import { listUserPages } from './list-user-pages.js';
import { planListing } from './listing-plan.js';
import type { OktaUserPage, UserListing } from './okta-directory.js';
import { type OktaDirectoryOptions, resolveDirectoryOptions } from './okta-directory-options.js';
import type { OktaOrgDirectory } from './okta-org-directory.js';
import { readAhead } from './read-ahead.js';
import { createSdkClient } from './sdk-client.js';
import { type TeamGroupsSource, withTeamGroupPages } from './team-membership.js';

/**
 * Builds the {@link OktaOrgDirectory} that reads an Okta org through the
 * official `@okta/okta-sdk-nodejs` client: its auth and its HTTP layer,
 * with requests paced to the org's shared rate budget, 429s waited out,
 * pages parsed as plain JSON and no response cache. Listings read one
 * page ahead (see `readAhead`), so Okta answers the next page while the
 * engine applies this one.
 *
 * @throws OrgUrlError when the org URL breaks a rule.
 * @throws ConfigError when another option is wrong.
 */
export function createOktaDirectory(options: OktaDirectoryOptions): OktaOrgDirectory {
  const settings = resolveDirectoryOptions(options);
  const { client, executor } = createSdkClient(settings);
  const connection = { client, timer: settings.timer, maxRetries: settings.maxRetries };
  const sizes = { users: settings.pageSize, appUsers: settings.appPageSize };
  const where = { orgUrl: settings.orgUrl, scope: settings.scope, sizes };
  const { orgUrl, scope, teamGroups } = settings;
  const plan = (listing: UserListing) => planListing(orgUrl, scope, listing, sizes);
  const access = { connection, orgUrl, scope, hasOwner: settings.auth.mode === 'api-token' };
  const team =
    teamGroups === undefined
      ? undefined
      : { connection, orgUrl, teamGroups, pageSize: settings.pageSize };
  const withTeams = <Page extends OktaUserPage>(
    pages: AsyncIterable<Page>,
    signal: AbortSignal | undefined,
  ) => readAhead(withTeamGroupsWhenAsked(pages, team, signal), signal);

  return {
    listUsers: (listOptions) =>
      withTeams(
        listUserPages(connection, plan(listOptions.listing), listOptions),
        listOptions.signal,
      ),
    listChanges: (changeOptions) =>
      withTeams(listChangedPages(connection, where, changeOptions), changeOptions.signal),
    getUser: (oktaId) => fetchTeamUser(connection, orgUrl, oktaId, teamGroups),
    getUserGroups: (oktaId) => fetchUserGroups(connection, orgUrl, oktaId),
    isAssignedToApp: (appId, oktaId) => fetchAppAssignment(connection, orgUrl, appId, oktaId),
    checkAccess: (checkOptions) => checkAccess(access, checkOptions),
    stats: () => executor.stats(),
  };
}

function withTeamGroupsWhenAsked<Page extends OktaUserPage>(
  pages: AsyncIterable<Page>,
  team: TeamGroupsSource | undefined,
  signal: AbortSignal | undefined,
): AsyncIterable<Page> {
  return team === undefined ? pages : withTeamGroupPages(pages, team, signal);
}
