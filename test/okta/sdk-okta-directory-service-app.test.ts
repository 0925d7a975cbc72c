import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors/config-error.js';
import { OktaRequestError } from '../../src/errors/okta-request-error.js';
import type { ServiceAppCredentials } from '../../src/okta/okta-credentials.js';
import type { OktaDirectoryOptions } from '../../src/okta/okta-directory-options.js';
import type { OktaOrgDirectory } from '../../src/okta/okta-org-directory.js';
import { createOktaDirectory } from '../../src/okta/sdk-okta-directory.js';
import { createFakeOrg } from '../../src/testing/fake-org/create-fake-org.js';
import { createFakeOrgHandlers } from '../../src/testing/fake-org/fake-org-handlers.js';
import type { FakeServiceApp } from '../../src/testing/fake-org/fake-service-app.js';
import { oktaUser } from '../support/list-directory.js';
import { isolatedTiming, ORG_URL, useOktaTestServer } from './okta-test-server.js';

const okta = useOktaTestServer();
const CLIENT_ID = '0oaServiceApp';

function makeKeys() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

  return {
    pem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    jwk: privateKey.export({ format: 'jwk' }),
    publicJwk: publicKey.export({ format: 'jwk' }),
  };
}

const registered = makeKeys();
const stranger = makeKeys();

async function serve(app: Partial<FakeServiceApp> = {}) {
  const users = [oktaUser({ id: '00u0' }), oktaUser({ id: '00u1' })];
  const org = createFakeOrg({
    users,
    serviceApp: { clientId: CLIENT_ID, publicKey: registered.publicJwk, ...app },
  });
  org.assignments.addGroup('00ga', 'Group A', ['00u1']);
  okta.server.use(...(await createFakeOrgHandlers(org, ORG_URL)));

  return org;
}

function directoryWith(
  credentials: Partial<ServiceAppCredentials> = {},
  extra: Partial<OktaDirectoryOptions> = {},
): OktaOrgDirectory {
  return createOktaDirectory({
    ...isolatedTiming(),
    orgUrl: ORG_URL,
    serviceApp: { clientId: CLIENT_ID, privateKey: registered.pem, keyId: 'key-1', ...credentials },
    ...extra,
  });
}

async function listIds(directory: OktaOrgDirectory): Promise<string[]> {
  const ids = [];

  for await (const page of directory.listUsers({ listing: 'current' })) {
    ids.push(...page.users.map((user) => user.id));
  }

  return ids;
}

async function catchListing(directory: OktaOrgDirectory): Promise<OktaRequestError> {
  const failure = await listIds(directory).then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(failure).toBeInstanceOf(OktaRequestError);

  return failure as OktaRequestError;
}

function tokenRequests(): Request[] {
  return okta.requests.filter((request) => request.url.endsWith('/oauth2/v1/token'));
}

