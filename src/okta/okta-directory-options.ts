import { ConfigError, type ConfigIssue } from '../errors/config-error.js';
import { type OktaAuth, resolveAuth, type ServiceAppCredentials } from './okta-credentials.js';
import { findScopeIssues, type OktaScope } from './okta-scope.js';
import { findOptionTypeIssues } from './option-types.js';
import { parseOrgUrl } from './org-url.js';
import { processRateBudgets, type RateBudgetRegistry } from './rate-budget-registry.js';
import { copyTeamGroups, findTeamGroupsIssues, type TeamGroups } from './team-groups.js';
import { systemTimer, type Timer } from './timer.js';

/** Options of `createOktaDirectory`. */
export interface OktaDirectoryOptions {
  /** The org URL, such as `https://acme.okta.com`; see `parseOrgUrl`. */
  orgUrl: string;
  /**
   * An SSWS API token, without the `SSWS ` prefix. Never logged. Give
   * either this or `serviceApp`.
   */
  token?: string;
  /** An OAuth 2.0 service app's credentials, instead of an API token. */
  serviceApp?: ServiceAppCredentials;
  /**
   * Opt into a local fake org on a loopback host, over `http:` or `https:`
   * (tests and demos only).
   */
  allowHttp?: boolean;
  /** Custom domains of the org that the host vouches for; see `parseOrgUrl`. */
  allowedHosts?: readonly string[];
  /** Which people to list; everyone by default. See {@link OktaScope}. */
  scope?: OktaScope;
  /**
   * The groups that stand for teams. When given, each listing (`listUsers`,
   * `listChanges`) first reads the members of these groups, and every user
   * it yields carries `groups`: the names of their team groups (`[]` for
   * none); `getUser` reads the user's groups too. See {@link TeamGroups}.
   * Needs `okta.groups.read`.
   */
  teamGroups?: TeamGroups;
  /**
   * Users per page of user and group-member listings, 1 to 200 (Okta's
   * maximum); 200 by default.
   */
  pageSize?: number;
  /** App users per page of an app scope, 1 to 500 (Okta's maximum); 500 by default. */
  appPageSize?: number;
  /**
   * How often one request is retried, after a 429 or a transient failure;
   * 5 by default, 0 disables. What is still failing then reaches the
   * caller with `retryable` set.
   */
  maxRetries?: number;
  /**
   * The share of each Okta rate-limit bucket this process may use, above 0
   * and at most 1; 0.5 by default, Okta's default cap per token or app.
   * Requests are paced to it, so a well-behaved run meets no 429.
   */
  rateLimitShare?: number;
  /**
   * How long one request may keep waiting out 429s before the run fails
   * with a retryable `ERR_OKTA_RATE_LIMITED`; 5 minutes by default.
   */
  rateLimitPatienceMs?: number;
  /**
   * How long one attempt may take, answer included, before it is dropped
   * and retried as a transient failure; 30 s by default, at least 1 ms.
   * There is no "no limit": the SDK's HTTP client (node-fetch 2) never
   * notices a body cut off under `Content-Length`, so without a limit such
   * a read would wait forever.
   */
  requestTimeoutMs?: number;
  /**
   * The budgets shared per org; the process-wide registry by default. Give
   * a registry of your own to keep a directory's budget apart (tests).
   */
  rateBudgets?: RateBudgetRegistry;
  /** Clock and waits; real time by default. Tests pass a scaled timer. */
  timer?: Timer;
  /** Prepended to the SDK's `User-Agent`, so Okta's logs name the host. */
  userAgent?: string;
}

/** {@link OktaDirectoryOptions} checked, with defaults filled in. */
export interface DirectorySettings {
  orgUrl: string;
  auth: OktaAuth;
  scope: OktaScope;
  teamGroups: TeamGroups | undefined;
  pageSize: number;
  appPageSize: number;
  maxRetries: number;
  userAgent: string;
  rateLimitShare: number;
  rateLimitPatienceMs: number;
  requestTimeoutMs: number;
  rateBudgets: RateBudgetRegistry;
  timer: Timer;
}

