import type { FakeOrg } from './fake-org.js';
import type { FakeReply } from './fake-reply.js';
import { pageLinks, readLimit } from './list-users-reply.js';
import { notFound } from './not-found-reply.js';
import { oktaErrorBody } from './okta-error-body.js';
import type { FakeGroup } from './org-assignments.js';
import { decodeCursor } from './page-cursor.js';

// Okta's documented defaults (REFERENCE §2.3): `q` is not pageable.
const DEFAULT_LIMIT = 10_000;
const Q_DEFAULT_LIMIT = 300;

// The one search the fake understands: a name prefix, as a JSON string.
const NAME_STARTS_WITH = /^profile\.name sw ("(?:[^"\\]|\\.)*")$/i;

/**
 * Answers `GET /api/v1/groups`: every group, or those whose name starts
 * with `q` or matches `search=profile.name sw "…"` (both compare case-
 * insensitively, as Okta's search does). `search` pages with `limit` and
 * `after`; `q` returns one page. Any other search is Okta's 400.
 */
export function listGroupsReply(org: FakeOrg, url: URL): FakeReply {
  const params = url.searchParams;
  const prefix = readPrefix(params);

  if (prefix === null) {
    return { status: 400, body: oktaErrorBody('E0000031', 'Invalid search criteria.') };
  }

  const groups = org.assignments
    .listGroups()
    .filter((group) => startsWithIgnoringCase(group.profile.name, prefix));

  if (params.has('q')) {
    const limit = readLimit(params.get('limit'), Q_DEFAULT_LIMIT, DEFAULT_LIMIT);

    return { status: 200, body: groups.slice(0, limit ?? Q_DEFAULT_LIMIT) };
  }

  return pageOfGroups(url, groups);
}

/** Answers `GET /api/v1/groups/{groupId}`: the group, or Okta's 404. */
export function groupReply(org: FakeOrg, groupId: string): FakeReply {
  const group = org.assignments.findGroup(groupId);

  return group === undefined ? notFound(`${groupId} (UserGroup)`) : { status: 200, body: group };
}

function readPrefix(params: URLSearchParams): string | null {
  const search = params.get('search');

  if (search === null) {
    return params.get('q') ?? '';
  }

  const literal = NAME_STARTS_WITH.exec(search.trim())?.[1];

  return literal === undefined ? null : (JSON.parse(literal) as string);
}

function pageOfGroups(url: URL, groups: FakeGroup[]): FakeReply {
  const limit = readLimit(url.searchParams.get('limit'), DEFAULT_LIMIT, DEFAULT_LIMIT);
  const after = decodeCursor(url.searchParams.get('after'));

  if (limit === null || after === null) {
    const field = limit === null ? 'limit' : 'after';

    return { status: 400, body: oktaErrorBody('E0000001', `Api validation failed: ${field}`) };
  }

  const body = groups.slice(after, after + limit);
  const page = { lastPosition: after + body.length, hasMore: after + limit < groups.length };

  return { status: 200, body, links: pageLinks(url, { ...page, users: [] }) };
}

function startsWithIgnoringCase(name: string, prefix: string): boolean {
  return name.toLowerCase().startsWith(prefix.toLowerCase());
}
