import { ConfigError, type ConfigIssue } from '../errors/config-error.js';
import { parseOrgUrl } from './org-url.js';

/** Options of `createOktaDirectory`. */
export interface OktaDirectoryOptions {
  /** The org URL, such as `https://acme.okta.com`; see `parseOrgUrl`. */
  orgUrl: string;
  /** An SSWS API token, without the `SSWS ` prefix. Never logged. */
  token: string;
  /** Accept `http:` for a loopback org URL (local fakes only). */
  allowHttp?: boolean;
  /** Users per page, 1 to 200 (Okta's maximum); 200 by default. */
  pageSize?: number;
  /**
   * How often one request is retried after a 429 that says when the rate
   * limit resets; 2 by default, 0 disables. Other failures are never
   * retried here: they reach the caller with `retryable` set.
   */
  maxRetries?: number;
  /** Prepended to the SDK's `User-Agent`, so Okta's logs name the host. */
  userAgent?: string;
}

/** {@link OktaDirectoryOptions} checked, with defaults filled in. */
export interface DirectorySettings {
  orgUrl: string;
  token: string;
  pageSize: number;
  maxRetries: number;
  userAgent: string;
}

const MAX_PAGE_SIZE = 200;
const DEFAULT_MAX_RETRIES = 2;
const DEFAULT_USER_AGENT = '@learnamp/okta-sync';

/**
 * Checks the options and fills in defaults.
 *
 * @throws OrgUrlError when the org URL breaks a rule.
 * @throws ConfigError listing every other option that is wrong.
 */
export function resolveDirectoryOptions(options: OktaDirectoryOptions): DirectorySettings {
  const allowHttp = options.allowHttp === true;
  const orgUrl = parseOrgUrl(options.orgUrl, { allowHttp });
  const settings = {
    orgUrl,
    token: typeof options.token === 'string' ? options.token.trim() : '',
    pageSize: options.pageSize ?? MAX_PAGE_SIZE,
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
  };
  const issues = findIssues(settings);

  if (issues.length > 0) {
    throw new ConfigError(issues);
  }

  return settings;
}

function findIssues(settings: DirectorySettings): ConfigIssue[] {
  const issues = [checkToken(settings.token), checkUserAgent(settings.userAgent)];

  if (!isIntegerIn(settings.pageSize, 1, MAX_PAGE_SIZE)) {
    const message = `use a whole number from 1 to ${MAX_PAGE_SIZE}`;
    issues.push({ field: 'pageSize', message });
  }

  if (!isIntegerIn(settings.maxRetries, 0, Number.MAX_SAFE_INTEGER)) {
    issues.push({ field: 'maxRetries', message: 'use a whole number, 0 or more' });
  }

  return issues.filter((issue) => issue !== undefined);
}

function checkToken(token: string): ConfigIssue | undefined {
  // The message never repeats the token, not even part of it.
  if (/^SSWS\s/i.test(token)) {
    return { field: 'token', message: 'pass the API token without the "SSWS " prefix' };
  }

  if (token === '' || /\s/.test(token)) {
    const message = 'the API token is empty or has spaces or line breaks inside: paste it again';
    return { field: 'token', message };
  }

  return undefined;
}

function checkUserAgent(userAgent: string): ConfigIssue | undefined {
  // A line break would let the value write headers of its own.
  if (typeof userAgent === 'string' && !/[\r\n]/.test(userAgent)) {
    return undefined;
  }

  return { field: 'userAgent', message: 'use a single line of text' };
}

function isIntegerIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}
