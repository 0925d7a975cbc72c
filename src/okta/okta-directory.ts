import type { OktaUser } from './okta-user.js';

/** One page of users, in Okta's order. */
export interface OktaUserPage {
  users: OktaUser[];
  /**
   * Opaque cursor that resumes the listing after this page, or null when
   * this was the last page. Store it as it is; never parse it.
   */
  next: string | null;
}

/**
 * Which listing to stream. Okta's plain list omits DEPROVISIONED users, so a
 * full sync reads `current` and then `deprovisioned`.
 */
export type UserListing = 'current' | 'deprovisioned';

/** Options of {@link OktaDirectory.listUsers}. */
export interface ListUsersOptions {
  listing: UserListing;
  /** A cursor from an earlier page's `next`, to resume a listing. */
  resumeFrom?: string;
  /** Cancels the listing between pages. */
  signal?: AbortSignal;
}

/** Counters of the requests a directory made, for run reports. */
export interface OktaRequestStats {
  /** HTTP requests sent to Okta, retries included. */
  requests: number;
  /** Requests that were retries of an earlier attempt. */
  retries: number;
  /** Milliseconds spent waiting for rate limits to reset. */
  rateLimitWaitMs: number;
}

/**
 * The engine's only view of an Okta org. Read-only: a sync never writes to
 * Okta. Implementations own their HTTP connections; the engine never closes
 * them.
 */
export interface OktaDirectory {
  /**
   * Streams users page by page. Pages are fetched lazily, one at a time, so
   * memory holds one page. Errors reject the iteration with an
   * `OktaRequestError`; pages already yielded stay valid.
   */
  listUsers(options: ListUsersOptions): AsyncIterable<OktaUserPage>;

  /**
   * Reads one user fresh from Okta (never from a cache). Resolves to null
   * when Okta answers 404; rejects with `OktaRequestError` otherwise.
   */
  getUser(oktaId: string): Promise<OktaUser | null>;

  /** Running totals since the directory was made. */
  stats(): OktaRequestStats;
}
