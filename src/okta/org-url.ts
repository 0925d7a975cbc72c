import { OrgUrlError } from '../errors/org-url-error.js';
import { checkOrgHost, isLoopback, readAllowedHosts } from './org-host.js';

/** Options of {@link parseOrgUrl}. */
export interface ParseOrgUrlOptions {
  /**
   * Opt into a local fake org on a loopback host (localhost, 127.0.0.0/8,
   * [::1]), over `http:` or `https:`. Other hosts always need `https:`.
   */
  allowHttp?: boolean;
  /**
   * Custom domains of the org (such as `login.acme.com`) that the host
   * application vouches for. Okta's own domains need no listing.
   */
  allowedHosts?: readonly string[];
}

const ISSUER_PATH = /^\/oauth2\/[^/]+$/;
const BARE_HOST = /^[a-z0-9.-]+(:\d+)?\/*$/i;

/**
 * Checks an Okta org URL and returns its origin, such as
 * `https://acme.okta.com`, with no trailing slash. An authorization server
 * issuer (`https://acme.okta.com/oauth2/default`) yields its org's origin.
 * Rules, in order: an absolute http(s) URL; no user info; no query or
 * fragment; https (http only for an opted-in loopback host); an Okta host,
 * an allowed custom domain or an opted-in loopback host, never the
 * `-admin` console host; no path but an issuer's.
 *
 * @throws OrgUrlError naming the broken rule; the message says what to fix
 *   and never repeats a password found in the URL.
 * @throws ConfigError when an `allowedHosts` entry is not a domain name.
 */
export function parseOrgUrl(input: string, options: ParseOrgUrlOptions = {}): string {
  const allowLoopback = options.allowHttp === true;
  const allowedHosts = readAllowedHosts(options.allowedHosts);
  const url = parseAbsoluteUrl(input);

  checkNoCredentials(url);
  checkNoQueryOrFragment(url, input);
  checkScheme(url, allowLoopback);
  checkOrgHost(url, { allowLoopback, allowedHosts });
  checkPath(url);

  return url.origin;
}

function parseAbsoluteUrl(input: string): URL {
  const text = String(input);
  const url = URL.canParse(text) ? new URL(text) : undefined;
  const hasWebScheme = url?.protocol === 'https:' || url?.protocol === 'http:';

  if (url === undefined || !hasWebScheme || url.hostname === '') {
    throw new OrgUrlError('malformed', describeMalformed(text));
  }

  return url;
}

function describeMalformed(input: string): string {
  const start = 'The org URL is not an absolute https URL';
  const trimmed = input.trim();

  // Only a plain host name is repeated back: anything else may hold a secret.
  if (BARE_HOST.test(trimmed)) {
    const host = trimmed.replace(/\/+$/, '');
    return `${start}: write it with its scheme, such as https://${host}`;
  }

  return `${start}: write it as https://<your-org>.okta.com`;
}

function checkNoCredentials(url: URL): void {
  if (url.username === '' && url.password === '') {
    return;
  }

  throw new OrgUrlError(
    'no-credentials',
    'The org URL must not contain a user name or password: remove the part ' +
      `before "@" (use ${url.origin}) and pass the credentials as options`,
  );
}

function checkNoQueryOrFragment(url: URL, input: string): void {
  // The URL parser drops an empty "?" or "#", so the raw input is checked too.
  if (url.search === '' && url.hash === '' && !/[?#]/.test(input)) {
    return;
  }

  throw new OrgUrlError(
    'no-query-or-fragment',
    `The org URL must not have a query or fragment: use ${url.origin}`,
  );
}

function checkScheme(url: URL, allowLoopback: boolean): void {
  if (url.protocol === 'https:' || (allowLoopback && isLoopback(url.hostname))) {
    return;
  }

  const secure = `https://${url.host}`;
  const hint = allowLoopback
    ? 'plain http is only allowed for localhost, 127.0.0.0/8 or [::1]'
    : 'Okta only serves https';
  // A loopback host over http is a local fake org: https would not help.
  const fix =
    !allowLoopback && isLoopback(url.hostname)
      ? 'for a local fake org, opt in with allowHttp (--allow-http)'
      : `use ${secure}`;

  const message = `The org URL must use https (${hint}): ${fix}`;

  throw new OrgUrlError('https-required', message);
}

function checkPath(url: URL): void {
  const path = url.pathname.replace(/\/+$/, '');

  if (path === '' || ISSUER_PATH.test(path)) {
    return;
  }

  throw new OrgUrlError(
    'malformed',
    `The org URL must not have a path: use ${url.origin} (an issuer such as ` +
      `${url.origin}/oauth2/default is also accepted)`,
  );
}
