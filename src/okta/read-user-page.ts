import type { Client } from '@okta/okta-sdk-nodejs';
import type { OktaRequestError } from '../errors/okta-request-error.js';
import { isOktaUser } from './is-okta-user.js';
import { findNextLink } from './link-header.js';
import type { OktaUserPage, UserListing } from './okta-directory.js';
import { toOktaRequestError } from './okta-error.js';
import { getOktaJson, type OktaJsonResponse } from './okta-http.js';
import type { OktaUser } from './okta-user.js';
import { findCursorProblem } from './users-url.js';

/** Where a page of users is read from. */
export interface UserListingScope {
  client: Client;
  orgUrl: string;
  listing: UserListing;
}

/**
 * Reads one page of a user listing and the absolute URL of the next page.
 *
 * @throws OktaRequestError when the request fails, the body is not an array
 *   of users, or the next link leaves the org's listing (it is never
 *   followed, since the SDK would send the API token along).
 */
export async function readUserPage(scope: UserListingScope, url: string): Promise<OktaUserPage> {
  const response = await getOktaJson(scope.client, url);
  const users = readUsers(response);
  const next = readNextUrl(response, scope, url);

  return { users, next };
}

function readUsers(response: OktaJsonResponse): OktaUser[] {
  if (!Array.isArray(response.body)) {
    const problem = 'Okta answered a user listing with something other than an array';
    throw unusable(response, problem);
  }

  // A null item is skipped, as the SDK's own collections do.
  const items: unknown[] = response.body.filter((item) => item !== null);

  if (!items.every(isOktaUser)) {
    const problem = 'Okta listed an item with no string id or no profile object';
    throw unusable(response, problem);
  }

  return items;
}

function readNextUrl(
  response: OktaJsonResponse,
  scope: UserListingScope,
  url: string,
): string | null {
  const next = findNextLink(response.headers.get('link'));
  const problem = next === null ? undefined : findCursorProblem(next, scope.orgUrl, scope.listing);

  if (problem !== undefined) {
    throw unusable(response, `Okta's next link ${problem}`);
  }

  if (next === url) {
    throw unusable(response, "Okta's next link repeats the page it came from");
  }

  return next;
}

function unusable(response: OktaJsonResponse, problem: string): OktaRequestError {
  return toOktaRequestError({
    kind: 'unusable-response',
    problem,
    status: response.status,
    headers: response.headers,
  });
}
