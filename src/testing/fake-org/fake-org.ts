import { ConfigError } from '../../errors/config-error.js';
import type { OktaUser } from '../../okta/okta-user.js';
import type { Clock } from '../../ports/clock.js';
import type { FakeEventHook } from './fake-event-hook.js';
import { type FakeFault, FaultBook } from './fake-fault.js';
import type { FakeServiceApp } from './fake-service-app.js';
import { OrgAssignments } from './org-assignments.js';
import type { OrgManifest } from './org-manifest.js';
import { type RateLimitSnapshot, RateLimitWindow } from './rate-limit-window.js';
import { applyUserPatch, type UserPatch } from './user-patch.js';
import { type RosterPage, type UserPredicate, UserRoster } from './user-roster.js';

/** What a {@link FakeOrg} is made of. */
export interface FakeOrgParts {
  /** The API token the org accepts, sent as `Authorization: SSWS …`. */
  token: string;
  /** The org's users, in listing order. */
  users: readonly OktaUser[];
  /** Ground truth for generated users; null for users given by hand. */
  manifest: OrgManifest | null;
  /** The org's "now": stamps changes and times rate-limit windows. */
  clock: Clock;
  /** Requests per minute before 429s; 600 by default. */
  rateLimitPerMinute?: number;
  /** Requests in flight at once before 429s; 75 by default. */
  concurrencyLimit?: number;
  /** Real milliseconds each answer takes; 0 by default. */
  latencyMs?: number;
  /** A service app that may get access tokens; none by default. */
  serviceApp?: FakeServiceApp;
  /** The org's event hooks; none by default. */
  eventHooks?: readonly FakeEventHook[];
}

// Okta's per-minute bucket for /api/v1/users on most plans.
const DEFAULT_RATE_LIMIT = 600;
// Okta's concurrency limit for Workforce orgs.
const DEFAULT_CONCURRENCY_LIMIT = 75;

/**
 * An in-memory Okta org: users in listing order, the API token it accepts,
 * and a record of the requests it answered. `handleRequest` serves it;
 * tests change it between syncs with the mutation helpers.
 */
export class FakeOrg {
  /** The API token requests must carry as `Authorization: SSWS <token>`. */
  readonly token: string;
  /**
   * Ground truth of the org as generated, or null when it was built from
   * given users. The mutation helpers do not update it.
   */
  readonly manifest: OrgManifest | null;
  /** Source of "now" for `lastUpdated` bumps and response headers. */
  readonly clock: Clock;
  readonly #roster = new UserRoster();
  /** Groups with their members, and apps with their assignments. */
  readonly assignments = new OrgAssignments();
  /** The org's event hooks, as `GET /api/v1/eventHooks` lists them; change at will. */
  eventHooks: FakeEventHook[];
  /** Requests in flight at once before 429s with limit 0. */
  readonly concurrencyLimit: number;
  /** Real milliseconds each answer takes. */
  readonly latencyMs: number;
  /** The service app that may get access tokens, or null. */
  readonly serviceApp: Required<FakeServiceApp> | null;
  readonly #requestLog: string[] = [];
  readonly #requestTimesMs: number[] = [];
  #tooManyRequests = 0;
  readonly #rateLimit: RateLimitWindow;
  readonly #faults = new FaultBook();
  #inFlight = 0;
  #peakInFlight = 0;
  #tokenRevoked = false;
  #tokenOwnerId: string | null = null;
  readonly #accessTokens = new Map<string, readonly string[]>();

  constructor(parts: FakeOrgParts) {
    this.token = parts.token;
    this.manifest = parts.manifest;
    this.clock = parts.clock;
    this.#rateLimit = new RateLimitWindow(parts.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT);
    this.concurrencyLimit = parts.concurrencyLimit ?? DEFAULT_CONCURRENCY_LIMIT;
    this.latencyMs = parts.latencyMs ?? 0;
    this.serviceApp = withDefaultGrants(parts.serviceApp);
    this.eventHooks = [...(parts.eventHooks ?? [])];
    this.setUsers(parts.users);
  }

  /** True once the token was revoked: every request then gets a 401. */
  get tokenRevoked(): boolean {
    return this.#tokenRevoked;
  }

  /** The most requests that were in flight at once. */
  get peakInFlight(): number {
    return this.#peakInFlight;
  }

  /** When each logged request arrived, on the org's clock, oldest first. */
  get requestTimesMs(): readonly number[] {
    return this.#requestTimesMs;
  }

  /** 429s answered so far, budget and concurrency ones alike. */
  get tooManyRequestsCount(): number {
    return this.#tooManyRequests;
  }

  /** Counts one 429 answered. */
  countTooManyRequests(): void {
    this.#tooManyRequests += 1;
  }

  /** The user `GET /api/v1/users/me` answers with; null (404) by default. */
  get tokenOwnerId(): string | null {
    return this.#tokenOwnerId;
  }

