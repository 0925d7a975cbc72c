import { readFileSync } from 'node:fs';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDefaultMapper } from '../../src/mapping/default-mapper.js';
import type { DirectoryPerson } from '../../src/mapping/directory-person.js';
import { createOktaDirectory } from '../../src/okta/sdk-okta-directory.js';

const orgUrl = 'https://acme.okta.com';
const server = setupServer();
const mapper = createDefaultMapper();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));
}

const headers = {
  Date: new Date().toUTCString(),
  'X-Okta-Request-Id': 'fixture-request',
  'X-Rate-Limit-Limit': '600',
  'X-Rate-Limit-Remaining': '599',
  'X-Rate-Limit-Reset': String(Math.floor(Date.now() / 1000) + 60),
};

/** Serves `body` verbatim as the one page of Okta's plain user list. */
async function listThroughAdapterAndMapper(body: unknown[]): Promise<DirectoryPerson[]> {
  server.use(
    http.get(`${orgUrl}/api/v1/users`, ({ request }) => {
      const deprovisioned = new URL(request.url).searchParams.has('filter');
      return HttpResponse.json(deprovisioned ? [] : body, { headers });
    }),
  );
  const directory = createOktaDirectory({ orgUrl, token: 'fixture-token' });
  const people: DirectoryPerson[] = [];

  for await (const page of directory.listUsers({ listing: 'current' })) {
    for (const user of page.users) {
      const outcome = mapper.map(user, { tenantId: 't', now: new Date('2026-12-04T00:00:00Z') });
      expect(outcome.kind).toBe('person');
      if (outcome.kind === 'person') people.push(outcome.person);
    }
  }

  return people;
}

const person = (fields: Partial<DirectoryPerson>): DirectoryPerson => ({
  oktaId: '',
  email: '',
  fullName: '',
  team: null,
  jobTitle: null,
  managerRef: null,
  startDate: null,
  status: 'active',
  oktaUpdatedAt: null,
  employeeNumber: null,
  attributes: {},
  ...fields,
});

describe('Okta-published user payloads through the SDK adapter and the default mapper', () => {
  it('maps user-get.json', async () => {
    const people = await listThroughAdapterAndMapper([fixture('user-get.json')]);

    expect(people).toEqual([
      person({
        oktaId: '00ub0oNGTSWTBKOLGLNR',
        email: 'ada.fictional@example.com',
        login: 'ada.fictional@example.com',
        fullName: 'Ada Fictional',
        team: 'Engineering',
        jobTitle: 'Director',
        employeeNumber: '187',
        oktaUpdatedAt: '2013-07-02T21:36:25.344Z',
      }),
    ]);
  });

  it('maps users-list-page-current.json', async () => {
    const people = await listThroughAdapterAndMapper(
      fixture('users-list-page-current.json') as unknown[],
    );

    expect(people).toEqual([
      person({
        oktaId: '00u118oQYT4TBTemp0g4',
        email: 'alice.smith@example.com',
        login: 'alice.smith@example.com',
        fullName: 'Alice Smith',
        oktaUpdatedAt: '2022-05-05T18:15:44.000Z',
      }),
    ]);
  });

  it('maps users-list-filter-locked-out.json as an active employee', async () => {
    const people = await listThroughAdapterAndMapper(
      [fixture('users-list-filter-locked-out.json')].flat(),
    );

    expect(people).toEqual([
      person({
        oktaId: '00u3m5wrdPjJYUFb81d6',
        email: 'carol.sample@example.com',
        login: 'carol.sample@example.com',
        fullName: 'Carol Sample',
        oktaUpdatedAt: '2020-10-22T16:09:13.000Z',
      }),
    ]);
  });

  it('maps the users embedded in app-users-list.json', async () => {
    const appUsers = fixture('app-users-list.json') as { _embedded?: { user?: unknown } }[];
    const users = appUsers.flatMap((appUser) => appUser._embedded?.user ?? []);

    const people = await listThroughAdapterAndMapper(users);

    expect(people).toEqual([
      person({
        oktaId: '00u1dnq5S0CfjlkpABCD',
        email: 'saml.test@example.com',
        login: 'saml.test@example.com',
        fullName: 'Saml Test',
        oktaUpdatedAt: '2024-01-09T15:36:05.000Z',
      }),
    ]);
  });

  it('maps the page of users-list-page.http.json, STAGED as pending', async () => {
    const page = fixture('users-list-page.http.json') as { response: { body: unknown[] } };

    const people = await listThroughAdapterAndMapper(page.response.body);

    expect(people).toEqual([
      person({
        oktaId: '00ub0oNGTSWTBKOLGLNR',
        email: 'ada.fictional@example.com',
        login: 'ada.fictional@example.com',
        fullName: 'Ada Fictional',
        status: 'pending',
        oktaUpdatedAt: '2013-07-02T21:36:25.344Z',
      }),
      person({
        oktaId: '00ub0oNGTSWTBKOLGLNR',
        email: 'bob.placeholder@example.com',
        login: 'bob.placeholder@example.com',
        fullName: 'Bob Placeholder',
        oktaUpdatedAt: '2013-07-02T21:36:25.344Z',
      }),
    ]);
  });
});
