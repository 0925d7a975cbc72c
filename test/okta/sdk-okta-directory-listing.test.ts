import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import type { OktaRequestError } from '../../src/errors/okta-request-error.js';
import type { OktaDirectory, OktaUserPage } from '../../src/okta/okta-directory.js';
import type { OktaUser } from '../../src/okta/okta-user.js';
import { createOktaDirectory } from '../../src/okta/sdk-okta-directory.js';
import {
  generateUsers,
  isolatedTiming,
  ORG_URL,
  oktaJson,
  pagedUsersHandler,
  readFixture,
  TOKEN,
  USERS_URL,
  useOktaTestServer,
} from './okta-test-server.js';

const okta = useOktaTestServer();

function createDirectory(): OktaDirectory {
  return createOktaDirectory({ ...isolatedTiming(), orgUrl: ORG_URL, token: TOKEN });
}

async function collectPages(pages: AsyncIterable<OktaUserPage>): Promise<OktaUserPage[]> {
  const collected: OktaUserPage[] = [];

  for await (const page of pages) {
    collected.push(page);
  }

  return collected;
}

async function catchError(pages: AsyncIterable<OktaUserPage>): Promise<OktaRequestError> {
  const error = await collectPages(pages).then(
    () => undefined,
    (failure: unknown) => failure,
  );
  expect(error).toBeDefined();

  return error as OktaRequestError;
}

interface FixtureUser {
  source: string;
  user: OktaUser;
}

function fixtureUsers(): FixtureUser[] {
  const appUsers = readFixture('app-users-list.json') as { _embedded: { user: OktaUser } }[];
  const httpPage = readFixture('users-list-page.http.json') as { response: { body: OktaUser[] } };
  const lists = {
    'users-list-page-current.json': readFixture('users-list-page-current.json') as OktaUser[],
    'users-list-filter-locked-out.json': readFixture(
      'users-list-filter-locked-out.json',
    ) as OktaUser[],
    'users-list-page.http.json': httpPage.response.body,
    'app-users-list.json _embedded.user': appUsers.map((appUser) => appUser._embedded.user),
    'user-get.json': [readFixture('user-get.json') as OktaUser],
  };

  return Object.entries(lists).flatMap(([source, users]) =>
    users.map((user, index) => ({ source: `${source} #${index}`, user })),
  );
}

