import { ConfigError } from '../../errors/config-error.js';
import type { OktaUser } from '../../okta/okta-user.js';
import type { Clock } from '../../ports/clock.js';
import type { OrgManifest } from './org-manifest.js';
import { type RateLimitSnapshot, RateLimitWindow } from './rate-limit-window.js';
import { applyUserPatch, type UserPatch } from './user-patch.js';
import { type RosterPage, type UserPredicate, UserRoster } from './user-roster.js';

/** What a {@link FakeOrg} is made of. */
export interface FakeOrgParts {
  token: string;
  users: readonly OktaUser[];
  manifest: OrgManifest | null;
  clock: Clock;
}

// Okta's per-minute bucket for /api/v1/users on most plans.
const USERS_RATE_LIMIT = 600;

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
  readonly #requestLog: string[] = [];
  readonly #rateLimit = new RateLimitWindow(USERS_RATE_LIMIT);

  constructor(parts: FakeOrgParts) {
    this.token = parts.token;
    this.manifest = parts.manifest;
    this.clock = parts.clock;
    this.setUsers(parts.users);
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
    this.#requestLog.push(`${method} ${pathAndQuery}`);

    return this.#rateLimit.take(this.clock.now().getTime());
  }

  /** Forgets the requests answered so far. */
  clearRequestLog(): void {
    this.#requestLog.length = 0;
  }
}
