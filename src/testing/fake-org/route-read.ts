import { eventHooksBody } from './fake-event-hook.js';
import type { FakeOrg } from './fake-org.js';
import type { FakeReply } from './fake-reply.js';
import { groupReply, listGroupsReply } from './group-listing-reply.js';
import { listUsersReply, withAbsoluteSelf } from './list-users-reply.js';
import { appUsersReply, groupUsersReply } from './member-listing-reply.js';
import { notFound } from './not-found-reply.js';

type Route = (org: FakeOrg, url: URL, ids: string[]) => FakeReply;

// One segment of an id or login, percent-encoded.
const ID = '([^/]+)';

const ROUTES: [RegExp, Route][] = [
  [/^\/api\/v1\/users$/, (org, url) => listUsersReply(org, url)],
  [pattern(`/api/v1/users/${ID}`), (org, url, [key]) => userReply(org, url, key)],
  [pattern(`/api/v1/users/${ID}/groups`), (org, _, [key]) => userGroupsReply(org, key)],
  [
    pattern(`/api/v1/apps/${ID}/users`),
    (org, url, [appId]) => appUsersReply(org, url, appId ?? ''),
  ],
  [pattern(`/api/v1/apps/${ID}/users/${ID}`), (org, url, ids) => appUserReply(org, url, ids)],
  [/^\/api\/v1\/groups$/, (org, url) => listGroupsReply(org, url)],
  [pattern(`/api/v1/groups/${ID}`), (org, _, [id]) => groupReply(org, id ?? '')],
  [pattern(`/api/v1/groups/${ID}/users`), (org, url, [id]) => groupUsersReply(org, url, id ?? '')],
  [/^\/api\/v1\/eventHooks$/, (org) => eventHooksReply(org)],
];

/**
 * Answers the reads a sync makes: users (list, one, their groups), an
 * app's users (list, one), groups (list, one) and a group's members; and
 * the event hooks the setup check reads.
 * Anything else is Okta's 404 for an unknown path.
 */
export function routeRead(org: FakeOrg, url: URL): FakeReply {
  for (const [path, route] of ROUTES) {
    const match = path.exec(url.pathname);
    const ids = match?.slice(1).map(decodeSegment);

    if (ids?.every((id) => id !== null)) {
      return route(org, url, ids as string[]);
    }
  }

  return notFound(`${url.pathname} (Request)`);
}

function pattern(path: string): RegExp {
  return new RegExp(`^${path}$`);
}

function decodeSegment(encoded: string | undefined): string | null {
  try {
    return decodeURIComponent(encoded ?? '');
  } catch {
    return null;
  }
}

function userReply(org: FakeOrg, url: URL, key = ''): FakeReply {
  const user = key === 'me' ? org.users.get(org.tokenOwnerId ?? '') : org.findUser(key);

  return user === undefined
    ? notFound(`${key} (User)`)
    : { status: 200, body: withAbsoluteSelf(user, url.origin) };
}

function userGroupsReply(org: FakeOrg, key = ''): FakeReply {
  const user = org.findUser(key);

  return user === undefined
    ? notFound(`${key} (User)`)
    : { status: 200, body: org.assignments.groupsOf(user.id) };
}

function appUserReply(org: FakeOrg, url: URL, [appId = '', userId = '']: string[]): FakeReply {
  const user = org.users.get(userId);
  const scope = org.assignments.assignmentOf(appId, userId);

  if (user === undefined || scope === undefined || user.status === 'DEPROVISIONED') {
    return notFound(`${userId} (AppUser)`);
  }

  const expand = url.searchParams.get('expand') === 'user';
  const body = {
    id: user.id,
    scope,
    status: 'ACTIVE',
    ...(expand ? { _embedded: { user: withAbsoluteSelf(user, url.origin) } } : {}),
  };

  return { status: 200, body };
}

function eventHooksReply(org: FakeOrg): FakeReply {
  return { status: 200, body: eventHooksBody(org.eventHooks, org.clock.now().toISOString()) };
}
