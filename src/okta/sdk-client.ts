import { Client } from '@okta/okta-sdk-nodejs';
import { ConfigError } from '../errors/config-error.js';
import type { OktaAuth } from './okta-credentials.js';
import type { DirectorySettings } from './okta-directory-options.js';
import { PacedRequestExecutor } from './paced-request-executor.js';

/** The SDK client and the executor it sends every request through. */
export interface SdkClient {
  client: Client;
  executor: PacedRequestExecutor;
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
  const budget = settings.rateBudgets.budgetFor(
    settings.orgUrl,
    settings.rateLimitShare,
    settings.timer,
  );
  const executor = new PacedRequestExecutor({
    budget,
    timer: settings.timer,
    maxRetries: settings.maxRetries,
    rateLimitPatienceMs: settings.rateLimitPatienceMs,
    requestTimeoutMs: settings.requestTimeoutMs,
  });
  const configuration: SdkConfiguration = {
    orgUrl: settings.orgUrl,
    ...toSdkAuth(settings.auth),
    userAgent: settings.userAgent,
    // The default middleware caches every GET forever, so reads go stale.
    cacheMiddleware: null,
    requestExecutor: executor,
  };

  return { client: constructClient(configuration), executor };
}

// Every auth field is given, the unused ones empty, so none comes from
// okta.yaml or OKTA_CLIENT_* variables.
function toSdkAuth(auth: OktaAuth) {
  if (auth.mode === 'api-token') {
    return { authorizationMode: 'SSWS', token: auth.token, clientId: '', privateKey: '' };
  }

  return {
    authorizationMode: 'PrivateKey',
    token: '',
    clientId: auth.clientId,
    scopes: auth.scopes,
    privateKey: auth.privateKey,
    keyId: auth.keyId ?? '',
  };
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
