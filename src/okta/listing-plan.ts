import type { UserListing } from './okta-directory.js';
import type { OktaScope } from './okta-scope.js';
import { USERS_PATH } from './users-url.js';

/** What a listing's pages hold: users, or app users embedding them. */
export type ListingItems = 'users' | 'app-users';

/** One endpoint a listing streams, from its first page on. */
export interface ListingSource {
  firstUrl: string;
  items: ListingItems;
}

/** Page sizes, each endpoint's own. */
export interface PageSizes {
  /** Users and group members per page, at most 200. */
  users: number;
  /** App users per page, at most 500. */
  appUsers: number;
}

const DEPROVISIONED_FILTER = 'status eq "DEPROVISIONED"';

/**
 * The endpoints a listing of a scope reads, in order. Okta's plain list
 * omits DEPROVISIONED users, so the org scope reads them with a filter of
 * their own; other scopes have no `deprovisioned` listing (see
 * `OktaScope` for how their leavers are found).
 */
export function planListing(
  orgUrl: string,
  scope: OktaScope,
  listing: UserListing,
  sizes: PageSizes,
): ListingSource[] {
  if (listing === 'deprovisioned') {
    return scope.kind === 'org'
      ? [usersSource(orgUrl, sizes, { filter: DEPROVISIONED_FILTER })]
      : [];
  }

  switch (scope.kind) {
    case 'app':
      return [appSource(orgUrl, scope.appId, sizes)];
    case 'groups':
      return scope.groupIds.map((groupId) => groupSource(orgUrl, groupId, sizes));
    case 'search':
      return [usersSource(orgUrl, sizes, { search: scope.search })];
    default:
      return [usersSource(orgUrl, sizes, {})];
  }
}

function usersSource(
  orgUrl: string,
  sizes: PageSizes,
  query: Record<string, string>,
): ListingSource {
  return {
    firstUrl: buildUrl(orgUrl, USERS_PATH, { ...query, limit: sizes.users }),
    items: 'users',
  };
}

function appSource(orgUrl: string, appId: string, sizes: PageSizes): ListingSource {
  const path = `/api/v1/apps/${encodeURIComponent(appId)}/users`;
  const firstUrl = buildUrl(orgUrl, path, { expand: 'user', limit: sizes.appUsers });

  return { firstUrl, items: 'app-users' };
}

function groupSource(orgUrl: string, groupId: string, sizes: PageSizes): ListingSource {
  return planGroupMembers(orgUrl, groupId, sizes.users);
}

/** The listing of one group's members, `pageSize` users per page. */
export function planGroupMembers(orgUrl: string, groupId: string, pageSize: number): ListingSource {
  const path = `/api/v1/groups/${encodeURIComponent(groupId)}/users`;

  return { firstUrl: buildUrl(orgUrl, path, { limit: pageSize }), items: 'users' };
}

/** Builds an absolute URL on the org from a path and query parameters. */
export function buildUrl(
  orgUrl: string,
  path: string,
  query: Record<string, string | number>,
): string {
  const url = new URL(path, orgUrl);

  for (const [name, value] of Object.entries(query)) {
    url.searchParams.set(name, String(value));
  }

  return url.href;
}

/**
 * The one endpoint that lists a scope's users changed after `afterIso`.
 * `filter` is the documented way to ask for `lastUpdated gt` and includes
 * DEPROVISIONED users; a search scope adds the clause to its expression.
 * Undefined for app and group scopes: their endpoints cannot filter by
 * `lastUpdated`, and assignments do not move it.
 */
export function planChanges(
  orgUrl: string,
  scope: OktaScope,
  afterIso: string,
  sizes: PageSizes,
): ListingSource | undefined {
  const changed = `lastUpdated gt "${afterIso}"`;

  if (scope.kind === 'org') {
    return usersSource(orgUrl, sizes, { filter: changed });
  }

  if (scope.kind === 'search') {
    return usersSource(orgUrl, sizes, { search: `(${scope.search}) and ${changed}` });
  }

  return undefined;
}
