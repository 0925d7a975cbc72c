import { generateKeyPairSync } from 'node:crypto';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { OktaRequestError } from '../../src/errors/okta-request-error.js';
import { createOktaDirectory } from '../../src/okta/sdk-okta-directory.js';
import {
  isolatedTiming,
  ORG_URL,
  oktaHeaders,
  readFixture,
  useOktaTestServer,
} from './okta-test-server.js';

const okta = useOktaTestServer();
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

/** Okta's token endpoint answering with one of the OAuth error fixtures. */
function tokenEndpointAnswers(fixture: string) {
  const { status, body } = readFixture(fixture) as {
    status: number;
    body: Record<string, unknown>;
  };
  okta.server.use(
    http.post(`${ORG_URL}/oauth2/v1/token`, () =>
      HttpResponse.json(body, { status, headers: oktaHeaders() }),
    ),
  );
}

async function listingError(): Promise<OktaRequestError> {
  const directory = createOktaDirectory({
    ...isolatedTiming(),
    orgUrl: ORG_URL,
    serviceApp: { clientId: '0oaServiceApp', privateKey: pem, keyId: 'key-1' },
  });
  const failure = await (async () => {
    for await (const _page of directory.listUsers({ listing: 'current' })) {
      // The token request fails before any page arrives.
    }
  })().then(
    () => undefined,
    (error: unknown) => error,
  );

  expect(failure).toBeInstanceOf(OktaRequestError);

  return failure as OktaRequestError;
}

describe('Okta OAuth error bodies for a service app', () => {
  it.each([
    'oauth-error-client-creds-org-as.DERIVED.json',
    'oauth-error-invalid-client-secret.DERIVED.json',
  ])('maps %s to the unauthorised code, saying the key or client id is wrong', async (fixture) => {
    tokenEndpointAnswers(fixture);

    const error = await listingError();

    expect(error.code).toBe('ERR_OKTA_UNAUTHORIZED');
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(/private key or the client id is wrong/);
    expect(error.message).not.toContain('PRIVATE KEY');
  });
});
