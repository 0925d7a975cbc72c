import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { OktaRequestError } from '../../src/errors/okta-request-error.js';
import type { OktaDirectory } from '../../src/okta/okta-directory.js';
import type { OktaDirectoryOptions } from '../../src/okta/okta-directory-options.js';
import { createOktaDirectory } from '../../src/okta/sdk-okta-directory.js';
import {
  generateUsers,
  isolatedTiming,
  ORG_URL,
  oktaError,
  oktaHeaders,
  oktaJson,
  readFixture,
  TOKEN,
  USERS_URL,
  useOktaTestServer,
} from './okta-test-server.js';

const okta = useOktaTestServer();
const SERVER_ERROR = readFixture('error-500-internal.json');

function createDirectory(options: Partial<OktaDirectoryOptions> = {}): OktaDirectory {
  return createOktaDirectory({ ...isolatedTiming(), orgUrl: ORG_URL, token: TOKEN, ...options });
}

/** Answers the first `failures` requests with `fail()`, then two users. */
function failFirst(failures: number, fail: () => Response) {
  let calls = 0;

  okta.server.use(
    http.get(`${USERS_URL}*`, () => {
      calls += 1;

      return calls <= failures ? fail() : oktaJson(generateUsers(2));
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

function limitsAsked(): string[] {
  return okta.requests.map((request) => new URL(request.url).searchParams.get('limit') ?? '');
}

describe('createOktaDirectory() transient retries', () => {
  describe('when a list page answers 500 once', () => {
    it('asks again with half the limit and goes on', async () => {
      failFirst(1, () => oktaError(500, SERVER_ERROR));
      const directory = createDirectory();

      const users = await listAll(directory);

      expect(users).toHaveLength(2);
      expect(limitsAsked()).toEqual(['200', '100']);
      expect(directory.stats()).toMatchObject({ requests: 2, retries: 1, transientRetries: 1 });
    });
  });

  describe('when a list page keeps answering 500', () => {
    it('fails with a retryable ERR_OKTA_UNAVAILABLE once the retries run out', async () => {
      failFirst(100, () => oktaError(500, SERVER_ERROR));
      const directory = createDirectory({ maxRetries: 3 });

      const error = await catchListing(directory);

      expect(error.code).toBe('ERR_OKTA_UNAVAILABLE');
      expect(error.retryable).toBe(true);
      expect(limitsAsked()).toEqual(['200', '100', '50', '25']);
    });
  });

  describe('when a gateway answers 502 or 503 once', () => {
    it.each([502, 503, 504])('retries %s with the same limit', async (status) => {
      failFirst(1, () => new HttpResponse('<html>busy</html>', { status, headers: oktaHeaders() }));

      const users = await listAll(createDirectory());

      expect(users).toHaveLength(2);
      expect(limitsAsked()).toEqual(['200', '200']);
    });
  });

  describe('when the connection is reset once', () => {
    it('retries and goes on', async () => {
      failFirst(1, () => HttpResponse.error());
      const directory = createDirectory();

      const users = await listAll(directory);

      expect(users).toHaveLength(2);
      expect(directory.stats().transientRetries).toBe(1);
    });
  });

  describe('when a body breaks off mid-JSON once', () => {
    it('reads the page again', async () => {
      failFirst(1, () => new HttpResponse('[{"id":"00u1","prof', { headers: oktaHeaders() }));

      const users = await listAll(createDirectory());

      expect(users).toHaveLength(2);
      expect(okta.requests).toHaveLength(2);
    });
  });

  describe('when a body is never JSON', () => {
    it('gives up after the retries with ERR_OKTA_UNEXPECTED_RESPONSE', async () => {
      failFirst(100, () => new HttpResponse('<html>Sign in</html>', { headers: oktaHeaders() }));

      const error = await catchListing(createDirectory({ maxRetries: 2 }));

      expect(error.code).toBe('ERR_OKTA_UNEXPECTED_RESPONSE');
      expect(okta.requests).toHaveLength(3);
    });
  });

  describe('when reading one user answers 503 once', () => {
    it('retries it', async () => {
      const [user] = generateUsers(1);
      let calls = 0;
      okta.server.use(
        http.get(`${USERS_URL}/:id`, () => {
          calls += 1;

          return calls === 1 ? oktaError(503, SERVER_ERROR) : oktaJson(user);
        }),
      );

      expect(await createDirectory().getUser(user?.id ?? '')).toEqual(user);
      expect(calls).toBe(2);
    });
  });

  describe('when Okta refuses the request itself', () => {
    it.each([
      [400, 'error-400-api-validation.json', 'ERR_OKTA_INVALID_QUERY'],
      [401, 'error-401-invalid-token.json', 'ERR_OKTA_UNAUTHORIZED'],
      [403, 'error-403-access-denied.json', 'ERR_OKTA_FORBIDDEN'],
    ])('does not retry a %s', async (status, fixture, code) => {
      failFirst(100, () => oktaError(status, readFixture(fixture)));

      const error = await catchListing(createDirectory());

      expect(error.code).toBe(code);
      expect(okta.requests).toHaveLength(1);
    });
  });
});
