import { RequestExecutor } from '@okta/okta-sdk-nodejs';
import type { OktaRequestStats } from './okta-directory.js';
import { isNetworkFailure, toOktaRequestError } from './okta-error.js';
import type { HeaderReader } from './okta-failure.js';
import { rateBucketOf } from './rate-bucket.js';
import type { RateBudget } from './rate-budget.js';
import { type RateLimitReading, readRateLimit } from './rate-limit-headers.js';
import { budgetWaitMs, classifyRateLimit, concurrencyWaitMs } from './rate-limit-retry.js';
import { readTokenRefusal } from './read-token-refusal.js';
import type { Timer } from './timer.js';
import {
  isRepeatable,
  isTransientStatus,
  transientWaitMs,
  withSmallerLimit,
} from './transient-retry.js';

/** What the executor needs: the org's budget, a timer, and its limits. */
export interface PacedExecutorSettings {
  budget: RateBudget;
  timer: Timer;
  /** Retries of one request, all causes together. */
  maxRetries: number;
  /** The longest one request may wait out 429s before it fails. */
  rateLimitPatienceMs: number;
  /** Each attempt's limit, answer included; 0 for none. */
  requestTimeoutMs: number;
  /** Source of jitter, 0 to 1; `Math.random` by default. */
  random?: () => number;
}

/** The node-fetch options the SDK hands over: the parts read here. */
export interface ExecutorRequest {
  url: string;
  method?: string;
  headers?: Record<string, string | number>;
  timeout?: number;
  [option: string]: unknown;
}

/** A node-fetch response: the parts read here. */
export interface ExecutorResponse {
  status: number;
  headers: HeaderReader;
  text(): Promise<string>;
  clone?(): ExecutorResponse;
}

/** What one attempt brought: an answer, or the error of a failed send. */
type Outcome = { response: ExecutorResponse } | { error: unknown };

/** One request's retries so far. */
interface Attempts {
  request: ExecutorRequest;
  bucket: string;
  retries: number;
  rateLimitWaitMs: number;
  concurrencyHits: number;
  transientFailures: number;
  requestId: string | undefined;
}

type ExecutorStats = Required<OktaRequestStats>;

/**
 * The request executor every SDK request goes through. Before each attempt
 * it waits for the org's {@link RateBudget}; after each answer it feeds
 * the `X-Rate-Limit-*` headers back. It retries:
 * - a budget 429 after the bucket's reset, a concurrency 429 (limit 0)
 *   after a short backoff, both within the request's patience;
 * - for repeatable requests (reads, token requests), a 5xx, a reset
 *   connection or a timeout after an exponential backoff; a list page
 *   answered 500 with half its `limit`, as Okta advises.
 * When retries run out, the last answer goes back to the SDK (which fails
 * with it) or the last error is thrown.
 */
