/** The path of Okta's user collection. */
export const USERS_PATH = '/api/v1/users';

/** The address of one user; the id is encoded, so a login works too. */
export function buildUserUrl(orgUrl: string, oktaId: string): string {
  return `${orgUrl}${USERS_PATH}/${encodeURIComponent(oktaId)}`;
}

// The parameters that decide which listing a page belongs to.
const LISTING_PARAMETERS = ['filter', 'search', 'expand'];

/**
 * Checks that a cursor (a `next` link, or a stored one to resume from)
 * stays on the listing that starts at `firstUrl`: same origin, same path,
 * same filter, search and expansion. Following a link to another host
 * would send the credentials there.
 *
 * @returns what is wrong, worded to follow "The cursor …", or undefined
 *   when the cursor may be followed.
 */
export function findCursorProblem(cursor: string, firstUrl: string): string | undefined {
  const url = URL.canParse(cursor) ? new URL(cursor) : undefined;
  const first = new URL(firstUrl);

  if (url === undefined) {
    return 'is not an absolute URL';
  }

  if (url.origin !== first.origin || url.username !== '' || url.password !== '') {
    return `points at another host (${url.host}), which is never followed`;
  }

  if (url.pathname !== first.pathname) {
    return `leaves the listing (${url.pathname})`;
  }

  const same = LISTING_PARAMETERS.every(
    (name) => url.searchParams.get(name) === first.searchParams.get(name),
  );

  return same ? undefined : 'belongs to another listing';
}
