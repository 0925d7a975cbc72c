import { readStringProperty, type TokenRefusal } from './okta-failure.js';
import type { ExecutorRequest, ExecutorResponse } from './paced-request-executor.js';
import { isTokenRequest } from './transient-retry.js';

/**
 * Reads a token request's OAuth error. The SDK caches such a body as if it
 * were a token and sends `Bearer undefined`, so Okta's reason would turn
 * into a plain 401; it is caught here instead. `use_dpop_nonce` is left to
 * the SDK, which answers it with a DPoP proof.
 */
export async function readTokenRefusal(
  response: ExecutorResponse,
  request: ExecutorRequest,
): Promise<TokenRefusal | undefined> {
  const refused = response.status >= 400 && response.status < 500 && response.status !== 429;

  if (!refused || !isTokenRequest(request) || response.clone === undefined) {
    return undefined;
  }

  const body = await response
    .clone()
    .text()
    .then((text): unknown => JSON.parse(text))
    .catch(() => undefined);
  const error = readStringProperty(body, 'error');

  if (error === undefined || error === 'use_dpop_nonce') {
    return undefined;
  }

  return {
    kind: 'token-refused',
    status: response.status,
    error,
    errorDescription: readStringProperty(body, 'error_description'),
    headers: response.headers,
  };
}