export class PacedRequestExecutor extends RequestExecutor {
  readonly #settings: PacedExecutorSettings;
  readonly #random: () => number;
  readonly #stats: ExecutorStats = {
    requests: 0,
    retries: 0,
    rateLimitWaitMs: 0,
    pacingWaitMs: 0,
    rateLimitHits: 0,
    concurrencyLimitHits: 0,
    transientRetries: 0,
  };

  constructor(settings: PacedExecutorSettings) {
    super();
    this.#settings = settings;
    this.#random = settings.random ?? Math.random;
  }

  /** Running totals since the executor was made. */
  stats(): ExecutorStats {
    return { ...this.#stats };
  }

  override async fetch(request: ExecutorRequest): Promise<ExecutorResponse> {
    const bucket = rateBucketOf(request.method ?? 'GET', request.url);
    const attempts: Attempts = {
      request,
      bucket,
      retries: 0,
      rateLimitWaitMs: 0,
      concurrencyHits: 0,
      transientFailures: 0,
      requestId: undefined,
    };

    for (;;) {
      await this.#pace(bucket);

      const outcome = await this.#send(attempts);
      const retryInMs = this.#planRetry(outcome, attempts);

      if (retryInMs === undefined) {
        return answer(outcome, attempts.request);
      }

      await discardBody(outcome);
      await this.#settings.timer.sleep(retryInMs);
      attempts.retries += 1;
      this.#stats.retries += 1;
    }
  }

  async #pace(bucket: string): Promise<void> {
    const waitedMs = await this.#settings.budget.acquire(bucket);

    this.#stats.pacingWaitMs += waitedMs;
    this.#stats.rateLimitWaitMs += waitedMs;
  }

  async #send(attempts: Attempts): Promise<Outcome> {
    this.#stats.requests += 1;

    try {
      const response: ExecutorResponse = await super.fetch(this.#prepare(attempts));

      return { response };
    } catch (error) {
      return { error };
    }
  }

  /** A copy of the request with its timeout, marked as the SDK marks retries. */
  #prepare(attempts: Attempts): ExecutorRequest {
    const { request, retries, requestId } = attempts;
    const timeout = this.#settings.requestTimeoutMs;

    if (retries === 0) {
      return { ...request, timeout };
    }

    const headers: Record<string, string | number> = {
      ...request.headers,
      'X-Okta-Retry-Count': String(retries),
    };

    if (requestId !== undefined) {
      headers['X-Okta-Retry-For'] = requestId;
    }

    return { ...request, headers, timeout };
  }

  /** Milliseconds to wait before retrying, or undefined to answer now. */
  #planRetry(outcome: Outcome, attempts: Attempts): number | undefined {
    if (attempts.retries >= this.#settings.maxRetries) {
      this.#learn(outcome, attempts);

      return undefined;
    }

    if ('error' in outcome) {
      return this.#planTransient(attempts, isNetworkFailure(outcome.error));
    }

    const reading = this.#learn(outcome, attempts);
    const { status } = outcome.response;

    if (status === 429) {
      return this.#plan429(reading, attempts);
    }

    return this.#planTransient(attempts, isTransientStatus(status), status === 500);
  }

  /** Feeds the answer's rate-limit headers to the budget. */
  #learn(outcome: Outcome, attempts: Attempts): RateLimitReading | undefined {
    if ('error' in outcome) {
      return undefined;
    }

    const { headers } = outcome.response;
    const reading = readRateLimit(headers, this.#nowMs());
    attempts.requestId ??= headers.get('x-okta-request-id') ?? undefined;

    if (reading !== undefined) {
      this.#settings.budget.observe(attempts.bucket, reading);
    }

    if (outcome.response.status === 429) {
      this.#count429(reading, attempts);
    }

    return reading;
  }

  #count429(reading: RateLimitReading | undefined, attempts: Attempts): void {
    if (classifyRateLimit(reading) === 'concurrency') {
      this.#stats.concurrencyLimitHits += 1;
      attempts.concurrencyHits += 1;

      return;
    }

    this.#stats.rateLimitHits += 1;
  }

  #plan429(reading: RateLimitReading | undefined, attempts: Attempts): number | undefined {
    const concurrency = classifyRateLimit(reading) === 'concurrency';
    const waitMs = concurrency
      ? concurrencyWaitMs(attempts.concurrencyHits, this.#random)
      : budgetWaitMs(reading, this.#nowMs(), this.#random);

    if (attempts.rateLimitWaitMs + waitMs > this.#settings.rateLimitPatienceMs) {
      return undefined;
    }

    // A spent bucket holds every request to it, not only this one.
    if (!concurrency) {
      this.#settings.budget.pause(attempts.bucket, this.#nowMs() + waitMs);
    }

    attempts.rateLimitWaitMs += waitMs;
    this.#stats.rateLimitWaitMs += waitMs;

    return waitMs;
  }

  #planTransient(attempts: Attempts, transient: boolean, shrink = false): number | undefined {
    const { request } = attempts;

    if (!transient || !isRepeatable(request.method ?? 'GET', request.url)) {
      return undefined;
    }

    if (shrink) {
      attempts.request = { ...request, url: withSmallerLimit(request.url) };
    }

    attempts.transientFailures += 1;
    this.#stats.transientRetries += 1;

    return transientWaitMs(attempts.transientFailures, this.#random);
  }

  #nowMs(): number {
    return this.#settings.timer.now().getTime();
  }
}

async function answer(outcome: Outcome, request: ExecutorRequest): Promise<ExecutorResponse> {
  if ('error' in outcome) {
    throw outcome.error;
  }

  const refusal = await readTokenRefusal(outcome.response, request);

  if (refusal !== undefined) {
    throw toOktaRequestError(refusal);
  }

  return outcome.response;
}

// A retried answer's body is not needed; reading it frees the connection.
async function discardBody(outcome: Outcome): Promise<void> {
  if ('response' in outcome) {
    await outcome.response.text().catch(() => '');
  }
}