  /** Records an access token the token endpoint issued, with its scopes. */
  issueAccessToken(accessToken: string, scopes: readonly string[]): void {
    this.#accessTokens.set(accessToken, scopes);
  }

  /**
   * The scopes of an access token this org issued; undefined for any other
   * (or after the token was revoked with `revokeToken`).
   */
  scopesOf(accessToken: string): readonly string[] | undefined {
    return this.#tokenRevoked ? undefined : this.#accessTokens.get(accessToken);
  }

  /** Makes a user the API token's owner, the admin `me` names. */
  setTokenOwner(userId: string | null): void {
    this.#tokenOwnerId = userId;
  }

  /** Makes the API token stop working, as when its admin is deactivated. */
  revokeToken(): void {
    this.#tokenRevoked = true;
  }

  /** Plays a failure on some of the next requests; see {@link FakeFault}. */
  injectFault(fault: FakeFault): void {
    this.#faults.add(fault);
  }

  /** Forgets the faults not yet played. */
  clearFaults(): void {
    this.#faults.clear();
  }

  /** The faults that hit a request to `path`, used up as they hit. */
  takeFaults(path: string): FakeFault[] {
    return this.#faults.take(path);
  }

  /**
   * Counts a request as in flight until `leave` is called. False when it
   * is one too many: it must get a concurrency 429.
   */
  enter(): boolean {
    this.#inFlight += 1;
    this.#peakInFlight = Math.max(this.#peakInFlight, this.#inFlight);

    return this.#inFlight <= this.concurrencyLimit;
  }

  /** Ends a request counted by `enter`. */
  leave(): void {
    this.#inFlight -= 1;
  }

  /** The users by id, in listing order. A live, read-only view. */
  get users(): ReadonlyMap<string, OktaUser> {
    return this.#roster.users;
  }

  /** Requests answered so far, failed ones included. */
  get requestCount(): number {
    return this.#requestLog.length;
  }

  /** `METHOD /path?query` of every request answered, oldest first. */
  get requestLog(): readonly string[] {
    return this.#requestLog;
  }

  /**
   * Appends a user at the end of the listing.
   *
   * @throws ConfigError when a user with that id exists already.
   */
  addUser(user: OktaUser): void {
    if (this.#roster.users.has(user.id)) {
      throw new ConfigError([{ field: 'user.id', message: `${user.id} exists already` }]);
    }

    this.#roster.add(user);
  }

  /**
   * Changes a user in place and bumps `lastUpdated` (see `UserPatch`).
   * Returns the new version.
   *
   * @throws ConfigError when no user has that id.
   */
  updateUser(id: string, patch: UserPatch): OktaUser {
    const user = this.#roster.users.get(id);

    if (user === undefined) {
      throw new ConfigError([{ field: 'id', message: `no user has the id ${id}` }]);
    }

    const updated = applyUserPatch(user, patch, this.clock.now().getTime());
    this.#roster.replace(updated);

    return updated;
  }

  /** Deletes a user, as Okta's second DELETE does. False if absent. */
  removeUser(id: string): boolean {
    return this.#roster.remove(id);
  }

  /** Replaces every user; the order given is the listing order. */
  setUsers(users: readonly OktaUser[]): void {
    this.#roster.clear();

    for (const user of users) {
      this.addUser(user);
    }
  }

  /** Finds a user by id, or by login ignoring case. */
  findUser(idOrLogin: string): OktaUser | undefined {
    return this.#roster.find(idOrLogin);
  }

  /** A page of the plain listing, which omits DEPROVISIONED users. */
  listCurrent(afterPosition: number, limit: number): RosterPage {
    return this.#roster.pageCurrent(afterPosition, limit);
  }

  /** A page of the users a filter or search matches. */
  listMatching(afterPosition: number, limit: number, matches: UserPredicate): RosterPage {
    return this.#roster.pageMatching(afterPosition, limit, matches);
  }

  /** Logs one request and counts it against the rate-limit window. */
  recordRequest(method: string, pathAndQuery: string): RateLimitSnapshot {
    const nowMs = this.clock.now().getTime();
    this.#requestLog.push(`${method} ${pathAndQuery}`);
    this.#requestTimesMs.push(nowMs);

    return this.#rateLimit.take(nowMs);
  }

  /** Forgets the requests answered so far. */
  clearRequestLog(): void {
    this.#requestLog.length = 0;
    this.#requestTimesMs.length = 0;
  }
}

const DEFAULT_GRANTS = ['okta.users.read', 'okta.groups.read', 'okta.apps.read'];

function withDefaultGrants(app: FakeServiceApp | undefined): Required<FakeServiceApp> | null {
  return app === undefined ? null : { grantedScopes: DEFAULT_GRANTS, ...app };
}
