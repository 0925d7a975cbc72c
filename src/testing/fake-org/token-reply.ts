import { randomBytes } from 'node:crypto';
import type { FakeOrg } from './fake-org.js';
import type { FakeReply } from './fake-reply.js';
import { verifyClientAssertion } from './fake-service-app.js';

const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/** Okta's default lifetime of an access token for its API: one hour. */
const EXPIRES_IN_SECONDS = 3600;

/**
 * Answers `POST /oauth2/v1/token` of the org authorization server for the
 * org's service app: `client_credentials` with a `private_key_jwt`
 * assertion signed by the app's registered key, and only granted scopes.
 * Refusals are OAuth error bodies, as Okta sends them.
 */
export function tokenReply(org: FakeOrg, url: URL, form: URLSearchParams): FakeReply {
  const app = org.serviceApp;

  if (form.get('grant_type') !== 'client_credentials') {
    return oauthError(400, 'unsupported_grant_type', 'The grant type is not supported.');
  }

  const assertion = form.get('client_assertion') ?? '';
  const tokenUrl = `${url.origin}${url.pathname}`;
  const problem =
    app === null || form.get('client_assertion_type') !== JWT_BEARER
      ? 'Client authentication failed. Either the client or the client credentials are invalid.'
      : verifyClientAssertion(assertion, { app, tokenUrl, nowMs: org.clock.now().getTime() });

  if (problem !== undefined) {
    return oauthError(401, 'invalid_client', problem);
  }

  return grant(org, (form.get('scope') ?? '').split(' ').filter(Boolean));
}

function grant(org: FakeOrg, scopes: string[]): FakeReply {
  const granted = org.serviceApp?.grantedScopes ?? [];
  const refused = scopes.filter((scope) => !granted.includes(scope));

  if (scopes.length === 0 || refused.length > 0) {
    const description =
      'One or more scopes are not configured for the authorization server resource.';

    return oauthError(400, 'invalid_scope', description);
  }

  const accessToken = randomBytes(24).toString('base64url');
  org.issueAccessToken(accessToken, scopes);

  return {
    status: 200,
    body: {
      token_type: 'Bearer',
      expires_in: EXPIRES_IN_SECONDS,
      access_token: accessToken,
      scope: scopes.join(' '),
    },
  };
}

function oauthError(status: number, error: string, description: string): FakeReply {
  return { status, body: { error, error_description: description } };
}
