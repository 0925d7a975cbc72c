import type { OktaUser } from '../../okta/okta-user.js';
import type { FakeOrg } from './fake-org.js';
import type { FakeReply, ReplyLink } from './fake-reply.js';
import { oktaErrorBody } from './okta-error-body.js';
import { decodeCursor, encodeCursor } from './page-cursor.js';
import { compileUserQuery } from './user-query.js';
import type { RosterPage, UserPredicate } from './user-roster.js';

const DEFAULT_LIMIT = 200;
const MAX_LIMIT = 200;

/**
 * Answers `GET /api/v1/users` like Okta: the plain list omits
 * DEPROVISIONED users, `filter` and `search` include them, and a `next`
 * link (absolute, on the request's origin, keeping `limit`, `filter` and
 * `search`) appears only when another non-empty page follows.
 *
 * @throws OktaRequestError (`ERR_OKTA_INVALID_QUERY`) for an unsupported query.
 */
export function listUsersReply(org: FakeOrg, url: URL): FakeReply {
  const limit = readLimit(url.searchParams.get('limit'));
  const after = decodeCursor(url.searchParams.get('after'));

  if (limit === null || after === null) {
    const field = limit === null ? 'limit' : 'after';

    return { status: 400, body: oktaErrorBody('E0000001', `Api validation failed: ${field}`) };
  }

  const page = readPage(org, readQuery(url.searchParams), after, limit);
  const users = page.users.map((user) => withAbsoluteSelf(user, url.origin));

  return { status: 200, body: users, links: pageLinks(url, page) };
}

/**
 * Reads `limit`: the default when absent, capped at the maximum (Okta
 * caps rather than refusing, REFERENCE §1.2), null when not a whole
 * number from 1.
 */
export function readLimit(raw: string | null, defaultLimit = DEFAULT_LIMIT, maxLimit = MAX_LIMIT) {
  if (raw === null) {
    return defaultLimit;
  }

  const limit = Number(raw);

  return Number.isInteger(limit) && limit >= 1 ? Math.min(limit, maxLimit) : null;
}

function readQuery(params: URLSearchParams): UserPredicate | null {
  const filter = params.get('filter') || null;
  const search = params.get('search') || null;
  const matchFilter = filter === null ? null : compileUserQuery('filter', filter);
  const matchSearch = search === null ? null : compileUserQuery('search', search);

  if (matchFilter !== null && matchSearch !== null) {
    return (user) => matchFilter(user) && matchSearch(user);
  }

  return matchFilter ?? matchSearch;
}

function readPage(
  org: FakeOrg,
  matches: UserPredicate | null,
  after: number,
  limit: number,
): RosterPage {
  return matches === null ? org.listCurrent(after, limit) : org.listMatching(after, limit, matches);
}

/**
 * The `Link` header of a page: `self`, and `next` (absolute, keeping every
 * query parameter but the cursor) when another page follows.
 */
export function pageLinks(url: URL, page: RosterPage): ReplyLink[] {
  const links: ReplyLink[] = [{ href: url.href, rel: 'self' }];

  if (page.hasMore) {
    const next = new URL(url);
    next.searchParams.set('after', encodeCursor(page.lastPosition));
    links.push({ href: next.href, rel: 'next' });
  }

  return links;
}

/** Turns a relative `_links.self.href` into one on the given origin. */
export function withAbsoluteSelf(user: OktaUser, origin: string): OktaUser {
  const links: unknown = Reflect.get(user, '_links');
  const self: unknown = isRecord(links) ? links.self : undefined;
  const href: unknown = isRecord(self) ? self.href : undefined;

  if (typeof href !== 'string' || !href.startsWith('/')) {
    return user;
  }

  const absolute = {
    ...user,
    _links: { ...(links as object), self: { href: `${origin}${href}` } },
  };

  return absolute;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
