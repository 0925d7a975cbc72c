import { isSyncError } from '../../errors/sync-error.js';
import { authorize } from './authorize-request.js';
import type { FakeFault } from './fake-fault.js';
import type { FakeOrg } from './fake-org.js';
import type { FakeReply } from './fake-reply.js';
import { toFakeResponse } from './fake-response.js';
import {
  concurrencySnapshot,
  faultReply,
  faultSnapshot,
  tooManyRequestsReply,
} from './fault-reply.js';
import { oktaErrorBody } from './okta-error-body.js';
import { routeRead } from './route-read.js';
import { tokenReply } from './token-reply.js';

/**
 * Answers one request to a fake org the way Okta's API would, behind
 * `Authorization: SSWS <token>` or a service app's access token (see
 * `POST /oauth2/v1/token`), with Okta's error bodies and headers
 * (`Date`, `X-Okta-Request-Id`, `X-Rate-Limit-*`, `Link`). It enforces the
 * org's per-minute budget and concurrency limit with real 429s and plays
 * the injected faults. Framework-free: msw and the node:http server both
 * call it. A dropped connection is answered as `Response.error()`.
 */
export async function handleRequest(org: FakeOrg, request: Request): Promise<Response> {
  const url = new URL(request.url);
  const faults = org.takeFaults(url.pathname);

  if (faults.some((fault) => fault.kind === 'revoke-token')) {
    org.revokeToken();
  }

  const admitted = org.enter();

  try {
    await waitRealMs(org.latencyMs + slowDelayMs(faults));

    const response = await answer(org, request, { url, admitted, faults });

    if (response.status === 429) {
      org.countTooManyRequests();
    }

    return response;
  } finally {
    org.leave();
  }
}

interface Arrival {
  url: URL;
  admitted: boolean;
  faults: FakeFault[];
}

async function answer(org: FakeOrg, request: Request, arrival: Arrival): Promise<Response> {
  const { url, admitted, faults } = arrival;
  const now = org.clock.now();
  const budget = org.recordRequest(request.method, `${url.pathname}${url.search}`);

  if (faults.some((fault) => fault.kind === 'reset-connection')) {
    return Response.error();
  }

  if (!admitted) {
    return toFakeResponse(tooManyRequestsReply(), concurrencySnapshot(now.getTime()), now);
  }

  const normal = budget.allowed ? await route(org, request, url) : tooManyRequestsReply();
  const fault = faults.find((candidate) => candidate.kind !== 'slow');

  if (fault === undefined) {
    return toFakeResponse(normal, budget, now);
  }

  const snapshot = faultSnapshot(fault, budget, now.getTime());

  return toFakeResponse(faultReply(fault, normal), snapshot, now);
}

function slowDelayMs(faults: readonly FakeFault[]): number {
  const slow = faults.filter((fault) => fault.kind === 'slow');

  return slow.reduce((total, fault) => total + (fault.delayMs ?? 0), 0);
}

// Latency is real time even under a virtual clock: it is what makes
// requests overlap, and what a client's timeout measures.
function waitRealMs(ms: number): Promise<void> {
  return ms <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, ms));
}

const TOKEN_PATH = '/oauth2/v1/token';

async function route(org: FakeOrg, request: Request, url: URL): Promise<FakeReply> {
  if (url.pathname === TOKEN_PATH && request.method === 'POST') {
    return tokenReply(org, url, new URLSearchParams(await request.text()));
  }

  const refusal = authorize(org, request, url.pathname);

  if (refusal !== undefined) {
    return refusal;
  }

  if (request.method !== 'GET') {
    const summary = 'The endpoint does not support the provided HTTP method';

    return { status: 405, body: oktaErrorBody('E0000022', summary) };
  }

  try {
    return routeRead(org, url);
  } catch (error) {
    if (isSyncError(error) && error.code === 'ERR_OKTA_INVALID_QUERY') {
      return {
        status: 400,
        body: oktaErrorBody('E0000031', 'Invalid search criteria.', [error.message]),
      };
    }

    throw error;
  }
}
