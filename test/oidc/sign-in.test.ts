import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/adapters/memory/memory-sync-store.js';
import { createSyncEngine } from '../../src/engine/sync-engine.js';
import { linkSignedInPerson } from '../../src/oidc/link-signed-in-person.js';
import { discoverOidcClient, type OidcClient } from '../../src/oidc/oidc-client.js';
import { SignInError } from '../../src/oidc/oidc-error.js';
import { finishSignIn, type SignInClaims, startSignIn } from '../../src/oidc/sign-in.js';
import { memoryDirectory, oktaUser } from '../hooks/memory-directory.js';
import {
  clientId,
  clientSecret,
  customIssuer,
  type FakeLogin,
  fakeOktaOidc,
  orgUrl,
} from './fake-okta-oidc.js';

const redirectUri = 'https://learn.example.com/okta/callback';
const server = setupServer();
let fake: Awaited<ReturnType<typeof fakeOktaOidc>>;

beforeAll(async () => {
  fake = await fakeOktaOidc();
  server.use(...fake.handlers);
  server.listen({ onUnhandledRequest: 'error' });
});

afterAll(() => server.close());

/** Starts a sign-in, lets "Okta" authorize it, and returns the callback URL. */
async function signInAt(client: OidcClient, login: FakeLogin, state?: string) {
  const started = await startSignIn(client, { redirectUri });
  const code = fake.authorize(started.url, login);
  const callback = new URL(redirectUri);
  callback.searchParams.set('code', code);
  callback.searchParams.set('state', state ?? started.pending.state);

  return { callback, pending: started.pending };
}

async function rejection(promise: Promise<unknown>): Promise<SignInError> {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(SignInError);

  return error as SignInError;
}

