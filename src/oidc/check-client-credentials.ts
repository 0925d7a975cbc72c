import { loadOpenidClient } from './load-openid-client.js';
import type { OidcClient } from './oidc-client.js';

/** What checking the client id and secret found. */
export type ClientCheck =
  | { ok: true }
  | {
      ok: false;
      /**
       * `client-rejected`: Okta refused the id or secret; `unexpected`:
       * anything else, such as Okta not answering.
       */
      reason: 'client-rejected' | 'unexpected';
      /** Okta's `error_description`, or the error's message. */
      description: string;
    };

// Okta's /revoke answers 200 for any token, valid or not, once the client
// has authenticated: a cheap credential check that needs no user.
const DUMMY_TOKEN = 'okta-sync-credential-check';

/**
 * Checks the client id and secret without a user: revokes a made-up token
 * with `client_secret_basic`. Okta answers 200 when the client
 * authenticated and 401 `invalid_client` when the id or secret is wrong.
 * Never rejects.
 */
export async function checkClientCredentials(client: OidcClient): Promise<ClientCheck> {
  const oidc = await loadOpenidClient();

  try {
    await oidc.tokenRevocation(client.configuration, DUMMY_TOKEN);

    return { ok: true };
  } catch (error) {
    return describeFailure(error);
  }
}

function describeFailure(error: unknown): ClientCheck {
  const fields = error instanceof Error ? (error as Error & Record<string, unknown>) : undefined;

  if (fields?.error === 'invalid_client') {
    const description = String(fields.error_description ?? 'invalid_client');

    return { ok: false, reason: 'client-rejected', description };
  }

  const description = error instanceof Error ? error.message : String(error);

  return { ok: false, reason: 'unexpected', description };
}
