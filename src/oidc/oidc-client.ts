import type { Configuration } from 'openid-client';
import { ConfigError } from '../errors/config-error.js';
import { toIssuerUrl } from './issuer-url.js';
import { loadOpenidClient } from './load-openid-client.js';
import { OidcDiscoveryError } from './oidc-error.js';

/** Options of {@link discoverOidcClient}. */
export interface OidcClientOptions {
  /** The issuer from the app's Sign On tab; org or custom server. */
  issuer: string;
  /** The OIDC web app's client id. */
  clientId: string;
  /** The app's client secret; sent with `client_secret_basic`. */
  clientSecret: string;
  /** Allow `http:` for a loopback issuer (tests and demos only). */
  allowHttp?: boolean;
  /** Custom domains of the org the host vouches for. */
  allowedHosts?: readonly string[];
  /** Seconds each request to Okta may take; 10 by default. */
  timeoutSeconds?: number;
}

/** A discovered issuer with the app's client: what sign-in runs on. */
export interface OidcClient {
  /** The issuer as discovered, with no trailing slash. */
  issuer: string;
  /** The org the issuer belongs to. */
  orgUrl: string;
  /** `org`: the org authorization server; `custom`: a custom one. */
  kind: 'org' | 'custom';
  /** The app's client id, as given. */
  clientId: string;
  /** openid-client's configuration, for hosts that need more of it. */
  configuration: Configuration;
}

/**
 * Reads the issuer's discovery document and sets the client up with
 * `client_secret_basic`, Okta's default for a web app. Proves the issuer
 * is right; it does not check the client secret (see
 * `checkClientCredentials`).
 *
 * @throws ConfigError when the client id or secret is missing.
 * @throws OidcDiscoveryError naming what is wrong with the issuer.
 */
export async function discoverOidcClient(options: OidcClientOptions): Promise<OidcClient> {
  checkClient(options);
  const url = toIssuerUrl(options.issuer, {
    allowHttp: options.allowHttp === true,
    allowedHosts: options.allowedHosts ?? [],
  });
  const oidc = await loadOpenidClient();
  const execute = options.allowHttp === true ? [oidc.allowInsecureRequests] : [];
  const auth = oidc.ClientSecretBasic(options.clientSecret);
  const timeout = options.timeoutSeconds ?? 10;

  try {
    const configuration = await oidc.discovery(
      new URL(url.issuer),
      options.clientId,
      options.clientSecret,
      auth,
      { execute, timeout },
    );

    return { ...url, clientId: options.clientId, configuration };
  } catch (error) {
    throw toDiscoveryError(url.issuer, error);
  }
}

function checkClient(options: OidcClientOptions): void {
  const issues = (['clientId', 'clientSecret'] as const)
    .filter((field) => typeof options[field] !== 'string' || options[field].trim() === '')
    .map((field) => ({ field, message: "copy it from the app's Client Credentials panel" }));

  if (issues.length > 0) {
    throw new ConfigError(issues);
  }
}

function toDiscoveryError(issuer: string, error: unknown): OidcDiscoveryError {
  const code = codeOf(error);

  if (code === 'OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED') {
    const discovered = discoveredIssuer(error);
    const message = discovered
      ? `Okta calls this authorization server's issuer ${discovered}, not ${issuer}`
      : `Okta calls this authorization server's issuer something other than ${issuer}`;

    return new OidcDiscoveryError('issuer-mismatch', message, error, discovered);
  }

  if (code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' || code === 'OAUTH_RESPONSE_IS_NOT_JSON') {
    const message = `${issuer} is not an authorization server of the org`;

    return new OidcDiscoveryError('issuer-not-found', message, error);
  }

  return new OidcDiscoveryError('issuer-unreachable', `${issuer} could not be reached`, error);
}

function codeOf(error: unknown): unknown {
  return error instanceof Error && 'code' in error ? error.code : undefined;
}

function discoveredIssuer(error: unknown): string | undefined {
  // openid-client wraps oauth4webapi's error, whose cause holds the body.
  const inner = error instanceof Error ? error.cause : undefined;
  const details = inner instanceof Error ? inner.cause : inner;
  const body = isRecord(details) ? details.body : undefined;
  const issuer = isRecord(body) ? body.issuer : undefined;

  return typeof issuer === 'string' ? issuer : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
