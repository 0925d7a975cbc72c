import type { ListUsersOptions, OktaUserPage } from './okta-directory.js';
import { toOktaRequestError } from './okta-error.js';
import { readUserPage, type UserListingScope } from './read-user-page.js';
import { buildListingUrl, findCursorProblem } from './users-url.js';

/**
 * Streams a listing page by page, each fetched only when the caller asks
 * for it, so memory holds one page. The signal is checked before each page.
 */
export async function* listUserPages(
  scope: Omit<UserListingScope, 'listing'>,
  pageSize: number,
  options: ListUsersOptions,
): AsyncGenerator<OktaUserPage, void, undefined> {
  const pageScope = { ...scope, listing: options.listing };
  let url: string | null = firstPageUrl(pageScope, pageSize, options.resumeFrom);

  while (url !== null) {
    options.signal?.throwIfAborted();

    const page = await readUserPage(pageScope, url);
    yield page;
    url = page.next;
  }
}

function firstPageUrl(
  scope: UserListingScope,
  pageSize: number,
  resumeFrom: string | undefined,
): string {
  if (resumeFrom === undefined) {
    return buildListingUrl(scope.orgUrl, scope.listing, pageSize);
  }

  const problem = findCursorProblem(resumeFrom, scope.orgUrl, scope.listing);

  if (problem !== undefined) {
    throw toOktaRequestError({
      kind: 'unusable-response',
      problem: `The resume cursor ${problem}`,
      advice: 'start the listing again without resumeFrom',
    });
  }

  return resumeFrom;
}
