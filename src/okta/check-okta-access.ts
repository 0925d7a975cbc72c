import { ConfigError } from '../errors/config-error.js';
import { OrgUrlError } from '../errors/org-url-error.js';
import type { AccessFinding } from './access-finding.js';
import type { CheckAccessOptions } from './check-access.js';
import type { OktaDirectoryOptions } from './okta-directory-options.js';
import { createOktaDirectory } from './sdk-okta-directory.js';

/**
 * The Okta side of `okta-sync check`: validates the settings, then runs
 * the directory's `checkAccess`. Resolves to one coded finding per
 * problem, with what to do; a bad org URL or setting is a finding too, not
 * a thrown error. Empty when all is well.
 */
export async function checkOktaAccess(
  options: OktaDirectoryOptions,
  checkOptions: CheckAccessOptions = {},
): Promise<AccessFinding[]> {
  try {
    return await createOktaDirectory(options).checkAccess(checkOptions);
  } catch (error) {
    return [describeSettingsError(error)];
  }
}

function describeSettingsError(error: unknown): AccessFinding {
  if (error instanceof OrgUrlError) {
    return {
      code: 'org-url-invalid',
      check: 'read the settings',
      message: `The org URL breaks the ${error.rule} rule`,
      action: error.message,
      cause: error,
    };
  }

  if (error instanceof ConfigError) {
    return {
      code: 'settings-invalid',
      check: 'read the settings',
      message: 'Some Okta settings are wrong',
      action: error.message,
      cause: error,
    };
  }

  throw error;
}
