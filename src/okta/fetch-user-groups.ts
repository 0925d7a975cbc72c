import { checkUserId } from './fetch-user.js';
import { readNextPageUrl, unusableResponse } from './next-page-url.js';
import type { OktaGroup } from './okta-group.js';
import { getOktaJson, type OktaConnection, type OktaJsonResponse } from './okta-http.js';
import { readOrNull } from './unknown-resource.js';
import { buildUserUrl } from './users-url.js';

/**
 * Reads the groups a user is a member of, fresh from Okta, following next
 * links if Okta pages them. Resolves to null when the user is unknown.
 *
 * @throws ConfigError for an id that cannot name a user.
 * @throws OktaRequestError for any other failure.
 */
export async function fetchUserGroups(
  connection: OktaConnection,
  orgUrl: string,
  oktaId: string,
): Promise<OktaGroup[] | null> {
  checkUserId(oktaId);

  const firstUrl = `${buildUserUrl(orgUrl, oktaId)}/groups`;

  return readOrNull(() => readAllGroups(connection, firstUrl));
}

/**
 * Reads every page of a groups listing that starts at `firstUrl`.
 *
 * @throws OktaRequestError when a request fails, a page is not a list of
 *   groups, or a next link leaves the listing.
 */
export async function readAllGroups(
  connection: OktaConnection,
  firstUrl: string,
): Promise<OktaGroup[]> {
  const groups: OktaGroup[] = [];
  let url: string | null = firstUrl;

  while (url !== null) {
    const response = await getOktaJson(connection, url);
    groups.push(...readGroups(response));
    url = readNextPageUrl(response, firstUrl, url);
  }

  return groups;
}

function readGroups(response: OktaJsonResponse): OktaGroup[] {
  const items = Array.isArray(response.body) ? response.body : undefined;
  const groups = items?.map(toGroup);

  if (groups === undefined || groups.some((group) => group === undefined)) {
    throw unusableResponse(
      response,
      'Okta answered a groups listing with something other than groups',
    );
  }

  return groups as OktaGroup[];
}

/** A group from Okta's JSON, or undefined without a string id and name. */
export function toGroup(item: unknown): OktaGroup | undefined {
  const group = item as { id?: unknown; type?: unknown; profile?: { name?: unknown } } | null;
  const id = group?.id;
  const name = group?.profile?.name;

  if (typeof id !== 'string' || typeof name !== 'string') {
    return undefined;
  }

  return { id, name, type: typeof group?.type === 'string' ? group.type : 'OKTA_GROUP' };
}
