import { MissingPeerError } from '../../errors/missing-peer-error.js';
import type { FakeOrg } from './fake-org.js';
import { handleRequest } from './handle-request.js';

/**
 * One msw 2 request handler made by {@link createFakeOrgHandlers}: pass it
 * to `setupServer` from `msw/node`, or to `server.use`.
 *
 * Note: this is `any` on purpose. msw is an optional peer, so naming its
 * `RequestHandler` here would break type-checking (TS2307) for every host
 * without msw; and msw's handler classes have private members, so no shape
 * of ours would be accepted by `setupServer` in their place. Cast to msw's
 * `RequestHandler` to look inside one.
 */
// biome-ignore lint/suspicious/noExplicitAny: msw's types may be absent; see above.
export type FakeOrgHandler = any;

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
): Promise<FakeOrgHandler[]> {
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
