import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkClientCredentials } from '../../src/oidc/check-client-credentials.js';
import { orgUrlOfIssuer } from '../../src/oidc/issuer-url.js';
import { discoverOidcClient } from '../../src/oidc/oidc-client.js';
import { OidcDiscoveryError } from '../../src/oidc/oidc-error.js';
import { clientId, clientSecret, customIssuer, fakeOktaOidc, orgUrl } from './fake-okta-oidc.js';

const server = setupServer();

beforeAll(async () => {
  server.use(...(await fakeOktaOidc()).handlers);
  server.listen({ onUnhandledRequest: 'error' });
});

afterAll(() => server.close());

const discover = (issuer: string, secret = clientSecret) =>
  discoverOidcClient({ issuer, clientId, clientSecret: secret });

async function discoveryFailure(issuer: string): Promise<OidcDiscoveryError> {
  const error = await discover(issuer).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(OidcDiscoveryError);

  return error as OidcDiscoveryError;
}

describe('discoverOidcClient', () => {
  describe('when the issuer is the org authorization server', () => {
    it.each([orgUrl, `${orgUrl}/`])('accepts %s as an org issuer', async (issuer) => {
      const client = await discover(issuer);

      expect(client).toMatchObject({ issuer: orgUrl, orgUrl, kind: 'org', clientId });
    });
  });

  describe('when the issuer is a custom authorization server', () => {
    it('derives the org URL from it', async () => {
      const client = await discover(customIssuer);

      expect(client).toMatchObject({ issuer: customIssuer, orgUrl, kind: 'custom' });
    });

    it('accepts it pasted with a trailing slash (the trap openid-client falls into)', async () => {
      const client = await discover(`${customIssuer}/`);

      expect(client.issuer).toBe(customIssuer);
    });

    it('accepts the discovery URL pasted instead of the issuer', async () => {
      const client = await discover(`${customIssuer}/.well-known/openid-configuration`);

      expect(client.issuer).toBe(customIssuer);
    });
  });

  describe('when the issuer is wrong', () => {
    it('reports an unknown authorization server as not found', async () => {
      const error = await discoveryFailure(`${orgUrl}/oauth2/nope`);

      expect(error).toMatchObject({
        code: 'ERR_OIDC_DISCOVERY_FAILED',
        reason: 'issuer-not-found',
      });
    });

    it('reports a server that names another issuer, with that name', async () => {
      const error = await discoveryFailure(`${orgUrl}/oauth2/default`);

      expect(error.reason).toBe('issuer-mismatch');
      expect(error.discoveredIssuer).toBe(customIssuer);
    });

    it.each([
      ['a host outside Okta', 'https://evil.example.com'],
      ['plain http', 'http://acme.okta.com'],
      ['no URL at all', 'acme'],
    ])('refuses %s without a request', async (_, issuer) => {
      const error = await discoveryFailure(issuer);

      expect(error.reason).toBe('issuer-invalid');
      // The admin typed an issuer: the reason must not speak of an org URL.
      expect(error.message).toMatch(/^The issuer is not an Okta issuer URL: its? /);
      expect(error.message).not.toContain('The org URL');
    });
  });
});

describe('checkClientCredentials', () => {
  describe('when the client id and secret are right', () => {
    it('passes', async () => {
      expect(await checkClientCredentials(await discover(orgUrl))).toEqual({ ok: true });
    });
  });

  describe('when the secret is wrong', () => {
    it("reports Okta's invalid_client", async () => {
      const result = await checkClientCredentials(await discover(customIssuer, 'wrong'));

      expect(result).toEqual({
        ok: false,
        reason: 'client-rejected',
        description: 'The client secret supplied for a confidential client is invalid.',
      });
    });
  });
});

describe('orgUrlOfIssuer', () => {
  it('gives the org of a custom authorization server', () => {
    expect(orgUrlOfIssuer(`${customIssuer}/`)).toBe(orgUrl);
  });
});
