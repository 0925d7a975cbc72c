import { SignInError } from './oidc-error.js';

/**
 * Turns what openid-client threw during a callback into a coded
 * `SignInError`. Messages say what happened, never a token.
 */
export function toSignInError(error: unknown): SignInError {
  if (!(error instanceof Error)) {
    return new SignInError('token-invalid', 'The token response could not be used', error);
  }

  const fields = error as Error & Record<string, unknown>;

  if (fields.code === 'OAUTH_AUTHORIZATION_RESPONSE_ERROR') {
    const message = `Okta refused the sign-in (${String(fields.error ?? 'error')})`;
    return new SignInError('provider-error', message, error);
  }

  if (fields.error === 'invalid_client') {
    return new SignInError('client-rejected', 'Okta rejected the client id or secret', error);
  }

  if (fields.code === 'OAUTH_INVALID_RESPONSE' && mentions(error, 'state')) {
    return new SignInError('state-mismatch', 'The callback state does not match', error);
  }

  if (fields.code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' && claimOf(error) === 'nonce') {
    return new SignInError('nonce-mismatch', 'The ID token nonce does not match', error);
  }

  return new SignInError('token-invalid', 'The token response could not be used', error);
}

function mentions(error: Error, word: string): boolean {
  const inner = error.cause instanceof Error ? error.cause.message : '';

  return `${error.message} ${inner}`.includes(`"${word}"`);
}

function claimOf(error: Error): unknown {
  // openid-client wraps oauth4webapi's error, whose cause names the claim.
  const inner = error.cause instanceof Error ? error.cause.cause : error.cause;

  return typeof inner === 'object' && inner !== null && 'claim' in inner ? inner.claim : undefined;
}
