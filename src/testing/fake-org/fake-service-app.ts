import { createPublicKey, type KeyObject, verify } from 'node:crypto';
import type { JsonWebKeyObject } from '../../okta/json-web-key-object.js';

/** A service app a fake org accepts `private_key_jwt` assertions from. */
export interface FakeServiceApp {
  /** The app's client id: the `iss` and `sub` of its assertions. */
  clientId: string;
  /** The registered public key: PEM text or a public JWK. */
  publicKey: string | JsonWebKeyObject;
  /**
   * The scopes granted to the app; `okta.users.read`, `okta.groups.read`
   * and `okta.apps.read` by default.
   */
  grantedScopes?: readonly string[];
}

/** What `verifyClientAssertion` checks the assertion against. */
export interface AssertionCheck {
  app: FakeServiceApp;
  /** The token endpoint's URL: the assertion's audience. */
  tokenUrl: string;
  nowMs: number;
}

// JWS algorithms Okta accepts for private_key_jwt, as node:crypto names them.
const ALGORITHMS: Readonly<Record<string, { hash: string; ec: boolean }>> = {
  RS256: { hash: 'sha256', ec: false },
  RS384: { hash: 'sha384', ec: false },
  RS512: { hash: 'sha512', ec: false },
  ES256: { hash: 'sha256', ec: true },
  ES384: { hash: 'sha384', ec: true },
  ES512: { hash: 'sha512', ec: true },
};

/**
 * Checks a client assertion as Okta's token endpoint does: signed by the
 * app's registered key with an accepted algorithm, `iss` and `sub` the
 * client id, `aud` the token URL, not expired. Returns what is wrong, in
 * Okta's `error_description` style, or undefined when it holds.
 */
export function verifyClientAssertion(
  assertion: string,
  check: AssertionCheck,
): string | undefined {
  const [header, payload, signature] = assertion.split('.');
  const claims = decodePart(payload);
  const algorithm = ALGORITHMS[String(decodePart(header)?.alg)];

  if (header === undefined || signature === undefined || claims === undefined || !algorithm) {
    return 'The client_assertion is not a signed JWT.';
  }

  const data = Buffer.from(`${header}.${payload}`);
  const key = { key: loadPublicKey(check.app.publicKey), dsaEncoding: 'ieee-p1363' as const };

  if (!verify(algorithm.hash, data, key, Buffer.from(signature, 'base64url'))) {
    return 'The client_assertion signature is invalid.';
  }

  return findClaimProblem(claims, check);
}

function findClaimProblem(claims: Record<string, unknown>, check: AssertionCheck) {
  const { clientId } = check.app;

  if (claims.iss !== clientId || claims.sub !== clientId) {
    return 'The client_assertion token has an invalid issuer or subject.';
  }

  if (claims.aud !== check.tokenUrl) {
    return 'The audience claim for client_assertion must be the endpoint invoked for the request.';
  }

  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= check.nowMs) {
    return 'The client_assertion token is expired.';
  }

  return undefined;
}

function decodePart(part: string | undefined): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part ?? '', 'base64url').toString());

    return typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function loadPublicKey(key: string | JsonWebKeyObject): KeyObject {
  return typeof key === 'string' ? createPublicKey(key) : createPublicKey({ key, format: 'jwk' });
}
