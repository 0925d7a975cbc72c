import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { OktaRequestError } from '../../src/errors/okta-request-error.js';
import type { OktaDirectory } from '../../src/okta/okta-directory.js';
import type { OktaDirectoryOptions } from '../../src/okta/okta-directory-options.js';
import { RateBudgetRegistry } from '../../src/okta/rate-budget-registry.js';
import { createOktaDirectory } from '../../src/okta/sdk-okta-directory.js';
import { createVirtualTimer, type VirtualTimer } from '../../src/testing/fake-org/virtual-timer.js';
import {
  generateUsers,
  ORG_URL,
  oktaError,
  oktaJson,
  readFixture,
  TOKEN,
  USERS_URL,
  useOktaTestServer,
} from './okta-test-server.js';

const okta = useOktaTestServer();
const TOO_MANY = readFixture('error-429-too-many-requests.json');

interface Harness {
  timer: VirtualTimer;
  directory: OktaDirectory;
}

function createHarness(options: Partial<OktaDirectoryOptions> = {}): Harness {
  const timer = createVirtualTimer();
  const directory = createOktaDirectory({
    orgUrl: ORG_URL,
    token: TOKEN,
    rateBudgets: new RateBudgetRegistry(),
    timer,
    ...options,
  });

  return { timer, directory };
}

/** Headers of a 429, with a reset `resetInSeconds` after Okta's `Date`. */
function limitHeaders(limit: number, resetInSeconds: number): Record<string, string> {
  const dateSeconds = Math.floor(Date.now() / 1000);

  return {
    Date: new Date(dateSeconds * 1000).toUTCString(),
    'X-Rate-Limit-Limit': String(limit),
    'X-Rate-Limit-Remaining': '0',
    'X-Rate-Limit-Reset': String(dateSeconds + resetInSeconds),
  };
}

function serve429(times: number, limit: number, resetInSeconds = 20) {
  let left = times;

  okta.server.use(
    http.get(USERS_URL, () => {
      left -= 1;

      return left >= 0
        ? oktaError(429, TOO_MANY, limitHeaders(limit, resetInSeconds))
        : oktaJson(generateUsers(2));
    }),
  );
}

async function listAll(directory: OktaDirectory) {
  const users = [];

  for await (const page of directory.listUsers({ listing: 'current' })) {
    users.push(...page.users);
  }

  return users;
}

async function catchListing(directory: OktaDirectory): Promise<OktaRequestError> {
  const failure = await listAll(directory).then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(failure).toBeInstanceOf(OktaRequestError);

  return failure as OktaRequestError;
}

