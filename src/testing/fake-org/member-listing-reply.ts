import type { OktaUser } from '../../okta/okta-user.js';
import type { FakeOrg } from './fake-org.js';
import type { FakeReply } from './fake-reply.js';
import { pageLinks, readLimit, withAbsoluteSelf } from './list-users-reply.js';
import { notFound } from './not-found-reply.js';
import { oktaErrorBody } from './okta-error-body.js';
import { decodeCursor } from './page-cursor.js';
import type { UserPredicate } from './user-roster.js';

// Okta's documented defaults and maxima (REFERENCE §2.1, §2.3).
const APP_USERS_DEFAULT_LIMIT = 50;
const APP_USERS_MAX_LIMIT = 500;
const GROUP_USERS_DEFAULT_LIMIT = 1000;
const GROUP_USERS_MAX_LIMIT = 1000;

/**
 * Answers `GET /api/v1/apps/{appId}/users`: Application User objects of
 * everyone assigned directly (`scope: USER`) or through a group (`GROUP`),
 * with the Okta user in `_embedded.user` when `expand=user`. Deactivated
 * users are left out, as deactivation removes their assignments.
 */
export function appUsersReply(org: FakeOrg, url: URL, appId: string): FakeReply {
  const { assignments } = org;

  if (!assignments.hasApp(appId)) {
    return notFound(`${appId} (App)`);
  }

  const assigned: UserPredicate = (user) =>
    user.status !== 'DEPROVISIONED' && assignments.assignmentOf(appId, user.id) !== undefined;
  const expand = url.searchParams.get('expand') === 'user';
  const toItem = (user: OktaUser) => ({
    id: user.id,
    scope: assignments.assignmentOf(appId, user.id),
    status: 'ACTIVE',
    syncState: 'DISABLED',
    credentials: { userName: user.profile.login },
    ...(expand ? { _embedded: { user: withAbsoluteSelf(user, url.origin) } } : {}),
  });

  return pageOf(org, url, assigned, toItem, [APP_USERS_DEFAULT_LIMIT, APP_USERS_MAX_LIMIT]);
}

/** Answers `GET /api/v1/groups/{groupId}/users`: the members, as users. */
export function groupUsersReply(org: FakeOrg, url: URL, groupId: string): FakeReply {
  if (org.assignments.findGroup(groupId) === undefined) {
    return notFound(`${groupId} (UserGroup)`);
  }

  const member: UserPredicate = (user) => org.assignments.isMember(groupId, user.id);
  const toItem = (user: OktaUser) => withAbsoluteSelf(user, url.origin);

  return pageOf(org, url, member, toItem, [GROUP_USERS_DEFAULT_LIMIT, GROUP_USERS_MAX_LIMIT]);
}

function pageOf(
  org: FakeOrg,
  url: URL,
  matches: UserPredicate,
  toItem: (user: OktaUser) => unknown,
  [defaultLimit, maxLimit]: [number, number],
): FakeReply {
  const limit = readLimit(url.searchParams.get('limit'), defaultLimit, maxLimit);
  const after = decodeCursor(url.searchParams.get('after'));

  if (limit === null || after === null) {
    const field = limit === null ? 'limit' : 'after';

    return { status: 400, body: oktaErrorBody('E0000001', `Api validation failed: ${field}`) };
  }

  const page = org.listMatching(after, limit, matches);

  return { status: 200, body: page.users.map(toItem), links: pageLinks(url, page) };
}