const MAX_PAGE_SIZE = 200;
const MAX_APP_PAGE_SIZE = 500;
const DEFAULT_MAX_RETRIES = 5;
const DEFAULT_RATE_LIMIT_SHARE = 0.5;
const DEFAULT_PATIENCE_MS = 5 * 60_000;
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_USER_AGENT = '@learnamp/okta-sync';

/**
 * Checks the options and fills in defaults.
 *
 * @throws OrgUrlError when the org URL breaks a rule.
 * @throws ConfigError listing every other option that is wrong.
 */
export function resolveDirectoryOptions(options: OktaDirectoryOptions): DirectorySettings {
  const typeIssues = findOptionTypeIssues(options);

  if (typeIssues.length > 0) {
    throw new ConfigError(typeIssues);
  }

  const orgUrl = parseOrgUrl(options.orgUrl, {
    allowHttp: options.allowHttp === true,
    allowedHosts: options.allowedHosts ?? [],
  });
  const scope = options.scope ?? { kind: 'org' };
  const readsGroups = options.teamGroups !== undefined;
  const { auth, issues: authIssues } = resolveAuth(options, scope, readsGroups);
  const teamIssues = findTeamGroupsIssues(options.teamGroups);
  const settings = {
    orgUrl,
    scope,
    teamGroups: teamIssues.length === 0 ? copyTeamGroups(options.teamGroups) : undefined,
    pageSize: options.pageSize ?? MAX_PAGE_SIZE,
    appPageSize: options.appPageSize ?? MAX_APP_PAGE_SIZE,
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
    rateLimitShare: options.rateLimitShare ?? DEFAULT_RATE_LIMIT_SHARE,
    rateLimitPatienceMs: options.rateLimitPatienceMs ?? DEFAULT_PATIENCE_MS,
    requestTimeoutMs: options.requestTimeoutMs ?? DEFAULT_TIMEOUT_MS,
    rateBudgets: options.rateBudgets ?? processRateBudgets,
    timer: options.timer ?? systemTimer,
  };
  const issues = [...authIssues, ...teamIssues, ...findIssues(settings)];

  if (issues.length > 0 || auth === undefined) {
    throw new ConfigError(issues);
  }

  return { ...settings, auth };
}

function findIssues(settings: Omit<DirectorySettings, 'auth'>): ConfigIssue[] {
  const issues = [checkUserAgent(settings.userAgent), ...findScopeIssues(settings.scope)];

  if (!isIntegerIn(settings.pageSize, 1, MAX_PAGE_SIZE)) {
    const message = `use a whole number from 1 to ${MAX_PAGE_SIZE}`;
    issues.push({ field: 'pageSize', message });
  }

  if (!isIntegerIn(settings.appPageSize, 1, MAX_APP_PAGE_SIZE)) {
    const message = `use a whole number from 1 to ${MAX_APP_PAGE_SIZE}`;
    issues.push({ field: 'appPageSize', message });
  }

  if (!isIntegerIn(settings.maxRetries, 0, Number.MAX_SAFE_INTEGER)) {
    issues.push({ field: 'maxRetries', message: 'use a whole number, 0 or more' });
  }

  if (!(settings.rateLimitShare > 0 && settings.rateLimitShare <= 1)) {
    issues.push({ field: 'rateLimitShare', message: 'use a number above 0 and at most 1' });
  }

  if (!isIntegerIn(settings.rateLimitPatienceMs, 0, Number.MAX_SAFE_INTEGER)) {
    const message = 'use whole milliseconds, 0 or more';
    issues.push({ field: 'rateLimitPatienceMs', message });
  }

  if (!isIntegerIn(settings.requestTimeoutMs, 1, Number.MAX_SAFE_INTEGER)) {
    const message = 'use whole milliseconds, 1 or more: a read must not wait forever';
    issues.push({ field: 'requestTimeoutMs', message });
  }

  return issues.filter((issue) => issue !== undefined);
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
