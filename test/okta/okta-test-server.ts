import { readFileSync } from 'node:fs';
import { HttpResponse, http } from 'msw';
import { type SetupServer, setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { OktaDirectoryOptions } from '../../src/okta/okta-directory-options.js';
import type { OktaUser } from '../../src/okta/okta-user.js';
import { RateBudgetRegistry } from '../../src/okta/rate-budget-registry.js';
import { createVirtualTimer } from '../../src/testing/fake-org/virtual-timer.js';

/** The org every Okta test talks to; msw intercepts it, nothing leaves. */
export const ORG_URL = 'https://acme.okta.com';

/** A token shaped like a real one, so a leak into a message is visible. */
export const TOKEN = '00SecretTokenValue-xyz_0123456789abcdefABCDEF';

export const USERS_URL = `${ORG_URL}/api/v1/users`;

/**
 * A rate budget of the directory's own and a virtual timer, so no test
 * waits in real time or shares pacing with another test.
 */
export function isolatedTiming(): Pick<OktaDirectoryOptions, 'rateBudgets' | 'timer'> {
  return { rateBudgets: new RateBudgetRegistry(), timer: createVirtualTimer() };
}

/** Reads a JSON fixture from test/fixtures. */
export function readFixture(name: string): unknown {
  const url = new URL(`../fixtures/${name}`, import.meta.url);

  return JSON.parse(readFileSync(url, 'utf8'));
}

/** The headers Okta sends on every response. */
export function oktaHeaders(extra: Record<string, string> = {}): Headers {
  const nowSeconds = Math.floor(Date.now() / 1000);

  return new Headers({
    Date: new Date(nowSeconds * 1000).toUTCString(),
    'X-Rate-Limit-Limit': '600',
    'X-Rate-Limit-Remaining': '599',
    'X-Rate-Limit-Reset': String(nowSeconds + 60),
    'X-Okta-Request-Id': `req-${Math.random().toString(36).slice(2)}`,
    ...extra,
  });
}

/** A JSON response with Okta's headers and optional `self`/`next` links. */
export function oktaJson(body: unknown, links: { self?: string; next?: string | null } = {}) {
  const headers = oktaHeaders();

  if (links.self !== undefined) {
    headers.append('Link', `<${links.self}>; rel="self"`);
  }

  if (typeof links.next === 'string') {
    headers.append('Link', `<${links.next}>; rel="next"`);
  }

  return HttpResponse.json(body as Record<string, unknown>, { headers });
}

/** An Okta error response. */
export function oktaError(status: number, body: unknown, extra: Record<string, string> = {}) {
  const headers = oktaHeaders(extra);

  return HttpResponse.json(body as Record<string, unknown>, { status, headers });
}

/** `count` distinct users, in id order. */
export function generateUsers(count: number): OktaUser[] {
  return Array.from({ length: count }, (_, index) => {
    const n = String(index).padStart(5, '0');

    return {
      id: `00u${n}ABCDEFGHIJKLMN`,
      status: 'ACTIVE',
      lastUpdated: `2026-01-01T00:00:${String(index % 60).padStart(2, '0')}.000Z`,
      profile: { login: `user${n}@example.com`, email: `user${n}@example.com` },
    };
  });
}

/**
 * Serves `users` from GET /api/v1/users in pages of `pageSize`, with
 * absolute `next` links on the request's origin, as Okta does.
 */
export function pagedUsersHandler(users: readonly OktaUser[], pageSize: number) {
  return http.get(USERS_URL, ({ request }) => {
    const url = new URL(request.url);
    const after = url.searchParams.get('after');
    const start = after === null ? 0 : users.findIndex((user) => user.id === after) + 1;
    const page = users.slice(start, start + pageSize);
    const last = page.at(-1);
    const hasMore = start + pageSize < users.length && last !== undefined;
    const next = hasMore ? nextPageUrl(url, last.id) : null;

    return oktaJson(page, { self: url.href, next });
  });
}

function nextPageUrl(current: URL, after: string): string {
  const next = new URL(current.pathname, current.origin);
  next.searchParams.set('after', after);

  for (const [key, value] of current.searchParams) {
    if (key !== 'after') {
      next.searchParams.set(key, value);
    }
  }

  return next.href;
}

/** An msw server for one test file, with requests recorded. */
export interface OktaTestServer {
  server: SetupServer;
  /** Every request the server saw since the last test began. */
  requests: Request[];
}

/**
 * Starts msw for the current test file. Unhandled requests fail the test,
 * so nothing can reach a real host.
 */
export function useOktaTestServer(): OktaTestServer {
  const server = setupServer();
  const recorded: OktaTestServer = { server, requests: [] };

  server.events.on('request:start', ({ request }) => {
    // A clone, so a test can still read a body the handler consumed.
    recorded.requests.push(request.clone());
  });

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    recorded.requests.length = 0;
  });
  afterAll(() => server.close());

  return recorded;
}
