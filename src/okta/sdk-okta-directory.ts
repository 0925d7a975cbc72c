import { fetchUser } from './fetch-user.js';
import { listUserPages } from './list-user-pages.js';
import type { OktaDirectory } from './okta-directory.js';
import { type OktaDirectoryOptions, resolveDirectoryOptions } from './okta-directory-options.js';
import { trackRequestStats } from './request-stats.js';
import { createSdkClient } from './sdk-client.js';

/**
 * Builds the {@link OktaDirectory} that reads an Okta org through the
 * official `@okta/okta-sdk-nodejs` client: its auth, its HTTP layer and its
 * 429 retries, with pages parsed as plain JSON and no response cache.
 *
 * @throws OrgUrlError when the org URL breaks a rule.
 * @throws ConfigError when another option is wrong.
 */
export function createOktaDirectory(options: OktaDirectoryOptions): OktaDirectory {
  const settings = resolveDirectoryOptions(options);
  const { client, executor } = createSdkClient(settings);
  const scope = { client, orgUrl: settings.orgUrl };

  return {
    listUsers: (listOptions) => listUserPages(scope, settings.pageSize, listOptions),
    getUser: (oktaId) => fetchUser(client, settings.orgUrl, oktaId),
    stats: trackRequestStats(executor),
  };
}
