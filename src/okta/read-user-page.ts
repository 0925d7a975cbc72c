import { isOktaUser } from './is-okta-user.js';
import type { ListingSource } from './listing-plan.js';
import { readNextPageUrl, unusableResponse } from './next-page-url.js';
import type { OktaUserPage } from './okta-directory.js';
import { getOktaJson, type OktaConnection, type OktaJsonResponse } from './okta-http.js';
import type { OktaUser } from './okta-user.js';

/**
 * Reads one page of a listing and the absolute URL of its next page. App
 * user pages yield the Okta users they embed (`expand=user`).
 *
 * @throws OktaRequestError when the request fails, the body is not an array
 *   of users (or of app users embedding one), or the next link leaves the
 *   listing (it is never followed, since the SDK would send the
 *   credentials along).
 */
export async function readUserPage(
  connection: OktaConnection,
  source: ListingSource,
  url: string,
): Promise<OktaUserPage> {
  const response = await getOktaJson(connection, url);
  const users = readUsers(response, source);
  const next = readNextPageUrl(response, source.firstUrl, url);

  return { users, next };
}

function readUsers(response: OktaJsonResponse, source: ListingSource): OktaUser[] {
  if (!Array.isArray(response.body)) {
    throw unusableResponse(response, 'Okta answered a listing with something other than an array');
  }

  // A null item is skipped, as the SDK's own collections do.
  const items: unknown[] = response.body.filter((item) => item !== null);
  const users = source.items === 'app-users' ? items.map(readEmbeddedUser) : items;

  if (!users.every(isOktaUser)) {
    const problem =
      source.items === 'app-users'
        ? 'Okta listed an app user without an embedded user (expand=user)'
        : 'Okta listed an item with no string id or no profile object';

    throw unusableResponse(response, problem);
  }

  return users;
}

function readEmbeddedUser(item: unknown): unknown {
  const embedded: unknown = isRecord(item) ? item._embedded : undefined;

  return isRecord(embedded) ? embedded.user : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
