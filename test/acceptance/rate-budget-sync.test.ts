import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/adapters/memory/memory-sync-store.js';
import { createSyncEngine } from '../../src/engine/sync-engine.js';
import { RateBudgetRegistry } from '../../src/okta/rate-budget-registry.js';
import { createOktaDirectory } from '../../src/okta/sdk-okta-directory.js';
import type { FakeOrg } from '../../src/testing/fake-org/fake-org.js';
import {
  createFakeOrg,
  createVirtualTimer,
  type FakeOrgServer,
  serveFakeOrg,
} from '../../src/testing/fake-org/index.js';
import { oktaUser } from '../support/list-directory.js';

const servers: FakeOrgServer[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** The most requests that fell in any 60-second stretch. */
function busiestMinute(timesMs: readonly number[]): number {
  const sorted = [...timesMs].sort((a, b) => a - b);
  let busiest = 0;
  let start = 0;

  for (let end = 0; end < sorted.length; end += 1) {
    while ((sorted[end] ?? 0) - (sorted[start] ?? 0) >= 60_000) start += 1;
    busiest = Math.max(busiest, end - start + 1);
  }

  return busiest;
}

/**
 * A 600/minute fake org over real HTTP and a full sync at a 50% share, on
 * one virtual clock, so minutes of pacing pass in well under a second.
 */
async function syncUnderBudget(org: FakeOrg, timer: ReturnType<typeof createVirtualTimer>) {
  const server = await serveFakeOrg(org);
  servers.push(server);
  const directory = createOktaDirectory({
    orgUrl: server.url,
    token: org.token,
    allowHttp: true,
    pageSize: 1,
    rateLimitShare: 0.5,
    rateBudgets: new RateBudgetRegistry(),
    rateLimitPatienceMs: 90_000,
    maxRetries: 50,
    timer,
  });
  const engine = createSyncEngine({ store: createMemoryStore(), directory });

  return engine.fullSync({ tenantId: 'acme' });
}

describe('a full sync under the shared rate budget', () => {
  describe('when the org allows 600 requests a minute and the share is 50%', () => {
    it('meets no 429 and never sends more than 300 requests in a minute', async () => {
      const timer = createVirtualTimer();
      const users = Array.from({ length: 650 }, () => oktaUser());
      const org = createFakeOrg({ users, clock: timer });

      const report = await syncUnderBudget(org, timer);

      expect(report.status).toBe('succeeded');
      expect(report.counts.created).toBe(650);
      expect(org.tooManyRequestsCount).toBe(0);
      expect(busiestMinute(org.requestTimesMs)).toBeLessThanOrEqual(300);
      expect(report.okta.requests).toBe(651);
    });
  });

  describe("when Okta answers 429 for longer than the run's patience", () => {
    it('fails the run with the rate-limit code, marked retryable, never as bad credentials', async () => {
      const timer = createVirtualTimer();
      const org = createFakeOrg({ users: [oktaUser(), oktaUser()], clock: timer });
      org.injectFault({ kind: 'rate-limit', skip: 0, times: Number.POSITIVE_INFINITY });

      const report = await syncUnderBudget(org, timer);

      expect(report.status).toBe('failed');
      expect(report.error).toMatchObject({ code: 'ERR_OKTA_RATE_LIMITED', retryable: true });
      expect(report.counts.deactivated).toBe(0);
    });
  });
});
