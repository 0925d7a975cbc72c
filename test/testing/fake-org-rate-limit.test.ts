import { afterEach, describe, expect, it } from 'vitest';
import type { OktaUser } from '../../src/okta/okta-user.js';
import { RateBudgetRegistry } from '../../src/okta/rate-budget-registry.js';
import { createOktaDirectory } from '../../src/okta/sdk-okta-directory.js';
import { createFakeOrg } from '../../src/testing/fake-org/create-fake-org.js';
import type { FakeOrg } from '../../src/testing/fake-org/fake-org.js';
import { handleRequest } from '../../src/testing/fake-org/handle-request.js';
import { type FakeOrgServer, serveFakeOrg } from '../../src/testing/fake-org/serve-fake-org.js';
import { createVirtualTimer } from '../../src/testing/fake-org/virtual-timer.js';
import { makeUser } from './fake-org-helpers.js';

const ORIGIN = 'https://acme.okta.com';
const servers: FakeOrgServer[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

function makeUsers(count: number): OktaUser[] {
  return Array.from({ length: count }, (_, index) =>
    makeUser(`00u${String(index).padStart(6, '0')}`, 'ACTIVE', '2026-01-01T00:00:00.000Z'),
  );
}

function get(org: FakeOrg, path = '/api/v1/users?limit=1'): Promise<Response> {
  const headers = { Authorization: `SSWS ${org.token}` };

  return handleRequest(org, new Request(`${ORIGIN}${path}`, { headers }));
}

/** The most requests that fell in any 60-second stretch. */
function busiestMinute(timesMs: readonly number[]): number {
  const sorted = [...timesMs].sort((a, b) => a - b);
  let busiest = 0;
  let start = 0;

  for (let end = 0; end < sorted.length; end += 1) {
    while ((sorted[end] ?? 0) - (sorted[start] ?? 0) >= 60_000) {
      start += 1;
    }

    busiest = Math.max(busiest, end - start + 1);
  }

  return busiest;
}

describe('fake org rate limits', () => {
  describe('when a minute brings more requests than the budget', () => {
    it('answers the one past the limit with a real 429 until the window resets', async () => {
      const timer = createVirtualTimer();
      const org = createFakeOrg({ users: makeUsers(1), clock: timer, rateLimitPerMinute: 5 });

      const answers = [];
      for (let index = 0; index < 6; index += 1) {
        answers.push(await get(org));
      }
      timer.advance(60_000);
      const afterReset = await get(org);

      const last = answers.at(-1) as Response;
      expect(answers.slice(0, 5).map((response) => response.status)).toEqual([
        200, 200, 200, 200, 200,
      ]);
      expect(last.status).toBe(429);
      expect(await last.json()).toMatchObject({ errorCode: 'E0000047' });
      expect(last.headers.get('x-rate-limit-limit')).toBe('5');
      expect(last.headers.get('x-rate-limit-remaining')).toBe('0');
      expect(Number(last.headers.get('x-rate-limit-reset')) * 1000).toBeGreaterThan(
        timer.now().getTime() - 60_000,
      );
      expect(afterReset.status).toBe(200);
      expect(org.tooManyRequestsCount).toBe(1);
    });
  });

  describe('when more requests are in flight than the concurrency limit', () => {
    it('answers the extra one with a 429 whose limit is 0', async () => {
      const org = createFakeOrg({ users: makeUsers(1), concurrencyLimit: 2, latencyMs: 30 });

      const answers = await Promise.all([get(org), get(org), get(org)]);

      const statuses = answers.map((response) => response.status).sort();
      const refused = answers.find((response) => response.status === 429);
      expect(statuses).toEqual([200, 200, 429]);
      expect(refused?.headers.get('x-rate-limit-limit')).toBe('0');
      expect(refused?.headers.get('x-rate-limit-remaining')).toBe('0');
      expect(org.peakInFlight).toBe(3);
    });
  });

  describe('when a directory lists a 600/minute org at a 50% share over HTTP', () => {
    it('meets no 429 and never sends more than 300 requests in a minute', async () => {
      const timer = createVirtualTimer();
      const org = createFakeOrg({ users: makeUsers(700), clock: timer });
      const server = await serveFakeOrg(org);
      servers.push(server);
      const directory = createOktaDirectory({
        orgUrl: server.url,
        token: org.token,
        allowHttp: true,
        pageSize: 1,
        rateLimitShare: 0.5,
        rateBudgets: new RateBudgetRegistry(),
        timer,
      });
      let users = 0;

      for await (const page of directory.listUsers({ listing: 'current' })) {
        users += page.users.length;
      }

      expect(users).toBe(700);
      expect(org.tooManyRequestsCount).toBe(0);
      expect(org.requestCount).toBe(700);
      expect(busiestMinute(org.requestTimesMs)).toBeLessThanOrEqual(300);
      expect(directory.stats()).toMatchObject({ rateLimitHits: 0, retries: 0 });
      expect(directory.stats().pacingWaitMs).toBeGreaterThanOrEqual(120_000);
    });
  });
});
