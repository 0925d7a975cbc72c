import type { RequestExecutor } from '@okta/okta-sdk-nodejs';
import type { OktaRequestStats } from './okta-directory.js';

// Node runs a timer with a delay outside 1 ms … 2^31 − 1 ms after 1 ms, so
// that is what a 429 with a reset in the past or no Date header costs.
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Counts the executor's work from its events: `request` fires for every
 * attempt, retries included; `resume` for every retry; `backoff` carries
 * the wait before a retry.
 *
 * @returns a function that reads the running totals.
 */
export function trackRequestStats(executor: RequestExecutor): () => OktaRequestStats {
  const totals: OktaRequestStats = { requests: 0, retries: 0, rateLimitWaitMs: 0 };

  executor.on('request', () => {
    totals.requests += 1;
  });

  executor.on('resume', () => {
    totals.retries += 1;
  });

  executor.on('backoff', (...args: unknown[]) => {
    // backoff(request, response, requestId, delayMs)
    totals.rateLimitWaitMs += toTimerDelayMs(Number(args[3]));
  });

  return () => ({ ...totals });
}

function toTimerDelayMs(delayMs: number): number {
  const runsAsGiven = delayMs >= 1 && delayMs <= MAX_TIMER_MS;

  return runsAsGiven ? delayMs : 1;
}
