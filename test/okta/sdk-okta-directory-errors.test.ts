import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { OktaRequestError } from '../../src/errors/okta-request-error.js';
import type { SyncErrorCode } from '../../src/errors/sync-error.js';
import type { OktaDirectory } from '../../src/okta/okta-directory.js';
import { createOktaDirectory } from '../../src/okta/sdk-okta-directory.js';
import {
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

function createDirectory(maxRetries = 2): OktaDirectory {
  return createOktaDirectory({ ...isolatedTiming(), orgUrl: ORG_URL, token: TOKEN, maxRetries });
}

async function listFirstPage(directory: OktaDirectory) {
  for await (const page of directory.listUsers({ listing: 'current' })) {
    return page;
  }

  return undefined;
}

async function catchListingError(directory = createDirectory()): Promise<OktaRequestError> {
  const failure = await listFirstPage(directory).then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(failure).toBeInstanceOf(OktaRequestError);

  return failure as OktaRequestError;
}

function serveOnce(response: () => Response) {
  okta.server.use(http.get(USERS_URL, response, { once: true }));
}

function oktaBody(errorCode: string, errorSummary: string) {
  return { errorCode, errorSummary, errorLink: errorCode, errorId: 'oaeTestId', errorCauses: [] };
}

interface ErrorCase {
  fixture: string;
  body: unknown;
  status: number;
  code: SyncErrorCode;
  retryable: boolean;
}

const errorCases: ErrorCase[] = [
  ['error-400-api-validation.json', 400, 'ERR_OKTA_INVALID_QUERY', false],
  ['error-400-with-error-causes.json', 400, 'ERR_OKTA_INVALID_QUERY', false],
  ['error-401-invalid-token.json', 401, 'ERR_OKTA_UNAUTHORIZED', false],
  ['error-403-access-denied.json', 403, 'ERR_OKTA_FORBIDDEN', false],
  ['error-404-not-found.json', 404, 'ERR_OKTA_NOT_FOUND', false],
  ['error-429-too-many-requests.json', 429, 'ERR_OKTA_RATE_LIMITED', true],
  ['error-500-internal.json', 500, 'ERR_OKTA_UNAVAILABLE', true],
].map(([fixture, status, code, retryable]) => ({
  fixture: fixture as string,
  body: readFixture(fixture as string),
  status: status as number,
  code: code as SyncErrorCode,
  retryable: retryable as boolean,
}));

describe('createOktaDirectory() errors', () => {
  describe('when Okta answers with an error body fixture', () => {
    it.each(errorCases)('maps $fixture to $code', async (entry) => {
      const body = entry.body as { errorCode: string; errorId: string };
      serveOnce(() => oktaError(entry.status, entry.body, { 'X-Okta-Request-Id': 'req-42' }));

      const error = await catchListingError(createDirectory(0));

      expect(error.code).toBe(entry.code);
      expect(error.retryable).toBe(entry.retryable);
      expect(error.status).toBe(entry.status);
      expect(error.oktaErrorCode).toBe(body.errorCode);
      expect(error.oktaErrorId).toBe(body.errorId);
      expect(error.requestId).toBe('req-42');
      expect(error.message).toContain(body.errorCode);
      expect(error.message).toContain('req-42');
      expect(error.cause).toMatchObject({ status: entry.status });
    });
  });

  describe('when Okta gives error causes', () => {
    it('keeps them and quotes them in the message', async () => {
      serveOnce(() => oktaError(400, readFixture('error-400-with-error-causes.json')));

      const error = await catchListingError();

      const summary = 'login: An object with this field already exists in the current organization';
      expect(error.errorCauses).toEqual([{ errorSummary: summary }]);
      expect(error.message).toContain(summary);
    });
  });

  describe('when Okta refuses a query with a query error code', () => {
    it.each([
      ['E0000031', 'Invalid search criteria.'],
      ['E0000094', 'The provided filter is unsupported.'],
      ['E0000030', 'Bad request. Invalid date.'],
    ])('maps %s to ERR_OKTA_INVALID_QUERY', async (errorCode, summary) => {
      serveOnce(() => oktaError(400, oktaBody(errorCode, summary)));

      const error = await catchListingError();

      expect(error.code).toBe('ERR_OKTA_INVALID_QUERY');
      expect(error.oktaErrorCode).toBe(errorCode);
    });
  });

  describe('when Okta rejects the token', () => {
    it('says what to do and never shows the token', async () => {
      serveOnce(() => oktaError(401, readFixture('error-401-invalid-token.json')));

      const error = await catchListingError();

      expect(error.message).toMatch(
        /^Okta rejected the credentials \(E0000011\): check the API token is current/,
      );
      expect(error.message).toContain('pasted whole');
      expect(error.message).not.toContain(TOKEN);
      expect(String(error.cause)).not.toContain(TOKEN);
      expect(JSON.stringify(error)).not.toContain(TOKEN);
    });
  });

  describe('when a 429 arrives and retries are off', () => {
    it('keeps when to retry, from X-Rate-Limit-Reset minus Date', async () => {
      const fixture = readFixture('rate-limit-429.http.json') as {
        response: { status: number; headers: Record<string, string>; body: unknown };
      };
      const date = new Date((1609459200 - 30) * 1000).toUTCString();
      const headers = { ...fixture.response.headers, Date: date };
      serveOnce(() => oktaError(fixture.response.status, fixture.response.body, headers));

      const error = await catchListingError(createDirectory(0));

      expect(error.code).toBe('ERR_OKTA_RATE_LIMITED');
      expect(error.retryable).toBe(true);
      expect(error.retryAfterSeconds).toBe(30);
      expect(error.message).toContain('retry in 30 s');
    });
  });

  describe('when a gateway answers with an HTML error page', () => {
    it('maps it by status, without a body from Okta', async () => {
      serveOnce(
        () => new HttpResponse('<html>Bad gateway</html>', { status: 502, headers: oktaHeaders() }),
      );

      const error = await catchListingError(createDirectory(0));

      expect(error.code).toBe('ERR_OKTA_UNAVAILABLE');
      expect(error.status).toBe(502);
      expect(error.oktaErrorCode).toBeUndefined();
      expect(error.message).toContain('HTTP 502');
    });
  });

  describe('when the connection is reset', () => {
    it('maps it to a retryable ERR_OKTA_NETWORK', async () => {
      serveOnce(() => HttpResponse.error());

      const error = await catchListingError(createDirectory(0));

      expect(error.code).toBe('ERR_OKTA_NETWORK');
      expect(error.retryable).toBe(true);
      expect(error.status).toBeUndefined();
      expect(error.message).toMatch(/^Could not reach Okta/);
    });
  });

  describe('when a page body is not JSON', () => {
    it('maps it to ERR_OKTA_UNEXPECTED_RESPONSE', async () => {
      serveOnce(() => new HttpResponse('<html>Sign in</html>', { headers: oktaHeaders() }));

      const error = await catchListingError(createDirectory(0));

      expect(error.code).toBe('ERR_OKTA_UNEXPECTED_RESPONSE');
      expect(error.retryable).toBe(false);
      expect(error.status).toBe(200);
      expect(error.cause).toBeInstanceOf(SyntaxError);
    });
  });

  describe('when a page body is JSON but not a list of users', () => {
    it.each([
      ['an object', { users: [] }],
      ['a list of strings', ['00u1']],
      ['a user without a profile', [{ id: '00u1', status: 'ACTIVE' }]],
    ])('maps %s to ERR_OKTA_UNEXPECTED_RESPONSE', async (_, body) => {
      serveOnce(() => oktaJson(body));

      const error = await catchListingError();

      expect(error.code).toBe('ERR_OKTA_UNEXPECTED_RESPONSE');
    });
  });

  describe('when Okta answers with a redirect', () => {
    it('does not follow it', async () => {
      serveOnce(
        () =>
          new HttpResponse(null, {
            status: 302,
            headers: {
              Location: 'https://evil.example.com/api/v1/users',
              Date: new Date().toUTCString(),
            },
          }),
      );

      const error = await catchListingError();

      expect(error.code).toBe('ERR_OKTA_UNEXPECTED_RESPONSE');
      expect(error.status).toBe(302);
      expect(okta.requests).toHaveLength(1);
    });
  });
});
