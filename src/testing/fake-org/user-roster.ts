import type { OktaUser } from '../../okta/okta-user.js';

/** Tells whether a user belongs in a listing. */
export type UserPredicate = (user: OktaUser) => boolean;

/** One page of a roster listing. */
export interface RosterPage {
  /** The page's users, in roster order. */
  users: OktaUser[];
  /** Position of the last user on the page; resume after it. */
  lastPosition: number;
  /** Whether a later page would hold at least one user. */
  hasMore: boolean;
}

interface RosterEntry {
  position: number;
  user: OktaUser;
}

/**
 * The users of a fake org in listing order, indexed for paging. Each user
 * gets a position that only grows, so a cursor stays valid when users are
 * removed or added between pages. The plain listing (everyone but
 * DEPROVISIONED users) is precomputed once per change, not per page.
 */
export class UserRoster {
  readonly #users = new Map<string, OktaUser>();
  readonly #entryById = new Map<string, RosterEntry>();
  readonly #entries: RosterEntry[] = [];
  #nextPosition = 1;
  #current: RosterEntry[] | null = null;
  #byLogin: Map<string, OktaUser> | null = null;

  /** The users by id, in listing order. */
  get users(): ReadonlyMap<string, OktaUser> {
    return this.#users;
  }

  /** Appends a user at the end of the listing. */
  add(user: OktaUser): void {
    const entry = { position: this.#nextPosition, user };
    this.#users.set(user.id, user);
    this.#entryById.set(user.id, entry);
    this.#entries.push(entry);
    this.#nextPosition += 1;
    this.#changed();
  }

  /** Swaps in a new version of a user, keeping their place. */
  replace(user: OktaUser): void {
    const entry = this.#entryById.get(user.id);

    if (entry !== undefined) {
      entry.user = user;
      this.#users.set(user.id, user);
      this.#changed();
    }
  }

  /** Removes a user; false when there was none with that id. */
  remove(id: string): boolean {
    const entry = this.#entryById.get(id);

    if (entry === undefined) {
      return false;
    }

    this.#entries.splice(firstAfter(this.#entries, entry.position - 1), 1);
    this.#entryById.delete(id);
    this.#users.delete(id);
    this.#changed();

    return true;
  }

  /** Removes every user; positions keep growing, so old cursors stay safe. */
  clear(): void {
    this.#users.clear();
    this.#entryById.clear();
    this.#entries.length = 0;
    this.#changed();
  }

  /** Finds a user by id, else by login ignoring case, as Okta does. */
  find(idOrLogin: string): OktaUser | undefined {
    const byId = this.#users.get(idOrLogin);

    if (byId !== undefined) {
      return byId;
    }

    this.#byLogin ??= indexByLogin(this.#users.values());

    return this.#byLogin.get(idOrLogin.toLowerCase());
  }

  /** A page of everyone but DEPROVISIONED users, from a precomputed list. */
  pageCurrent(afterPosition: number, limit: number): RosterPage {
    this.#current ??= this.#entries.filter((entry) => entry.user.status !== 'DEPROVISIONED');
    const start = firstAfter(this.#current, afterPosition);
    const entries = this.#current.slice(start, start + limit);

    return toPage(entries, afterPosition, start + limit < this.#current.length);
  }

  /**
   * A page of the users that match. Scans from the cursor and stops at the
   * first match past the page, so a whole listing costs O(N).
   */
  pageMatching(afterPosition: number, limit: number, matches: UserPredicate): RosterPage {
    const found: RosterEntry[] = [];
    let index = firstAfter(this.#entries, afterPosition);

    for (; index < this.#entries.length && found.length < limit; index += 1) {
      const entry = this.#entries[index] as RosterEntry;

      if (matches(entry.user)) {
        found.push(entry);
      }
    }

    return toPage(found, afterPosition, this.#anyMatchFrom(index, matches));
  }

  #anyMatchFrom(start: number, matches: UserPredicate): boolean {
    for (let index = start; index < this.#entries.length; index += 1) {
      if (matches((this.#entries[index] as RosterEntry).user)) {
        return true;
      }
    }

    return false;
  }

  #changed(): void {
    this.#current = null;
    this.#byLogin = null;
  }
}

function toPage(entries: RosterEntry[], afterPosition: number, hasMore: boolean): RosterPage {
  const last = entries.at(-1);

  return {
    users: entries.map((entry) => entry.user),
    lastPosition: last === undefined ? afterPosition : last.position,
    hasMore,
  };
}

// Binary search: positions only grow along the list.
function firstAfter(entries: readonly RosterEntry[], position: number): number {
  let low = 0;
  let high = entries.length;

  while (low < high) {
    const middle = (low + high) >>> 1;

    if ((entries[middle]?.position ?? 0) <= position) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }

  return low;
}

function indexByLogin(users: Iterable<OktaUser>): Map<string, OktaUser> {
  const byLogin = new Map<string, OktaUser>();

  for (const user of users) {
    const login = user.profile.login;

    if (typeof login === 'string') {
      byLogin.set(login.toLowerCase(), user);
    }
  }

  return byLogin;
}
