import type { OktaUser } from './okta-user.js';

/** One page of users, in Okta's order. */
export interface OktaUserPage {
  /** The page's users, in Okta's order. */
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
  /** The listing to read: `current` or `deprovisioned`. */
  listing: UserListing;
  /** A cursor from an earlier page's `next`, to resume a listing. */
  resumeFrom?: string;
  /** Cancels the listing between pages. */
  signal?: AbortSignal;
}

/** Options of {@link OktaDirectory.listChanges}. */
export interface ListChangesOptions {
  /**
   * The watermark of the last incremental run: an ISO 8601 instant, such
   * as the `watermark` of that run's last page.
   */
  since: string;
  /**
   * How far before `since` to look again, so that changes Okta indexed
   * late or stamped by a skewed clock are not missed; 5 minutes by
   * default. People seen twice are applied twice, which is harmless.
   */
  overlapMs?: number;
  /** A cursor from an earlier page's `next`, to resume the listing. */
  resumeFrom?: string;
  /** Cancels the listing between pages. */
  signal?: AbortSignal;
}

/** One page of changed users, with the watermark reached so far. */
export interface OktaChangePage extends OktaUserPage {
  /**
   * The latest `lastUpdated` seen up to this page (Okta's clock), or
   * `since` when nothing newer came. Store the last page's watermark, and
   * only once every page was applied.
   */
  watermark: string;
}

/** Counters of the requests a directory made, for run reports. */
export interface OktaRequestStats {
  /** HTTP requests sent to Okta, retries included. */
  requests: number;
  /** Requests that were retries of an earlier attempt. */
  retries: number;
  /**
   * Milliseconds spent waiting for rate limits: pacing to the budget's
   * share plus waits after a 429.
   */
  rateLimitWaitMs: number;
  /** Of `rateLimitWaitMs`, the part spent pacing before any 429. */
  pacingWaitMs?: number;
  /** 429s met because a per-minute bucket was spent. */
  rateLimitHits?: number;
  /** 429s met because too many requests were in flight (limit 0). */
  concurrencyLimitHits?: number;
  /** Retries after a 5xx, a reset connection or a timeout. */
  transientRetries?: number;
}

/**
 * The engine's only view of an Okta org. Read-only: a sync never writes to
 * Okta. Implementations own their HTTP connections; the engine never closes
 * them.
 */
export interface OktaDirectory {
  /**
   * Streams users page by page. Pages are fetched on demand, at most one
   * ahead of the caller (the shipped directory reads the next page while
   * the caller applies this one), so memory holds two pages at most.
   * Errors reject the iteration with an `OktaRequestError` when the caller
   * reaches the failed page; pages already yielded stay valid.
   */
  listUsers(options: ListUsersOptions): AsyncIterable<OktaUserPage>;

  /**
   * Reads one user fresh from Okta (never from a cache). Resolves to null
   * when Okta answers 404; rejects with `OktaRequestError` otherwise.
   */
  getUser(oktaId: string): Promise<OktaUser | null>;

  /** Running totals since the directory was made. */
  stats(): OktaRequestStats;

  /**
   * Streams the users changed since a watermark (`lastUpdated` later than
   * `since` minus the overlap), DEPROVISIONED ones included, page by page
   * like `listUsers`. Optional: a directory without it supports full syncs
   * only. Okta does not move `lastUpdated` for app assignments or group
   * memberships, so app and group scopes reject it with a `ConfigError`;
   * they rely on full syncs. Hard-deleted users never appear here either.
   */
  listChanges?(options: ListChangesOptions): AsyncIterable<OktaChangePage>;
}
