import { createHash, randomUUID } from 'node:crypto';
import { generateKeyPair, SignJWT } from 'jose';
import { HttpResponse, http, type RequestHandler } from 'msw';
import { fixtureText } from '../hooks/hook-fixtures.js';

export const orgUrl = 'https://acme.okta.com';
export const customServerId = 'aus59pz16qgMvHvBS0g7';
export const customIssuer = `${orgUrl}/oauth2/${customServerId}`;
export const clientId = '0oa1exampleClient01';
export const clientSecret = 'right-client-secret';

/** Who "signs in" at the fake authorize endpoint, and what it puts in the ID token. */
export interface FakeLogin {
  sub: string;
  email?: string;
  emailVerified?: boolean;
  /** Signs this nonce instead of the one asked for. */
  nonceOverride?: string;
}

interface IssuedCode {
  login: FakeLogin;
  nonce: string;
  challenge: string;
  issuer: string;
}

/** The discovery document of a fixture, on acme.okta.com. */
function discoveryOf(fixture: string): Record<string, unknown> {
  return JSON.parse(fixtureText(fixture).replaceAll('{yourOktaDomain}', 'acme.okta.com'));
}

// RFC 6749 §2.3.1: the id and secret are form-encoded before Basic.
function basicAuthOk(request: Request): boolean {
  const header = request.headers.get('authorization') ?? '';
  const decoded = Buffer.from(header.replace(/^Basic /, ''), 'base64').toString('utf8');
  const [id = '', secret = ''] = decoded.split(':').map(formDecode);

  return header.startsWith('Basic ') && id === clientId && secret === clientSecret;
}

function formDecode(value: string): string {
  return decodeURIComponent(value.replaceAll('+', ' '));
}

const invalidClient = () => {
  const { status, body } = JSON.parse(
    fixtureText('oauth-error-invalid-client-secret.DERIVED.json'),
  );
  return HttpResponse.json(body, { status });
};

/** msw handlers of Okta's org and custom authorization servers. */
export async function fakeOktaOidc() {
  const { privateKey } = await generateKeyPair('RS256');
  const codes = new Map<string, IssuedCode>();
  const revoked: string[] = [];

  /** What the authorize endpoint does: remembers the request, returns a code. */
  const authorize = (authorizationUrl: string, login: FakeLogin): string => {
    const url = new URL(authorizationUrl);
    const code = randomUUID();
    const issuer = url.pathname.startsWith(`/oauth2/${customServerId}/`) ? customIssuer : orgUrl;
    codes.set(code, {
      login,
      nonce: url.searchParams.get('nonce') ?? '',
      challenge: url.searchParams.get('code_challenge') ?? '',
      issuer,
    });

    return code;
  };

  const token =
    (issuer: string) =>
    async ({ request }: { request: Request }) => {
      if (!basicAuthOk(request)) {
        return invalidClient();
      }

      const form = new URLSearchParams(await request.text());
      const issued = codes.get(form.get('code') ?? '');
      const verifier = form.get('code_verifier') ?? '';
      const challenge = createHash('sha256').update(verifier).digest('base64url');

      if (!issued || issued.challenge !== challenge || issued.issuer !== issuer) {
        return HttpResponse.json({ error: 'invalid_grant' }, { status: 400 });
      }

      codes.delete(form.get('code') ?? '');

      return HttpResponse.json({
        token_type: 'Bearer',
        expires_in: 3600,
        access_token: 'fake-access-token',
        scope: 'openid profile email',
        id_token: await signIdToken(issued),
      });
    };

  const signIdToken = (issued: IssuedCode) => {
    const { login } = issued;
    return new SignJWT({
      nonce: login.nonceOverride ?? issued.nonce,
      ...(login.email === undefined ? {} : { email: login.email }),
      ...(login.emailVerified === undefined ? {} : { email_verified: login.emailVerified }),
    })
      .setProtectedHeader({ alg: 'RS256', kid: 'test' })
      .setIssuer(issued.issuer)
      .setAudience(clientId)
      .setSubject(login.sub)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
  };

  const revoke = async ({ request }: { request: Request }) => {
    if (!basicAuthOk(request)) {
      return invalidClient();
    }

    revoked.push(new URLSearchParams(await request.text()).get('token') ?? '');

    return new HttpResponse(null, { status: 200 });
  };

  const handlers: RequestHandler[] = [
    http.get(`${orgUrl}/.well-known/openid-configuration`, () =>
      HttpResponse.json(discoveryOf('oidc-discovery-org-as.json')),
    ),
    http.get(`${customIssuer}/.well-known/openid-configuration`, () =>
      HttpResponse.json(discoveryOf('oidc-discovery-custom-as.json')),
    ),
    // A server whose discovery names another issuer: the mix-up trap.
    http.get(`${orgUrl}/oauth2/default/.well-known/openid-configuration`, () =>
      HttpResponse.json(discoveryOf('oidc-discovery-custom-as.json')),
    ),
    http.get(`${orgUrl}/oauth2/:id/.well-known/openid-configuration`, () =>
      HttpResponse.json(
        {
          errorCode: 'E0000007',
          errorSummary: 'Not found: Resource not found: nope (AuthorizationServer)',
        },
        { status: 404 },
      ),
    ),
    http.post(`${orgUrl}/oauth2/v1/token`, token(orgUrl)),
    http.post(`${customIssuer}/v1/token`, token(customIssuer)),
    http.post(`${orgUrl}/oauth2/v1/revoke`, revoke),
    http.post(`${customIssuer}/v1/revoke`, revoke),
  ];

  return { handlers, authorize, revoked };
}