describe('createOktaDirectory() with a service app', () => {
  describe('when the private key is PEM with a key id', () => {
    it('gets a token with a signed assertion, then reads with it', async () => {
      await serve();

      const ids = await listIds(directoryWith());

      const [tokenRequest] = tokenRequests();
      const form = new URLSearchParams(await tokenRequest?.text());
      const [header] = (form.get('client_assertion') ?? '').split('.');
      const listing = okta.requests.find((request) => request.url.includes('/api/v1/users'));
      expect(ids).toEqual(['00u0', '00u1']);
      expect(form.get('grant_type')).toBe('client_credentials');
      expect(form.get('scope')).toBe('okta.users.read');
      expect(JSON.parse(Buffer.from(header ?? '', 'base64url').toString())).toMatchObject({
        alg: 'RS256',
        kid: 'key-1',
      });
      expect(listing?.headers.get('authorization')).toMatch(/^Bearer \S+$/);
    });
  });

  describe('when the private key is a JWK, as an object or as JSON text', () => {
    it.each<[string, ServiceAppCredentials['privateKey']]>([
      ['an object', { ...registered.jwk, kid: 'key-1' }],
      ['JSON text', JSON.stringify(registered.jwk)],
    ])('reads with %s', async (_, privateKey) => {
      await serve();

      expect(await listIds(directoryWith({ privateKey }))).toEqual(['00u0', '00u1']);
    });
  });

  describe('when the key is not the registered one', () => {
    it('says the private key or the client id is wrong, and shows no key', async () => {
      await serve();

      const error = await catchListing(directoryWith({ privateKey: stranger.pem }));

      expect(error.code).toBe('ERR_OKTA_UNAUTHORIZED');
      expect(error.retryable).toBe(false);
      expect(error.oktaErrorCode).toBe('invalid_client');
      expect(error.message).toMatch(/the private key or the client id is wrong/);
      expect(error.message).toMatch(/signature is invalid/);
      expect(error.message).not.toContain('PRIVATE KEY');
      expect(okta.requests.some((request) => request.url.includes('/api/v1/'))).toBe(false);
    });
  });

  describe('when the client id is wrong', () => {
    it('says the same, naming the assertion Okta refused', async () => {
      await serve();

      const error = await catchListing(directoryWith({ clientId: '0oaSomeoneElse' }));

      expect(error.code).toBe('ERR_OKTA_UNAUTHORIZED');
      expect(error.message).toMatch(/^Okta refused the service app's signed assertion/);
    });
  });

  describe('when the app asks for scopes it was not granted', () => {
    it('fails as forbidden, saying where to grant them', async () => {
      await serve({ grantedScopes: ['okta.users.read'] });
      const directory = directoryWith({}, { scope: { kind: 'groups', groupIds: ['00ga'] } });

      const error = await catchListing(directory);

      expect(error.code).toBe('ERR_OKTA_FORBIDDEN');
      expect(error.message).toMatch(/Okta API Scopes tab/);
    });
  });

  describe('when team groups are asked for', () => {
    it('asks for okta.groups.read by default and reads the groups', async () => {
      await serve();
      const directory = directoryWith({}, { teamGroups: { groupIds: ['00ga'] } });
      const groups = [];

      for await (const page of directory.listUsers({ listing: 'current' })) {
        groups.push(...page.users.map((user) => user.groups));
      }

      expect(groups).toEqual([[], ['Group A']]);
    });
  });

  describe('when the token works but lacks a scope a check needs', () => {
    it('finds permission-missing naming the scope', async () => {
      await serve({ grantedScopes: ['okta.users.read'] });
      const directory = directoryWith(
        { scopes: ['okta.users.read'] },
        { scope: { kind: 'groups', groupIds: ['00ga'] } },
      );

      const findings = await directory.checkAccess();

      expect(findings.map((finding) => finding.code)).toEqual(['permission-missing']);
      expect(findings[0]?.action).toMatch(/grant the okta\.groups\.read scope/);
    });
  });

  describe('when the credentials are unusable', () => {
    it.each<[string, Partial<ServiceAppCredentials>, string]>([
      ['an empty client id', { clientId: '' }, 'serviceApp.clientId'],
      ['text that is no key', { privateKey: 'not a key' }, 'serviceApp.privateKey'],
      ['a public key', { privateKey: registered.publicJwk }, 'serviceApp.privateKey'],
      ['no scopes', { scopes: [] }, 'serviceApp.scopes'],
      ['a key id with a space', { keyId: 'two words' }, 'serviceApp.keyId'],
    ])('refuses %s naming %s', (_, credentials, field) => {
      const create = () => directoryWith(credentials);

      expect(create).toThrow(ConfigError);
      expect(create).toThrow(new RegExp(`^${field.replace('.', '\\.')}: `));
    });

    it('never repeats the key in the message', () => {
      const broken = registered.pem.replace('MII', 'XXX');

      expect(() => directoryWith({ privateKey: broken })).toThrow(/^serviceApp\.privateKey: use/);
      expect(() => directoryWith({ privateKey: broken })).not.toThrow(/XXX/);
    });

    it('refuses a token and a service app together', () => {
      const create = () =>
        createOktaDirectory({
          orgUrl: ORG_URL,
          token: 'token-1',
          serviceApp: { clientId: CLIENT_ID, privateKey: registered.pem },
        });

      expect(create).toThrow(/^token: give either token or serviceApp, not both/);
    });
  });
});
