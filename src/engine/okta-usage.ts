import type { OktaRequestStats } from '../okta/okta-directory.js';

/** The requests a directory made between two readings of its stats. */
export function oktaUsageSince(
  before: OktaRequestStats,
  after: OktaRequestStats,
): OktaRequestStats {
  return {
    requests: after.requests - before.requests,
    retries: after.retries - before.retries,
    rateLimitWaitMs: after.rateLimitWaitMs - before.rateLimitWaitMs,
  };
}
