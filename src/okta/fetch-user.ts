import type { Client } from '@okta/okta-sdk-nodejs';
import { ConfigError } from '../errors/config-error.js';
import { OktaRequestError } from '../errors/okta-request-error.js';
import { isOktaUser } from './is-okta-user.js';
import { toOktaRequestError } from './okta-error.js';
import { getOktaJson } from './okta-http.js';
import type { OktaUser } from './okta-user.js';
import { buildUserUrl } from './users-url.js';

// Okta's code for an unknown id. A 404 without it (a wrong path, a proxy's
// page) says nothing about the user, so it stays an error rather than
// passing for "this user is gone".
const UNKNOWN_RESOURCE = 'E0000007';

/**
 * Reads one user fresh from Okta. Resolves to null when Okta reports the
 * user unknown (404 `E0000007`).
 *
 * @throws ConfigError for an id that cannot name a user ("", ".", "..").
 * @throws OktaRequestError for any other failure.
 */
export async function fetchUser(
  client: Client,
  orgUrl: string,
  oktaId: string,
): Promise<OktaUser | null> {
  checkUserId(oktaId);

  try {
    return await readUser(client, buildUserUrl(orgUrl, oktaId));
  } catch (error) {
    if (isUnknownUser(error)) {
      return null;
    }

    throw error;
  }
}

// The URL parser would resolve "." and ".." away and read another path.
const UNUSABLE_IDS = new Set(['', '.', '..']);

function checkUserId(oktaId: string): void {
  if (typeof oktaId === 'string' && !UNUSABLE_IDS.has(oktaId)) {
    return;
  }

  const message = 'pass an Okta user id or login';

  throw new ConfigError([{ field: 'oktaId', message }]);
}

async function readUser(client: Client, url: string): Promise<OktaUser> {
  const response = await getOktaJson(client, url);

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

function isUnknownUser(error: unknown): boolean {
  return (
    error instanceof OktaRequestError &&
    error.status === 404 &&
    error.oktaErrorCode === UNKNOWN_RESOURCE
  );
}
