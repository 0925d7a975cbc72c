import type { SyncOutcome } from './sync-once.js';

/** The users a fake org lists in each of a full sync's two listings. */
export interface ListingSizes {
  listed: number;
  deprovisioned: number;
}

/**
 * The requests a full sync must make: one per page of the plain listing
 * and one per page of the DEPROVISIONED listing (an empty listing still
 * costs its one request).
 */
export function expectedRequests(sizes: ListingSizes, pageSize = 200): number {
  const pages = (users: number) => Math.max(1, Math.ceil(users / pageSize));

  return pages(sizes.listed) + pages(sizes.deprovisioned);
}

/**
 * What is wrong with a run's requests, or an empty list: the run must
 * succeed and make exactly the expected requests. Retries after a
 * transport failure (a reset keep-alive connection) are counted apart:
 * they are the network's doing, not extra pages, and are reported.
 */
export function requestProblems(run: SyncOutcome, expected: number): string[] {
  const { report, stats } = run;
  const transient = stats.transientRetries ?? 0;
  const pages = stats.requests - transient;
  const problems: string[] = [];

  if (report.status !== 'succeeded') {
    problems.push(`the run ended ${report.status}: ${report.error?.message ?? 'no error'}`);
  }

  if (pages !== expected) {
    problems.push(`${pages} requests (${transient} transient retries apart), not ${expected}`);
  }

  if ((stats.rateLimitHits ?? 0) + (stats.concurrencyLimitHits ?? 0) > 0) {
    problems.push(
      `${stats.rateLimitHits} budget and ${stats.concurrencyLimitHits} concurrency 429s`,
    );
  }

  return problems;
}
