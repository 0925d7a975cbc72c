import { Client, DefaultRequestExecutor } from '@okta/okta-sdk-nodejs';
import { ConfigError } from '../errors/config-error.js';
import type { DirectorySettings } from './okta-directory-options.js';

/** The SDK client and the executor it sends every request through. */
export interface SdkClient {
  client: Client;
  executor: DefaultRequestExecutor;
}

// The SDK's types omit `userAgent`, which its constructor reads.
type SdkConfiguration = ConstructorParameters<typeof Client>[0] & { userAgent: string };

/**
 * Builds the Okta SDK client with every setting it reads given explicitly.
 * The SDK merges `~/.okta/okta.yaml`, `./okta.yaml` and `OKTA_CLIENT_*`
 * variables under what the constructor gets, so anything left out would
 * come from the host's environment.
 *
 * Note: the SDK also sends every request through `HTTPS_PROXY` (or
 * `https_proxy`) when that is set, and offers no way to opt out; unset it
 * for the process when the proxy must not see Okta traffic.
 *
 * @throws ConfigError when one of those okta.yaml files cannot be parsed.
 */
export function createSdkClient(settings: DirectorySettings): SdkClient {
  // requestTimeout 0: the executor never gives up on a long rate-limit wait;
  // callers bound a run with their own signal instead.
  const executor = new DefaultRequestExecutor({
    maxRetries: settings.maxRetries,
    requestTimeout: 0,
  });
  const configuration: SdkConfiguration = {
    orgUrl: settings.orgUrl,
    authorizationMode: 'SSWS',
    token: settings.token,
    userAgent: settings.userAgent,
    // The default middleware caches every GET forever, so reads go stale.
    cacheMiddleware: null,
    requestExecutor: executor,
  };

  return { client: constructClient(configuration), executor };
}

function constructClient(configuration: SdkConfiguration): Client {
  try {
    return new Client(configuration);
  } catch (error) {
    // Every setting the constructor checks is given and valid, so what is
    // left to fail is reading an okta.yaml file.
    const message =
      'the Okta SDK could not read ./okta.yaml or ~/.okta/okta.yaml: fix or remove it';

    throw new ConfigError([{ field: 'okta.yaml', message }], { cause: error });
  }
}
