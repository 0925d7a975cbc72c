import type { SyncErrorCode } from '../errors/sync-error.js';
import type { TokenRefusal } from './okta-failure.js';

/** How the error model treats one token refusal. */
export interface TokenRefusalRule {
  code: SyncErrorCode;
  /** What happened and what to do, without the request id. */
  message: string;
}

interface RefusalText {
  code: SyncErrorCode;
  what: string;
  advice: string;
}

const REFUSALS: Readonly<Record<string, RefusalText>> = {
  invalid_client: {
    code: 'ERR_OKTA_UNAUTHORIZED',
    what: "Okta refused the service app's signed assertion",
    advice:
      'the private key or the client id is wrong: check the client id, that the ' +
      "key's public half is registered on the app (with the same key id), and that " +
      'the app authenticates with public key / private key',
  },
  invalid_scope: {
    code: 'ERR_OKTA_FORBIDDEN',
    what: 'Okta refused the scopes the service app asked for',
    advice: "grant them on the app's Okta API Scopes tab, or ask for fewer with serviceApp.scopes",
  },
  unauthorized_client: {
    code: 'ERR_OKTA_UNAUTHORIZED',
    what: 'Okta does not let this app use the client credentials flow',
    advice: 'use an API Services app with the Client Credentials grant',
  },
};

/**
 * Classifies a refused token request by its OAuth `error`, with a message
 * that says what to do. Okta's own description is quoted: it names the
 * problem and holds no secret.
 */
export function describeTokenRefusal(refusal: TokenRefusal): TokenRefusalRule {
  const text = REFUSALS[refusal.error] ?? {
    code: 'ERR_OKTA_UNAUTHORIZED',
    what: "Okta refused the service app's token request",
    advice: "check the service app's settings in the Admin Console",
  };
  const description = refusal.errorDescription ? `: ${refusal.errorDescription}` : '';

  return {
    code: text.code,
    message: `${text.what} (${refusal.error}${description}): ${text.advice}`,
  };
}
