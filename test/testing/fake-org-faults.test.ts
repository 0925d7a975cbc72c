import { afterEach, describe, expect, it } from 'vitest';
import { OktaRequestError } from '../../src/errors/okta-request-error.js';
import type { OktaDirectory } from '../../src/okta/okta-directory.js';
import type { OktaDirectoryOptions } from '../../src/okta/okta-directory-options.js';
import type { OktaUser } from '../../src/okta/okta-user.js';
import { RateBudgetRegistry } from '../../src/okta/rate-budget-registry.js';
import { createOktaDirectory } from '../../src/okta/sdk-okta-directory.js';
import { createFakeOrg } from '../../src/testing/fake-org/create-fake-org.js';
import type { FakeFault } from '../../src/testing/fake-org/fake-fault.js';
import type { FakeOrg } from '../../src/testing/fake-org/fake-org.js';
import { type FakeOrgServer, serveFakeOrg } from '../../src/testing/fake-org/serve-fake-org.js';
import { createVirtualTimer } from '../../src/testing/fake-org/virtual-timer.js';
import { makeUser } from './fake-org-helpers.js';

const servers: FakeOrgServer[] = [];
const USERS = '/api/v1/users';

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

interface Served {
  org: FakeOrg;
  directory: OktaDirectory;
}

function makeUsers(count: number): OktaUser[] {
  return Array.from({ length: count }, (_, index) =>
    makeUser(`00u${String(index).padStart(6, '0')}`, 'ACTIVE', '2026-01-01T00:00:00.000Z'),
  );
}

/** A 10-user fake org over HTTP, listed 2 per page, with `faults` queued. */
async function serve(
  faults: FakeFault[],
  options: Partial<OktaDirectoryOptions> = {},
): Promise<Served> {
  const timer = createVirtualTimer();
  const org = createFakeOrg({ users: makeUsers(10), clock: timer });
  const server = await serveFakeOrg(org);
  servers.push(server);
  for (const fault of faults) {
    org.injectFault(fault);
  }

  const directory = createOktaDirectory({
    orgUrl: server.url,
    token: org.token,
    allowHttp: true,
    pageSize: 2,
    rateBudgets: new RateBudgetRegistry(),
    timer,
    ...options,
  });

  return { org, directory };
}

async function listIds(directory: OktaDirectory): Promise<string[]> {
  const ids = [];

  for await (const page of directory.listUsers({ listing: 'current' })) {
    ids.push(...page.users.map((user) => user.id));
  }

  return ids;
}

async function catchListing(directory: OktaDirectory): Promise<OktaRequestError> {
  const failure = await listIds(directory).then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(failure).toBeInstanceOf(OktaRequestError);

  return failure as OktaRequestError;
}

const ALL_IDS = makeUsers(10).map((user) => user.id);

describe('fake org faults against a directory over HTTP', () => {
  describe('when page 3 answers 500', () => {
    it('lists everyone, page 3 and on with half the limit', async () => {
      const { org, directory } = await serve([{ kind: 'server-error', path: USERS, skip: 2 }]);

      expect(await listIds(directory)).toEqual(ALL_IDS);
      expect(org.requestLog.slice(2, 4).map((line) => /limit=(\d+)/.exec(line)?.[1])).toEqual([
        '2',
        '1',
      ]);
    });
  });

  describe('when a burst of 429s hits', () => {
    it('waits them out and lists everyone', async () => {
      const { directory } = await serve([{ kind: 'rate-limit', skip: 1, times: 3 }]);

      expect(await listIds(directory)).toEqual(ALL_IDS);
      expect(directory.stats()).toMatchObject({ rateLimitHits: 3, retries: 3 });
    });
  });

  describe('when concurrency 429s hit', () => {
    it('backs off briefly and lists everyone', async () => {
      const { directory } = await serve([{ kind: 'concurrency-limit', times: 2 }]);

      expect(await listIds(directory)).toEqual(ALL_IDS);
      expect(directory.stats()).toMatchObject({ concurrencyLimitHits: 2, rateLimitHits: 0 });
      expect(directory.stats().rateLimitWaitMs).toBeLessThan(5000);
    });
  });

  describe('when the 429s last longer than the patience', () => {
    it('fails retryable with ERR_OKTA_RATE_LIMITED, not as a credentials problem', async () => {
      const faults: FakeFault[] = [
        { kind: 'rate-limit', skip: 1, times: Number.POSITIVE_INFINITY },
      ];
      const { directory } = await serve(faults, { rateLimitPatienceMs: 90_000, maxRetries: 50 });

      const error = await catchListing(directory);

      expect(error.code).toBe('ERR_OKTA_RATE_LIMITED');
      expect(error.retryable).toBe(true);
      expect(error.code).not.toBe('ERR_OKTA_UNAUTHORIZED');
    });
  });

  describe('when an answer is slower than the timeout', () => {
    it('drops it, asks again and lists everyone', async () => {
      const faults: FakeFault[] = [{ kind: 'slow', skip: 1, delayMs: 400 }];
      const { directory } = await serve(faults, { requestTimeoutMs: 100 });

      expect(await listIds(directory)).toEqual(ALL_IDS);
      expect(directory.stats().transientRetries).toBe(1);
    });
  });

  describe('when a body is malformed JSON', () => {
    it('reads the page again and lists everyone', async () => {
      const { org, directory } = await serve([{ kind: 'malformed-json', skip: 1 }]);

      expect(await listIds(directory)).toEqual(ALL_IDS);
      expect(org.requestCount).toBe(6);
    });
  });

  describe('when the connection is reset', () => {
    it('asks again and lists everyone', async () => {
      const { directory } = await serve([{ kind: 'reset-connection', skip: 2 }]);

      expect(await listIds(directory)).toEqual(ALL_IDS);
      expect(directory.stats().transientRetries).toBe(1);
    });
  });

  describe('when the token is revoked mid-run', () => {
    it('fails with ERR_OKTA_UNAUTHORIZED at once, without retrying', async () => {
      const { org, directory } = await serve([{ kind: 'revoke-token', skip: 2 }]);

      const error = await catchListing(directory);

      expect(error.code).toBe('ERR_OKTA_UNAUTHORIZED');
      expect(error.retryable).toBe(false);
      expect(org.requestCount).toBe(3);
      expect(error.message).not.toContain(org.token);
    });
  });
});
