import { checkUserId } from './fetch-user.js';
import { getOktaJson, type OktaConnection } from './okta-http.js';
import { readOrNull } from './unknown-resource.js';

/**
 * Asks Okta whether a user is assigned to an app, directly or through a
 * group: Okta's cheapest exact check (`GET /api/v1/apps/{appId}/users/{id}`).
 * Resolves false on Okta's 404 `E0000007`, which it answers both for a user
 * not assigned and for an unknown app or user.
 *
 * @throws ConfigError for an id that cannot name a user or app.
 * @throws OktaRequestError for any other failure.
 */
export async function fetchAppAssignment(
  connection: OktaConnection,
  orgUrl: string,
  appId: string,
  oktaId: string,
): Promise<boolean> {
  checkUserId(appId, 'appId');
  checkUserId(oktaId);

  const app = encodeURIComponent(appId);
  const url = `${orgUrl}/api/v1/apps/${app}/users/${encodeURIComponent(oktaId)}`;
  const assignment = await readOrNull(() => getOktaJson(connection, url));

  return assignment !== null;
}