describe('createOktaDirectory() rate limits', () => {
  describe('when a budget 429 says the bucket resets in 20 s', () => {
    it('waits for the reset, padded and jittered, then retries', async () => {
      serve429(1, 600, 20);
      const { directory, timer } = createHarness();
      const startMs = timer.now().getTime();

      const users = await listAll(directory);

      const waitedMs = timer.now().getTime() - startMs;
      expect(users).toHaveLength(2);
      expect(waitedMs).toBeGreaterThanOrEqual(21_000);
      expect(waitedMs).toBeLessThan(22_000);
      expect(okta.requests[1]?.headers.get('x-okta-retry-count')).toBe('1');
      expect(directory.stats()).toMatchObject({
        requests: 2,
        retries: 1,
        rateLimitHits: 1,
        concurrencyLimitHits: 0,
        rateLimitWaitMs: waitedMs,
      });
    });
  });

  describe('when a 429 reports limit 0 (too many requests in flight)', () => {
    it('backs off briefly rather than waiting for the reset', async () => {
      serve429(3, 0, 60);
      const { directory, timer } = createHarness();
      const startMs = timer.now().getTime();

      const users = await listAll(directory);

      const waitedMs = timer.now().getTime() - startMs;
      expect(users).toHaveLength(2);
      // 0.25–0.5 s, 0.5–1 s, 1–2 s: far from the 60 s reset.
      expect(waitedMs).toBeGreaterThanOrEqual(1750);
      expect(waitedMs).toBeLessThanOrEqual(3500);
      expect(directory.stats()).toMatchObject({
        retries: 3,
        rateLimitHits: 0,
        concurrencyLimitHits: 3,
      });
    });

    it('does not take the limit 0 as the bucket size', async () => {
      serve429(1, 0, 60);
      const { directory } = createHarness();
      await listAll(directory);
      okta.server.use(http.get(USERS_URL, () => oktaJson(generateUsers(1))));

      await listAll(directory);
      await listAll(directory);

      expect(directory.stats().pacingWaitMs).toBe(0);
    });
  });

  describe('when Okta answers 429 for longer than the patience', () => {
    it('fails with a retryable ERR_OKTA_RATE_LIMITED, never a credentials error', async () => {
      serve429(1000, 600, 50);
      const { directory } = createHarness({ rateLimitPatienceMs: 120_000, maxRetries: 100 });

      const error = await catchListing(directory);

      expect(error.code).toBe('ERR_OKTA_RATE_LIMITED');
      expect(error.retryable).toBe(true);
      expect(error.status).toBe(429);
      expect(error.retryAfterSeconds).toBe(50);
      expect(error.message).not.toMatch(/credential|unauthori|rejected|invalid/i);
      // 51–52 s per wait: two fit in 120 s, a third would not.
      expect(directory.stats()).toMatchObject({ requests: 3, retries: 2, rateLimitHits: 3 });
    });
  });

  describe('when retries are off', () => {
    it('surfaces the first 429 at once', async () => {
      serve429(1, 600, 30);
      const { directory } = createHarness({ maxRetries: 0 });

      const error = await catchListing(directory);

      expect(error.code).toBe('ERR_OKTA_RATE_LIMITED');
      expect(error.retryAfterSeconds).toBe(30);
      expect(directory.stats()).toMatchObject({ requests: 1, retries: 0, rateLimitWaitMs: 0 });
    });
  });

  describe('when a 429 has no X-Rate-Limit-Reset', () => {
    it('waits one whole window before retrying', async () => {
      let calls = 0;
      okta.server.use(
        http.get(USERS_URL, () => {
          calls += 1;
          const headers = { Date: new Date().toUTCString() };

          return calls === 1 ? oktaError(429, TOO_MANY, headers) : oktaJson(generateUsers(1));
        }),
      );
      const { directory, timer } = createHarness();
      const startMs = timer.now().getTime();

      await listAll(directory);

      expect(timer.now().getTime() - startMs).toBeGreaterThanOrEqual(60_000);
    });
  });

  describe('when Okta rejects the token', () => {
    it('fails at once with ERR_OKTA_UNAUTHORIZED, never retried, token in no message', async () => {
      okta.server.use(
        http.get(USERS_URL, () => oktaError(401, readFixture('error-401-invalid-token.json'))),
      );
      const { directory } = createHarness();

      const error = await catchListing(directory);

      expect(error.code).toBe('ERR_OKTA_UNAUTHORIZED');
      expect(error.retryable).toBe(false);
      expect(okta.requests).toHaveLength(1);
      expect(JSON.stringify({ message: error.message, error })).not.toContain(TOKEN);
      expect(String(error.cause)).not.toContain(TOKEN);
    });
  });

  describe('when two directories read the same org', () => {
    it('holds the second until the reset the first one met, as they share a budget', async () => {
      const rateBudgets = new RateBudgetRegistry();
      const timer = createVirtualTimer();
      const first = createHarness({ rateBudgets, timer, maxRetries: 0 }).directory;
      const second = createHarness({ rateBudgets, timer }).directory;
      serve429(1, 600, 30);
      await catchListing(first);

      await listAll(second);

      expect(second.stats().pacingWaitMs).toBeGreaterThanOrEqual(31_000);
    });

    it('does not hold a directory of another org', async () => {
      const rateBudgets = new RateBudgetRegistry();
      const timer = createVirtualTimer();
      const first = createHarness({ rateBudgets, timer, maxRetries: 0 }).directory;
      const other = createHarness({ rateBudgets, timer, orgUrl: 'https://other.okta.com' });
      serve429(1, 600, 30);
      okta.server.use(
        http.get('https://other.okta.com/api/v1/users', () => oktaJson(generateUsers(1))),
      );
      await catchListing(first);

      await listAll(other.directory);

      expect(other.directory.stats().pacingWaitMs).toBe(0);
    });
  });
});

describe('createOktaDirectory() concurrency 429 errors', () => {
  describe('when the concurrency 429s outlast the retries', () => {
    it('says too many requests were in flight, retryable in a second', async () => {
      serve429(10, 0, 60);
      const { directory } = createHarness({ maxRetries: 2 });

      const error = await catchListing(directory);

      expect(error.code).toBe('ERR_OKTA_RATE_LIMITED');
      expect(error.retryable).toBe(true);
      expect(error.retryAfterSeconds).toBe(1);
      expect(error.message).toMatch(/^Too many requests to Okta were in flight at once/);
    });
  });
});
