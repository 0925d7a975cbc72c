// The host's own record of each tenant's Okta settings. In the monolith
// this is a table behind the settings page; here it is a Map.
import { createOktaDirectory, type OktaDirectory } from '@learnamp/okta-sync';

/** What the host keeps for a tenant's Okta integration. */
export interface OktaSettings {
  orgUrl: string;
  /** The API token the admin pasted in; never shown back. */
  apiToken: string;
  /** The value Okta sends in the hook's `Authorization` header. */
  hookSecret: string;
}

/** Options of {@link createTenantSettings}. */
export interface TenantSettingsOptions {
  /** Let a local fake org on 127.0.0.1 through (demos and tests only). */
  allowHttp?: boolean;
}

/** The host's tenant settings, and each tenant's Okta directory. */
export interface TenantSettings {
  /** A tenant's settings; undefined until an admin saves them. */
  get(tenantId: string): OktaSettings | undefined;
  /** Saves settings; throws the library's coded error for a bad org URL. */
  save(tenantId: string, settings: OktaSettings): void;
  /** The directory the engine reads the tenant's Okta org through. */
  directoryOf(tenantId: string): OktaDirectory;
}

export function createTenantSettings(options: TenantSettingsOptions = {}): TenantSettings {
  const settings = new Map<string, OktaSettings>();
  const directories = new Map<string, OktaDirectory>();

  return {
    get: (tenantId) => settings.get(tenantId),
    save(tenantId, saved) {
      // Made first, so a wrong org URL is refused before anything is kept.
      const directory = createOktaDirectory({
        orgUrl: saved.orgUrl,
        token: saved.apiToken,
        allowHttp: options.allowHttp === true,
      });

      settings.set(tenantId, { ...saved });
      directories.set(tenantId, directory);
    },
    directoryOf(tenantId) {
      const directory = directories.get(tenantId);

      if (directory === undefined) {
        throw new Error(`tenant ${tenantId} has not connected Okta`);
      }

      return directory;
    },
  };
}
