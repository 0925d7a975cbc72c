/** Keyset page request: rows after `after` (a person id), at most `limit`. */
export interface PageRequest {
  /** The last person id of the previous page; left out for the first page. */
  after?: string;
  /** The most rows to return; a positive integer. */
  limit: number;
}

/** Keyset page request over tenant ids: after `after`, at most `limit`. */
export interface TenantPageRequest {
  /** The last tenant id of the previous page; left out for the first page. */
  after?: string;
  /** The most tenants to return; a positive integer. */
  limit: number;
}
