import { OrgUrlError } from '../errors/org-url-error.js';
import type { AccessFinding } from '../okta/access-finding.js';
import { checkOktaAccess } from '../okta/check-okta-access.js';
import { parseOrgUrl } from '../okta/org-url.js';
import { checkClientCredentials } from './check-client-credentials.js';
import { discoverOidcClient } from './oidc-client.js';
import { OidcDiscoveryError } from './oidc-error.js';
import { describeAccessFinding, describeDiscoveryFailure } from './setup-findings.js';
import {
  type SetupCheckResult,
  type SetupFinding,
  type SetupSettings,
  setupStepOrder,
} from './setup-settings.js';

/** Options of {@link checkSetup}. */
export interface CheckSetupOptions {
  /** Allow `http:` for a loopback org and issuer (tests and demos only). */
  allowHttp?: boolean;
  /** Custom domains of the org the host vouches for. */
  allowedHosts?: readonly string[];
}

/**
 * Checks an admin's Okta settings the way the brief's setup steps go: the
 * org URL, the event hook (when `hookUrl` is given; read with the API
 * token), the app's client id and secret, the issuer, the admin's
 * assignment to the app (whose id is the client id) and the API token.
 * Resolves to every problem found, in that order, each with what to do;
 * never rejects for a wrong setting or an Okta failure.
 */
export async function checkSetup(
  settings: SetupSettings,
  options: CheckSetupOptions = {},
): Promise<SetupCheckResult> {
  const orgProblem = checkOrgUrl(settings.orgUrl, options);
  const findings = orgProblem
    ? [orgProblem]
    : [...(await checkApp(settings, options)), ...(await checkToken(settings, options))];

  findings.sort((a, b) => setupStepOrder.indexOf(a.step) - setupStepOrder.indexOf(b.step));

  return { ok: findings.length === 0, findings };
}

function checkOrgUrl(orgUrl: string, options: CheckSetupOptions): SetupFinding | undefined {
  try {
    parseOrgUrl(orgUrl, { allowHttp: options.allowHttp === true, ...hostsOf(options) });

    return undefined;
  } catch (error) {
    if (!(error instanceof OrgUrlError)) {
      throw error;
    }

    const message = 'The org URL is not an Okta org URL';

    return { step: 'org-url', code: 'org-url-invalid', message, action: error.message };
  }
}

async function checkApp(
  settings: SetupSettings,
  options: CheckSetupOptions,
): Promise<SetupFinding[]> {
  const missing = findMissingAppSettings(settings);

  if (settings.issuer === undefined) {
    return missing;
  }

  try {
    const client = await discoverOidcClient({
      issuer: settings.issuer,
      // The issuer can be proved before the client id and secret are in.
      clientId: settings.clientId ?? 'not-set',
      clientSecret: settings.clientSecret ?? 'not-set',
      allowHttp: options.allowHttp === true,
      ...hostsOf(options),
    });
    const otherOrg = checkSameOrg(settings.orgUrl, client.orgUrl);
    const clientProblem = missing.length > 0 ? [] : await checkClient(client);

    return [...missing, ...otherOrg, ...clientProblem];
  } catch (error) {
    if (!(error instanceof OidcDiscoveryError)) {
      throw error;
    }

    return [...missing, ...describeDiscoveryFailure(error, missing.length === 0)];
  }
}

function findMissingAppSettings(settings: SetupSettings): SetupFinding[] {
  const findings: SetupFinding[] = [];

  if (settings.clientId === undefined || settings.clientSecret === undefined) {
    findings.push({
      step: 'client-credentials',
      code: 'client-missing',
      message: 'The client id or client secret is missing',
      action: "copy both from the app's Client Credentials panel (General tab)",
    });
  }

  if (settings.issuer === undefined) {
    findings.push({
      step: 'issuer',
      code: 'issuer-missing',
      message: 'The issuer is missing',
      action: "copy the issuer from the app's Sign On tab (OpenID Connect ID Token panel)",
    });
  }

  return findings;
}

function checkSameOrg(orgUrl: string, issuerOrg: string): SetupFinding[] {
  if (new URL(orgUrl).origin === issuerOrg) {
    return [];
  }

  return [
    {
      step: 'issuer',
      code: 'issuer-other-org',
      message: `The issuer belongs to ${issuerOrg}, not to the org URL's org`,
      action: 'use the org URL and the issuer of the same Okta org',
    },
  ];
}

async function checkClient(client: Parameters<typeof checkClientCredentials>[0]) {
  const result = await checkClientCredentials(client);

  if (result.ok) {
    return [];
  }

  const rejected = result.reason === 'client-rejected';
  const finding: SetupFinding = {
    step: 'client-credentials',
    code: rejected ? 'client-rejected' : 'unexpected',
    message: rejected
      ? `Okta rejected the client id or secret: ${withoutStop(result.description)}`
      : `The client id and secret could not be checked: ${withoutStop(result.description)}`,
    action: rejected
      ? "copy the client id and secret again from the app's Client Credentials panel"
      : 'check again later; if it persists, check the issuer and the network',
  };

  return [finding];
}

async function checkToken(
  settings: SetupSettings,
  options: CheckSetupOptions,
): Promise<SetupFinding[]> {
  if (settings.token === undefined) {
    const action = 'create one under Security › API › Tokens and paste its value';
    return [
      { step: 'api-token', code: 'token-missing', message: 'The API token is missing', action },
    ];
  }

  const access = await checkOktaAccess(
    {
      orgUrl: settings.orgUrl,
      token: settings.token,
      allowHttp: options.allowHttp === true,
      // An admin waits on the answer: a spent rate limit is a finding
      // ("check again in a minute"), not minutes of waiting.
      rateLimitPatienceMs: CHECK_RATE_LIMIT_PATIENCE_MS,
      ...hostsOf(options),
    },
    {
      ...(settings.clientId === undefined ? {} : { appId: settings.clientId }),
      ...(settings.adminLogin === undefined ? {} : { adminUser: settings.adminLogin }),
      ...(settings.hookUrl === undefined ? {} : { hookUrl: settings.hookUrl }),
    },
  );

  return access.map((finding: AccessFinding) => describeAccessFinding(finding));
}

const CHECK_RATE_LIMIT_PATIENCE_MS = 10_000;

function withoutStop(text: string): string {
  return text.replace(/\.+$/, '');
}

function hostsOf(options: CheckSetupOptions): { allowedHosts?: readonly string[] } {
  return options.allowedHosts === undefined ? {} : { allowedHosts: options.allowedHosts };
}
