import type { UserListing } from './okta-directory.js';

const USERS_PATH = '/api/v1/users';
const DEPROVISIONED_FILTER = 'status eq "DEPROVISIONED"';

/**
 * The first page of a listing. Okta's plain list omits DEPROVISIONED users,
 * so they are read with a status filter of their own.
 */
export function buildListingUrl(orgUrl: string, listing: UserListing, pageSize: number): string {
  const url = new URL(USERS_PATH, orgUrl);

  if (listing === 'deprovisioned') {
    url.searchParams.set('filter', DEPROVISIONED_FILTER);
  }

  url.searchParams.set('limit', String(pageSize));

  return url.href;
}

/** The address of one user; the id is encoded, so a login works too. */
export function buildUserUrl(orgUrl: string, oktaId: string): string {
  return `${orgUrl}${USERS_PATH}/${encodeURIComponent(oktaId)}`;
}

/**
 * Checks that a cursor (a `next` link, or a stored one to resume from)
 * stays on the org's user listing. Following a link to another host would
 * send the API token there.
 *
 * @returns what is wrong, worded to follow "The cursor …", or undefined
 *   when the cursor may be followed.
 */
export function findCursorProblem(
  cursor: string,
  orgUrl: string,
  listing: UserListing,
): string | undefined {
  const url = URL.canParse(cursor) ? new URL(cursor) : undefined;

  if (url === undefined) {
    return 'is not an absolute URL';
  }

  if (url.origin !== orgUrl || url.username !== '' || url.password !== '') {
    return `points at another host (${url.host}), which is never followed`;
  }

  if (url.pathname !== USERS_PATH) {
    return `leaves the user listing (${url.pathname})`;
  }

  return findFilterProblem(url, listing);
}

function findFilterProblem(url: URL, listing: UserListing): string | undefined {
  const expected = listing === 'deprovisioned' ? DEPROVISIONED_FILTER : null;

  if (url.searchParams.get('filter') === expected && !url.searchParams.has('search')) {
    return undefined;
  }

  return `belongs to another listing than "${listing}"`;
}
