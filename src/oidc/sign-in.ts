import type { IDToken } from 'openid-client';
import { loadOpenidClient } from './load-openid-client.js';
import type { OidcClient } from './oidc-client.js';
import { SignInError } from './oidc-error.js';
import { toSignInError } from './sign-in-failure.js';

/** Options of {@link startSignIn}. */
export interface StartSignInOptions {
  /** A login redirect URI registered on the Okta app. */
  redirectUri: string;
  /** Scopes to ask for; `openid profile email` by default. */
  scope?: string;
}

/**
 * What the callback must be checked against. Keep it server-side (the
 * session) between the redirect and the callback; use it once.
 */
export interface PendingSignIn {
  /** The `state` sent with the redirect; the callback must return it. */
  state: string;
  /** The `nonce` the ID token must carry. */
  nonce: string;
  /** The PKCE code verifier; a secret, never sent to the browser. */
  codeVerifier: string;
  /** The redirect URI the sign-in started with. */
  redirectUri: string;
}

/** A started sign-in: where to send the browser, and what to keep. */
export interface SignInStart {
  /** Okta's authorization URL: redirect the browser to it. */
  url: string;
  /** What to keep in the session until the callback. */
  pending: PendingSignIn;
}

/** Who signed in, from the ID token's checked claims. */
export interface SignInClaims {
  /** The Okta user id (`sub`). */
  oktaId: string;
  /** The issuer that signed the ID token. */
  issuer: string;
  /** The `email` claim, when the `email` scope was granted; else null. */
  email: string | null;
  /** Okta's `email_verified`; null when the claim is absent. */
  emailVerified: boolean | null;
  /** The `name` claim, when the `profile` scope was granted; else null. */
  name: string | null;
  /** The Okta login, when the `profile` scope was granted. */
  preferredUsername: string | null;
}

/**
 * Builds the authorization URL of a sign-in with PKCE (S256), a fresh
 * state and a fresh nonce.
 */
export async function startSignIn(
  client: OidcClient,
  options: StartSignInOptions,
): Promise<SignInStart> {
  const oidc = await loadOpenidClient();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const pending = {
    state: oidc.randomState(),
    nonce: oidc.randomNonce(),
    codeVerifier,
    redirectUri: options.redirectUri,
  };
  const url = oidc.buildAuthorizationUrl(client.configuration, {
    redirect_uri: options.redirectUri,
    scope: options.scope ?? 'openid profile email',
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state: pending.state,
    nonce: pending.nonce,
  });

  return { url: url.href, pending };
}

/**
 * Completes a sign-in from the callback URL Okta redirected to: checks the
 * state, trades the code (with the PKCE verifier) for tokens, checks the
 * ID token's issuer, audience, expiry and nonce, and returns its claims.
 *
 * @throws SignInError naming why the callback was refused.
 */
export async function finishSignIn(
  client: OidcClient,
  callbackUrl: string | URL,
  pending: PendingSignIn,
): Promise<SignInClaims> {
  const oidc = await loadOpenidClient();

  try {
    const tokens = await oidc.authorizationCodeGrant(client.configuration, new URL(callbackUrl), {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });

    return toClaims(tokens.claims());
  } catch (error) {
    throw error instanceof SignInError ? error : toSignInError(error);
  }
}

function toClaims(token: IDToken | undefined): SignInClaims {
  if (token === undefined || typeof token.sub !== 'string' || token.sub === '') {
    throw new SignInError('claims-invalid', 'The ID token names no user');
  }

  return {
    oktaId: token.sub,
    issuer: token.iss,
    email: textClaim(token.email),
    emailVerified: typeof token.email_verified === 'boolean' ? token.email_verified : null,
    name: textClaim(token.name),
    preferredUsername: textClaim(token.preferred_username),
  };
}

function textClaim(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}