describe.each([
  ['the org authorization server', orgUrl],
  ['a custom authorization server', customIssuer],
])('sign-in through %s', (_, issuer) => {
  let client: OidcClient;

  beforeAll(async () => {
    client = await discoverOidcClient({ issuer, clientId, clientSecret });
  });

  describe('when the authorization URL is built', () => {
    it('asks for a code with PKCE S256, a state and a nonce', async () => {
      const { url, pending } = await startSignIn(client, { redirectUri });
      const params = new URL(url).searchParams;

      expect(
        url.startsWith(`${issuer === orgUrl ? `${orgUrl}/oauth2` : issuer}/v1/authorize`),
      ).toBe(true);
      expect(Object.fromEntries(params)).toMatchObject({
        client_id: clientId,
        response_type: 'code',
        redirect_uri: redirectUri,
        scope: 'openid profile email',
        code_challenge_method: 'S256',
        state: pending.state,
        nonce: pending.nonce,
      });
      expect(params.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    });

    it('uses a fresh state and nonce every time', async () => {
      const [first, second] = await Promise.all([
        startSignIn(client, { redirectUri }),
        startSignIn(client, { redirectUri }),
      ]);

      expect(first.pending.state).not.toBe(second.pending.state);
      expect(first.pending.nonce).not.toBe(second.pending.nonce);
    });
  });

  describe('when Okta redirects back as expected', () => {
    it("gives the ID token's claims", async () => {
      const login = { sub: '00uSIGNIN1', email: 'sam@example.com', emailVerified: true };
      const { callback, pending } = await signInAt(client, login);

      const claims = await finishSignIn(client, callback, pending);

      expect(claims).toEqual({
        oktaId: '00uSIGNIN1',
        issuer,
        email: 'sam@example.com',
        emailVerified: true,
        name: null,
        preferredUsername: null,
      });
    });
  });

  describe('when the callback is not the one started', () => {
    it('refuses a wrong state', async () => {
      const { callback, pending } = await signInAt(client, { sub: '00uX' }, 'forged-state');

      const error = await rejection(finishSignIn(client, callback, pending));

      expect(error).toMatchObject({ code: 'ERR_SIGN_IN_FAILED', reason: 'state-mismatch' });
    });

    it('refuses an ID token with a wrong nonce', async () => {
      const login = { sub: '00uX', nonceOverride: 'replayed-nonce' };
      const { callback, pending } = await signInAt(client, login);

      const error = await rejection(finishSignIn(client, callback, pending));

      expect(error.reason).toBe('nonce-mismatch');
    });

    it('refuses an error Okta sent back', async () => {
      const { pending } = await signInAt(client, { sub: '00uX' });
      const callback = new URL(redirectUri);
      callback.searchParams.set('error', 'access_denied');
      callback.searchParams.set('state', pending.state);

      const error = await rejection(finishSignIn(client, callback, pending));

      expect(error.reason).toBe('provider-error');
      expect(error.message).toContain('access_denied');
    });
  });

  describe('when the client secret is wrong', () => {
    it('refuses the sign-in as a rejected client', async () => {
      const wrong = await discoverOidcClient({ issuer, clientId, clientSecret: 'wrong' });
      const { callback, pending } = await signInAt(wrong, { sub: '00uX' });

      const error = await rejection(finishSignIn(wrong, callback, pending));

      expect(error.reason).toBe('client-rejected');
    });
  });
});

describe('linkSignedInPerson', () => {
  const claims = (overrides: Partial<SignInClaims>): SignInClaims => ({
    oktaId: '00uLINK1',
    issuer: orgUrl,
    email: 'pat@example.com',
    emailVerified: true,
    name: 'Pat',
    preferredUsername: null,
    ...overrides,
  });

  describe('when a person holds the Okta id', () => {
    it('links by Okta id, before any email match', async () => {
      const store = createMemoryStore();
      const engine = createSyncEngine({ store, directory: memoryDirectory() });
      await store.addHostPerson('t', { email: 'pat@example.com', fullName: 'Pat Host' });
      await store.savePeople('t', [writeOf('00uLINK1', 'other@example.com')]);

      const linked = await linkSignedInPerson({ store, tenantId: 't', claims: claims({}), engine });

      expect(linked).toMatchObject({ by: 'okta-id', person: { oktaId: '00uLINK1' } });
    });
  });

  describe('when only an unlinked host person has the email', () => {
    it('links by email when Okta verified it', async () => {
      const store = createMemoryStore();
      await store.addHostPerson('t', { email: 'Pat@Example.com', fullName: 'Pat Host' });

      const linked = await linkSignedInPerson({ store, tenantId: 't', claims: claims({}) });

      expect(linked).toMatchObject({ by: 'email', person: { fullName: 'Pat Host' } });
    });

    it('does not link an unverified email', async () => {
      const store = createMemoryStore();
      await store.addHostPerson('t', { email: 'pat@example.com', fullName: 'Pat Host' });

      const linked = await linkSignedInPerson({
        store,
        tenantId: 't',
        claims: claims({ emailVerified: false }),
      });

      expect(linked).toEqual({ person: null, by: 'none' });
    });
  });

  describe('when nobody matches', () => {
    it('creates the person just in time through the mapper', async () => {
      const store = createMemoryStore();
      const directory = memoryDirectory([oktaUser('00uLINK1', 'Consultant')]);
      const engine = createSyncEngine({ store, directory });

      const linked = await linkSignedInPerson({ store, tenantId: 't', claims: claims({}), engine });

      expect(linked).toMatchObject({
        by: 'just-in-time',
        person: { oktaId: '00uLINK1', jobTitle: 'Consultant', email: '00ulink1@example.com' },
      });
    });

    it('finds nobody without an engine', async () => {
      const store = createMemoryStore();

      const linked = await linkSignedInPerson({ store, tenantId: 't', claims: claims({}) });

      expect(linked).toEqual({ person: null, by: 'none' });
    });
  });
});

function writeOf(oktaId: string, email: string) {
  return {
    oktaId,
    email,
    fullName: 'Pat Okta',
    team: null,
    jobTitle: null,
    managerRef: null,
    managerOktaId: null,
    status: 'active' as const,
    startDate: null,
    oktaUpdatedAt: null,
    seenGeneration: 0,
  };
}
