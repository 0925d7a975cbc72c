import { ConfigError } from '../errors/config-error.js';
import { isOktaUser } from './is-okta-user.js';
import { toOktaRequestError } from './okta-error.js';
import { getOktaJson, type OktaConnection } from './okta-http.js';
import type { OktaUser } from './okta-user.js';
import { readOrNull } from './unknown-resource.js';
import { buildUserUrl } from './users-url.js';

/**
 * Reads one user fresh from Okta. Resolves to null when Okta reports the
 * user unknown (404 `E0000007`).
 *
 * @throws ConfigError for an id that cannot name a user ("", ".", "..").
 * @throws OktaRequestError for any other failure.
 */
export async function fetchUser(
  connection: OktaConnection,
  orgUrl: string,
  oktaId: string,
): Promise<OktaUser | null> {
  checkUserId(oktaId);

  return readOrNull(() => readUser(connection, buildUserUrl(orgUrl, oktaId)));
}

// The URL parser would resolve "." and ".." away and read another path.
const UNUSABLE_IDS = new Set(['', '.', '..']);

/**
 * Refuses an id that cannot name a user.
 *
 * @throws ConfigError naming `field`.
 */
export function checkUserId(oktaId: string, field = 'oktaId'): void {
  if (typeof oktaId === 'string' && !UNUSABLE_IDS.has(oktaId)) {
    return;
  }

  const message = 'pass an Okta user id or login';

  throw new ConfigError([{ field, message }]);
}

async function readUser(connection: OktaConnection, url: string): Promise<OktaUser> {
  const response = await getOktaJson(connection, url);

  if (isOktaUser(response.body)) {
    return response.body;
  }

  throw toOktaRequestError({
    kind: 'unusable-response',
    problem: 'Okta answered a user read with something other than a user',
    status: response.status,
    headers: response.headers,
  });
}
