import { describe, expect, it } from 'vitest';
import { rateBucketOf } from '../../src/okta/rate-bucket.js';
import { RateBudget } from '../../src/okta/rate-budget.js';
import { RateBudgetRegistry } from '../../src/okta/rate-budget-registry.js';
import { readRateLimit } from '../../src/okta/rate-limit-headers.js';
import { createVirtualTimer } from '../../src/testing/fake-org/virtual-timer.js';

const BUCKET = 'GET /api/v1/users';

function reading(limit: number, remaining: number, resetAtMs: number) {
  return { limit, remaining, resetAtMs };
}

describe('RateBudget', () => {
  describe('when the share of a window is used up', () => {
    it('holds the next request until the window ends', async () => {
      const timer = createVirtualTimer();
      const budget = new RateBudget(0.5, timer);
      const startMs = timer.now().getTime();
      budget.observe(BUCKET, reading(4, 3, startMs + 60_000));

      const waits = [];
      for (let index = 0; index < 3; index += 1) {
        waits.push(await budget.acquire(BUCKET));
      }

      expect(waits.slice(0, 2)).toEqual([0, 0]);
      expect(waits[2]).toBe(61_000);
    });
  });

  describe('when Okta reports the bucket spent', () => {
    it('pauses it until the reset even with share left', async () => {
      const timer = createVirtualTimer();
      const budget = new RateBudget(0.5, timer);
      const resetAtMs = timer.now().getTime() + 10_000;

      budget.observe(BUCKET, reading(600, 0, resetAtMs));

      expect(await budget.acquire(BUCKET)).toBe(11_000);
      expect(await budget.acquire('GET /api/v1/groups')).toBe(0);
    });
  });

  describe('when a concurrency 429 reports limit 0', () => {
    it('leaves the pace alone', async () => {
      const timer = createVirtualTimer();
      const budget = new RateBudget(0.5, timer);

      budget.observe(BUCKET, reading(0, 0, timer.now().getTime() + 60_000));

      expect(await budget.acquire(BUCKET)).toBe(0);
      expect(await budget.acquire(BUCKET)).toBe(0);
    });
  });
});

describe('RateBudgetRegistry', () => {
  describe('when two directories ask for one org', () => {
    it('gives both the same budget, at the smaller share', () => {
      const registry = new RateBudgetRegistry();
      const timer = createVirtualTimer();

      const first = registry.budgetFor('https://acme.okta.com', 0.5, timer);
      const second = registry.budgetFor('https://acme.okta.com', 0.25, timer);
      const other = registry.budgetFor('https://other.okta.com', 0.5, timer);

      expect(second).toBe(first);
      expect(first.share).toBe(0.25);
      expect(other).not.toBe(first);
    });
  });
});

describe('readRateLimit', () => {
  describe('when Okta and this machine disagree on the time', () => {
    it('places the reset by Okta’s Date header, not the local clock', () => {
      const headers = new Headers({
        Date: 'Fri, 01 Jan 2021 00:00:00 GMT',
        'X-Rate-Limit-Limit': '600',
        'X-Rate-Limit-Remaining': '12',
        'X-Rate-Limit-Reset': String(Date.parse('2021-01-01T00:00:30Z') / 1000),
      });

      expect(readRateLimit(headers, 5_000)).toEqual(reading(600, 12, 35_000));
    });
  });

  describe('when a header is missing or duplicated', () => {
    it.each([
      [{ 'X-Rate-Limit-Remaining': '1' }],
      [{ 'X-Rate-Limit-Limit': '600, 600', 'X-Rate-Limit-Remaining': '1' }],
    ])('reads nothing from %j', (fields) => {
      expect(readRateLimit(new Headers(fields), 0)).toBeUndefined();
    });
  });
});

describe('rateBucketOf', () => {
  it.each([
    ['https://acme.okta.com/api/v1/users?limit=200', 'GET /api/v1/users'],
    ['https://acme.okta.com/api/v1/users/00u1', 'GET /api/v1/users/{id}'],
    ['https://acme.okta.com/api/v1/users/00u1/groups', 'GET /api/v1/users/{id}/groups'],
    ['https://acme.okta.com/api/v1/apps/0oa1/users?limit=500', 'GET /api/v1/apps/*'],
    ['https://acme.okta.com/api/v1/apps/0oa1', 'GET /api/v1/apps/{id}'],
    ['https://acme.okta.com/api/v1/groups/00g1/users', 'GET /api/v1/groups/{id}/users'],
    ['https://acme.okta.com/oauth2/v1/token', 'GET /oauth2/v1/token'],
  ])('puts %s in %s', (url, bucket) => {
    expect(rateBucketOf('get', url)).toBe(bucket);
  });
});
