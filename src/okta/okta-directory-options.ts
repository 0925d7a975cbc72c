import { oktaDirectoryOptionsSchema } from '../config/okta-directory-options.js';
import { parseOptions } from '../config/parse-options.js';
import { ConfigError } from '../errors/config-error.js';
import { type OktaAuth, resolveAuth, type ServiceAppCredentials } from './okta-credentials.js';
import type { OktaScope } from './okta-scope.js';
import { parseOrgUrl } from './org-url.js';
import { processRateBudgets, type RateBudgetRegistry } from './rate-budget-registry.js';
import { copyTeamGroups, type TeamGroups } from './team-groups.js';
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

/**
 * Checks the options and fills in defaults. The schema in `src/config`
 * checks every setting's type and range; the org URL rules and the
 * credentials' contents are checked here, after it.
 *
 * @throws ConfigError listing every setting that is wrong.
 * @throws OrgUrlError when the settings are sound but the org URL breaks a rule.
 */
export function resolveDirectoryOptions(options: OktaDirectoryOptions): DirectorySettings {
  const parsed = parseOptions(oktaDirectoryOptionsSchema, options);
  const orgUrl = parseOrgUrl(parsed.orgUrl, {
    allowHttp: parsed.allowHttp,
    allowedHosts: parsed.allowedHosts,
  });
  const scope: OktaScope = parsed.scope;
  const readsGroups = parsed.teamGroups !== undefined;
  const { auth, issues } = resolveAuth(options, scope, readsGroups);

  if (auth === undefined) {
    throw new ConfigError(issues);
  }

  return {
    orgUrl,
    auth,
    scope,
    teamGroups: copyTeamGroups(options.teamGroups),
    pageSize: parsed.pageSize,
    appPageSize: parsed.appPageSize,
    maxRetries: parsed.maxRetries,
    userAgent: parsed.userAgent,
    rateLimitShare: parsed.rateLimitShare,
    rateLimitPatienceMs: parsed.rateLimitPatienceMs,
    requestTimeoutMs: parsed.requestTimeoutMs,
    rateBudgets: options.rateBudgets ?? processRateBudgets,
    timer: options.timer ?? systemTimer,
  };
}
