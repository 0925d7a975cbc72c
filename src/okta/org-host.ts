import { ConfigError } from '../errors/config-error.js';
import { OrgUrlError } from '../errors/org-url-error.js';

/** Domains under which Okta serves its orgs, one org per first label. */
export const OKTA_DOMAINS: readonly string[] = [
  'okta.com',
  'oktapreview.com',
  'okta-emea.com',
  'okta-gov.com',
  'okta.mil',
];

/** What decides whether a host may be an org's. */
export interface OrgHostPolicy {
  /** A local fake org on a loopback address was opted into. */
  allowLoopback: boolean;
  /** Custom domains the host application vouches for, lower case. */
  allowedHosts: ReadonlySet<string>;
}

const ORG_LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const HOST_NAME = /^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/;
const IPV4 = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;
const IPV4_LOOPBACK = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/**
 * Reads the caller's list of custom domains.
 *
 * @throws ConfigError when an entry is not a plain host name.
 */
export function readAllowedHosts(hosts: readonly string[] = []): ReadonlySet<string> {
  const names = hosts.map((host) => String(host).trim().toLowerCase());
  const bad = names.find((name) => !HOST_NAME.test(name) || IPV4.test(name));

  if (bad !== undefined) {
    const message = `"${bad}" is not a domain name: list names such as login.example.com`;

    throw new ConfigError([{ field: 'allowedHosts', message }]);
  }

  return new Set(names);
}

/** True for localhost, 127.0.0.0/8 and [::1]. */
export function isLoopback(hostname: string): boolean {
  const named = hostname === 'localhost' || hostname === '[::1]';

  return named || IPV4_LOOPBACK.test(hostname);
}

/**
 * Checks that a URL's host can be an Okta org: an Okta domain, a custom
 * domain the caller allowed, or a loopback address when a local fake org
 * was opted into. Anything else could receive the API token.
 *
 * @throws OrgUrlError (`admin-host` or `host-not-allowed`).
 */
export function checkOrgHost(url: URL, policy: OrgHostPolicy): void {
  const { hostname } = url;

  const label = findOktaOrgLabel(hostname);

  if (isLoopback(hostname)) {
    checkLoopback(url, policy.allowLoopback);
  } else if (label !== undefined) {
    checkNotAdmin(url, label);
  } else if (!policy.allowedHosts.has(hostname)) {
    throw new OrgUrlError('host-not-allowed', describeForeignHost(hostname));
  }
}

/** The org's label (`acme` of `acme.okta.com`), if the host is Okta's. */
function findOktaOrgLabel(hostname: string): string | undefined {
  for (const domain of OKTA_DOMAINS) {
    const label = hostname.endsWith(`.${domain}`)
      ? hostname.slice(0, -domain.length - 1)
      : undefined;

    if (label !== undefined && ORG_LABEL.test(label)) {
      return label;
    }
  }

  return undefined;
}

function checkLoopback(url: URL, allowLoopback: boolean): void {
  if (allowLoopback) {
    return;
  }

  throw new OrgUrlError(
    'host-not-allowed',
    `The org URL ${url.origin} is a loopback address, which only a local ` +
      'fake org uses: opt in with allowHttp (--allow-http), or use your ' +
      "org's https://<your-org>.okta.com URL",
  );
}

function checkNotAdmin(url: URL, label: string): void {
  if (!label.endsWith('-admin')) {
    return;
  }

  // The Admin Console's host serves no API to tokens; the org's does.
  const orgHost = url.host.replace(`${label}.`, `${label.slice(0, -'-admin'.length)}.`);

  throw new OrgUrlError(
    'admin-host',
    'The org URL is the Admin Console address: use the org URL without ' +
      `"-admin", https://${orgHost}`,
  );
}

function describeForeignHost(hostname: string): string {
  const kind =
    IPV4.test(hostname) || hostname.startsWith('[') ? 'an IP address' : 'not an Okta host';
  const domains = OKTA_DOMAINS.map((domain) => `*.${domain}`).join(', ');

  return (
    `The org URL's host ${hostname} is ${kind}: use your org's URL on ` +
    `${domains}, or, for your org's custom domain, add it to allowedHosts`
  );
}
