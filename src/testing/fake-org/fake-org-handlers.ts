import type { RequestHandler } from 'msw';
import { MissingPeerError } from '../../errors/missing-peer-error.js';
import type { FakeOrg } from './fake-org.js';
import { handleRequest } from './handle-request.js';

/**
 * msw 2 handlers that answer for a fake org. With an origin such as
 * `https://acme.okta.com` they intercept that origin only; with `'*'` (the
 * default) every origin. Use them with `setupServer` from `msw/node` and
 * `onUnhandledRequest: 'error'`, so nothing leaves the machine.
 *
 * @throws MissingPeerError when the optional peer `msw` is not installed.
 */
export async function createFakeOrgHandlers(
  org: FakeOrg,
  baseUrl = '*',
): Promise<RequestHandler[]> {
  const { http } = await loadMsw();
  const pattern = baseUrl === '*' ? '*' : `${new URL(baseUrl).origin}/*`;

  return [http.all(pattern, ({ request }) => handleRequest(org, request))];
}

async function loadMsw(): Promise<typeof import('msw')> {
  try {
    return await import('msw');
  } catch (error) {
    throw new MissingPeerError('msw', 'The fake org msw handlers', error);
  }
}