describe('createOktaDirectory().listUsers', () => {
  describe('when Okta lists the users of the fixtures', () => {
    const cases = fixtureUsers();

    it.each(cases)('delivers $source with its field values intact', async ({ user }) => {
      okta.server.use(http.get(USERS_URL, () => oktaJson([structuredClone(user)])));

      const [page] = await collectPages(createDirectory().listUsers({ listing: 'current' }));
      const delivered = page?.users[0];

      expect(page?.users).toHaveLength(1);
      expect(delivered).toEqual(user);
      expect(delivered?.id).toBe(user.id);
      expect(delivered?.status).toBe(user.status);
      expect(delivered?.lastUpdated).toBe(user.lastUpdated);
      expect(typeof delivered?.lastUpdated).toBe('string');
      expect(delivered?.profile.email).toBe(user.profile.email);
      expect(delivered?.profile.firstName).toBe(user.profile.firstName);
      expect(delivered?.profile.lastName).toBe(user.profile.lastName);
      expect(delivered?.profile.login).toBe(user.profile.login);
    });

    it('covers every fixture that holds users', () => {
      expect(cases.map((entry) => entry.source)).toEqual([
        'users-list-page-current.json #0',
        'users-list-filter-locked-out.json #0',
        'users-list-page.http.json #0',
        'users-list-page.http.json #1',
        'app-users-list.json _embedded.user #0',
        'user-get.json #0',
      ]);
    });
  });

  describe("when a page carries Okta's published Link header lines", () => {
    it('follows the next link and stops on a page without one', async () => {
      const fixture = readFixture('users-list-page.http.json') as {
        response: { headers: { Link: string[] }; body: OktaUser[] };
      };
      const links = fixture.response.headers.Link.map((line) =>
        line.replaceAll('{yourOktaDomain}', 'acme.okta.com'),
      );
      okta.server.use(
        http.get(USERS_URL, ({ request }) => {
          if (new URL(request.url).searchParams.has('after')) {
            return oktaJson([]);
          }

          const headers = new Headers({ Date: new Date().toUTCString() });
          for (const link of links) {
            headers.append('Link', link);
          }

          return HttpResponse.json(fixture.response.body, { headers });
        }),
      );

      const pages = await collectPages(createDirectory().listUsers({ listing: 'current' }));

      expect(pages.map((page) => page.users.length)).toEqual([2, 0]);
      expect(pages[0]?.next).toBe(`${USERS_URL}?after=00ud4tVDDXYVKPXKVLCO&limit=200`);
      expect(pages[1]?.next).toBeNull();
      expect(okta.requests.map((request) => request.url)).toEqual([
        `${USERS_URL}?limit=200`,
        `${USERS_URL}?after=00ud4tVDDXYVKPXKVLCO&limit=200`,
      ]);
    });
  });

  describe('when 450 users span 3 pages', () => {
    const users = generateUsers(450);

    it('delivers every user in order with exactly 3 requests', async () => {
      okta.server.use(pagedUsersHandler(users, 200));
      const directory = createDirectory();

      const pages = await collectPages(directory.listUsers({ listing: 'current' }));

      expect(pages.map((page) => page.users.length)).toEqual([200, 200, 50]);
      expect(pages.flatMap((page) => page.users)).toEqual(users);
      expect(okta.requests).toHaveLength(3);
      expect(directory.stats()).toMatchObject({ requests: 3, retries: 0, rateLimitWaitMs: 0 });
    });

    it('gives absolute next links on the org, and null after the last page', async () => {
      okta.server.use(pagedUsersHandler(users, 200));

      const pages = await collectPages(createDirectory().listUsers({ listing: 'current' }));

      expect(pages.map((page) => page.next)).toEqual([
        `${USERS_URL}?after=${users[199]?.id}&limit=200`,
        `${USERS_URL}?after=${users[399]?.id}&limit=200`,
        null,
      ]);
    });
  });

  describe('when the caller is still applying a page', () => {
    const users = generateUsers(450);

    it('has already asked Okta for the next page, and for no more', async () => {
      okta.server.use(pagedUsersHandler(users, 200));
      const pages = createDirectory().listUsers({ listing: 'current' })[Symbol.asyncIterator]();

      const first = await pages.next();
      await new Promise((resolve) => setTimeout(resolve, 50));
      const askedWhileApplying = okta.requests.length;
      const rest = [await pages.next(), await pages.next(), await pages.next()];

      expect(first.value?.users).toHaveLength(200);
      expect(askedWhileApplying).toBe(2);
      expect(rest.map((result) => result.done)).toEqual([false, false, true]);
      expect(okta.requests).toHaveLength(3);
    });

    it('fails on a broken next page only when the caller reaches it', async () => {
      okta.server.use(
        http.get(USERS_URL, ({ request }) =>
          new URL(request.url).searchParams.has('after')
            ? HttpResponse.json({ not: 'a list' })
            : oktaJson(users.slice(0, 200), { self: request.url, next: `${USERS_URL}?after=x` }),
        ),
      );
      const pages = createDirectory().listUsers({ listing: 'current' })[Symbol.asyncIterator]();

      const first = await pages.next();
      await new Promise((resolve) => setTimeout(resolve, 50));

      expect(first.value?.users).toHaveLength(200);
      expect(okta.requests).toHaveLength(2);
      await expect(pages.next()).rejects.toMatchObject({ code: 'ERR_OKTA_UNEXPECTED_RESPONSE' });
    });
  });

  describe('when the listing is "current"', () => {
    it('asks for the plain list with limit=200 and no filter', async () => {
      okta.server.use(pagedUsersHandler(generateUsers(1), 200));

      await collectPages(createDirectory().listUsers({ listing: 'current' }));

      const url = new URL(okta.requests[0]?.url ?? '');
      expect(url.pathname).toBe('/api/v1/users');
      expect([...url.searchParams]).toEqual([['limit', '200']]);
    });
  });

  describe('when the listing is "deprovisioned"', () => {
    it('sends the URL-encoded DEPROVISIONED status filter, on every page', async () => {
      okta.server.use(pagedUsersHandler(generateUsers(3), 2));
      const directory = createOktaDirectory({
        ...isolatedTiming(),
        orgUrl: ORG_URL,
        token: TOKEN,
        pageSize: 2,
      });

      await collectPages(directory.listUsers({ listing: 'deprovisioned' }));

      const [first, second] = okta.requests.map((request) => new URL(request.url));
      expect(first?.search).toBe('?filter=status+eq+%22DEPROVISIONED%22&limit=2');
      expect(second?.searchParams.get('filter')).toBe('status eq "DEPROVISIONED"');
    });
  });

  describe('when resuming from a next link', () => {
    it('continues from that page', async () => {
      const users = generateUsers(5);
      okta.server.use(pagedUsersHandler(users, 2));
      const resumeFrom = `${USERS_URL}?after=${users[1]?.id}&limit=2`;

      const pages = await collectPages(
        createDirectory().listUsers({ listing: 'current', resumeFrom }),
      );

      expect(okta.requests[0]?.url).toBe(resumeFrom);
      expect(pages.flatMap((page) => page.users)).toEqual(users.slice(2));
    });
  });

  describe('when the resume cursor does not belong to the listing', () => {
    it.each([
      ['another host', 'https://evil.example.com/api/v1/users?after=00u1', 'current'],
      ['another scheme', 'http://acme.okta.com/api/v1/users?after=00u1', 'current'],
      ['user info', 'https://x:y@acme.okta.com/api/v1/users?after=00u1', 'current'],
      ['another path', `${ORG_URL}/api/v1/groups?after=00u1`, 'current'],
      [
        'another listing',
        `${USERS_URL}?after=00u1&filter=status+eq+%22DEPROVISIONED%22`,
        'current',
      ],
      ['a missing filter', `${USERS_URL}?after=00u1`, 'deprovisioned'],
      ['no URL at all', '00u1', 'current'],
    ] as const)('refuses %s without sending a request', async (_, resumeFrom, listing) => {
      const error = await catchError(createDirectory().listUsers({ listing, resumeFrom }));

      expect(error.code).toBe('ERR_OKTA_UNEXPECTED_RESPONSE');
      expect(error.message).toMatch(/^The resume cursor .*: start the listing again/);
      expect(okta.requests).toHaveLength(0);
    });
  });

  describe('when a next link points at another host', () => {
    it('fails with ERR_OKTA_UNEXPECTED_RESPONSE and never follows it', async () => {
      okta.server.use(
        http.get(USERS_URL, () =>
          oktaJson(generateUsers(1), { next: 'https://evil.example.com/api/v1/users?after=1' }),
        ),
      );

      const error = await catchError(createDirectory().listUsers({ listing: 'current' }));

      expect(error.code).toBe('ERR_OKTA_UNEXPECTED_RESPONSE');
      expect(error.retryable).toBe(false);
      expect(error.message).toContain("Okta's next link points at another host (evil.example.com)");
      expect(okta.requests).toHaveLength(1);
    });
  });

  describe('when a next link repeats the page it came from', () => {
    it('fails rather than loop forever', async () => {
      const self = `${USERS_URL}?limit=200`;
      okta.server.use(http.get(USERS_URL, () => oktaJson(generateUsers(1), { next: self })));

      const error = await catchError(createDirectory().listUsers({ listing: 'current' }));

      expect(error.code).toBe('ERR_OKTA_UNEXPECTED_RESPONSE');
      expect(okta.requests).toHaveLength(1);
    });
  });

  describe('when a page holds null items', () => {
    it('skips them', async () => {
      const [first, second] = generateUsers(2);
      okta.server.use(http.get(USERS_URL, () => oktaJson([null, first, null, second])));

      const [page] = await collectPages(createDirectory().listUsers({ listing: 'current' }));

      expect(page?.users).toEqual([first, second]);
    });
  });

  describe('when the signal is aborted between pages', () => {
    it('stops before requesting the next page', async () => {
      okta.server.use(pagedUsersHandler(generateUsers(5), 2));
      const controller = new AbortController();
      const seen: number[] = [];

      const listing = createOktaDirectory({
        ...isolatedTiming(),
        orgUrl: ORG_URL,
        token: TOKEN,
        pageSize: 2,
      }).listUsers({ listing: 'current', signal: controller.signal });
      const consume = async () => {
        for await (const page of listing) {
          seen.push(page.users.length);
          controller.abort();
        }
      };

      await expect(consume()).rejects.toMatchObject({ name: 'AbortError' });
      expect(seen).toEqual([2]);
      expect(okta.requests).toHaveLength(1);
    });
  });
});
