import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors/config-error.js';
import type { OktaUser } from '../../src/okta/okta-user.js';
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

const USER_URL = `${USERS_URL}/:id`;

function createDirectory() {
  return createOktaDirectory({ ...isolatedTiming(), orgUrl: ORG_URL, token: TOKEN });
}

describe('createOktaDirectory().getUser', () => {
  describe('when the user exists', () => {
    it('returns the user-get.json fixture with its field values intact', async () => {
      const fixture = readFixture('user-get.json') as OktaUser;
      okta.server.use(http.get(USER_URL, () => oktaJson(fixture)));

      const user = await createDirectory().getUser(fixture.id);

      expect(user).toEqual(fixture);
      expect(user?.id).toBe('00ub0oNGTSWTBKOLGLNR');
      expect(user?.status).toBe(fixture.status);
      expect(user?.lastUpdated).toBe(fixture.lastUpdated);
      expect(user?.profile.email).toBe(fixture.profile.email);
      expect(user?.profile.firstName).toBe(fixture.profile.firstName);
      expect(okta.requests.map((request) => request.url)).toEqual([`${USERS_URL}/${fixture.id}`]);
    });
  });

  describe('when the id is a login', () => {
    it('encodes it into one path segment', async () => {
      okta.server.use(http.get(USER_URL, () => oktaJson(readFixture('user-get.json'))));

      await createDirectory().getUser('ada+test/x@example.com');

      expect(okta.requests[0]?.url).toBe(`${USERS_URL}/ada%2Btest%2Fx%40example.com`);
    });
  });

  describe('when Okta reports the user unknown (404 E0000007)', () => {
    it('returns null', async () => {
      okta.server.use(
        http.get(USER_URL, () => oktaError(404, readFixture('error-404-not-found.json'))),
      );

      await expect(createDirectory().getUser('00uGone')).resolves.toBeNull();
    });
  });

  describe('when a 404 does not come from Okta', () => {
    it('rejects rather than report the user gone', async () => {
      okta.server.use(
        http.get(
          USER_URL,
          () => new HttpResponse('Not Found', { status: 404, headers: oktaHeaders() }),
        ),
      );

      await expect(createDirectory().getUser('00u1')).rejects.toMatchObject({
        code: 'ERR_OKTA_NOT_FOUND',
        status: 404,
      });
    });
  });

  describe('when the user changes between two reads', () => {
    it('returns the fresh value each time, with no cache', async () => {
      const fixture = readFixture('user-get.json') as OktaUser;
      let status = 'ACTIVE';
      okta.server.use(http.get(USER_URL, () => oktaJson({ ...fixture, status })));
      const directory = createDirectory();

      const before = await directory.getUser(fixture.id);
      status = 'SUSPENDED';
      const after = await directory.getUser(fixture.id);

      expect(before?.status).toBe('ACTIVE');
      expect(after?.status).toBe('SUSPENDED');
      expect(okta.requests).toHaveLength(2);
      expect(directory.stats().requests).toBe(2);
    });
  });

  describe('when Okta refuses the read', () => {
    it('rejects with the mapped error', async () => {
      okta.server.use(
        http.get(USER_URL, () => oktaError(403, readFixture('error-403-access-denied.json'))),
      );

      await expect(createDirectory().getUser('00u1')).rejects.toMatchObject({
        code: 'ERR_OKTA_FORBIDDEN',
        oktaErrorCode: 'E0000006',
      });
    });
  });

  describe('when the body is not a user', () => {
    it('rejects with ERR_OKTA_UNEXPECTED_RESPONSE', async () => {
      okta.server.use(http.get(USER_URL, () => oktaJson([readFixture('user-get.json')])));

      await expect(createDirectory().getUser('00u1')).rejects.toMatchObject({
        code: 'ERR_OKTA_UNEXPECTED_RESPONSE',
      });
    });
  });

  describe('when the id cannot name a user', () => {
    it.each(['', '.', '..'])('rejects %j with a ConfigError and sends nothing', async (id) => {
      await expect(createDirectory().getUser(id)).rejects.toBeInstanceOf(ConfigError);
      expect(okta.requests).toHaveLength(0);
    });
  });
});
