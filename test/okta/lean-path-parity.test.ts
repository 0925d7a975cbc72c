import okta from '@okta/okta-sdk-nodejs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OktaUser } from '../../src/okta/okta-user.js';
import { createOktaDirectory } from '../../src/okta/sdk-okta-directory.js';
import { createFakeOrg, serveFakeOrg } from '../../src/testing/fake-org/index.js';

const org = createFakeOrg({ people: 650, seed: 'parity' });
let server: Awaited<ReturnType<typeof serveFakeOrg>>;

beforeAll(async () => {
  server = await serveFakeOrg(org);
});

afterAll(() => server.close());

interface Summary {
  id: string;
  status: string;
  email: unknown;
  lastUpdated: string;
}

/** What the engine reads of a user, comparable across both paths. */
function summarise(user: {
  id?: string;
  status?: unknown;
  profile?: unknown;
  lastUpdated?: unknown;
}): Summary {
  const lastUpdated =
    user.lastUpdated instanceof Date ? user.lastUpdated.toISOString() : user.lastUpdated;

  return {
    id: String(user.id),
    status: String(user.status),
    email: (user.profile as Record<string, unknown> | undefined)?.email ?? null,
    lastUpdated: String(lastUpdated),
  };
}

async function throughSdkIteration(filter?: string): Promise<Summary[]> {
  const client = new okta.Client({
    orgUrl: server.url,
    token: org.token,
    authorizationMode: 'SSWS',
    cacheMiddleware: null,
  });
  const users: Summary[] = [];
  const collection = await client.userApi.listUsers(
    filter ? { limit: 200, filter } : { limit: 200 },
  );

  for await (const user of collection) {
    // The SDK yields null for an empty page that still links onwards.
    if (user) users.push(summarise(user));
  }

  return users;
}

async function throughLeanPath(listing: 'current' | 'deprovisioned'): Promise<Summary[]> {
  const directory = createOktaDirectory({ orgUrl: server.url, token: org.token, allowHttp: true });
  const users: Summary[] = [];

  for await (const page of directory.listUsers({ listing })) {
    users.push(...page.users.map((user: OktaUser) => summarise(user)));
  }

  return users;
}

describe("the lean page path against the SDK's own listUsers iteration", () => {
  it('yields exactly the same people, in the same order, for the plain list', async () => {
    const lean = await throughLeanPath('current');
    const sdk = await throughSdkIteration();

    expect(lean.length).toBeGreaterThan(600);
    expect(lean).toEqual(sdk);
  });

  it('yields exactly the same DEPROVISIONED people', async () => {
    const lean = await throughLeanPath('deprovisioned');
    const sdk = await throughSdkIteration('status eq "DEPROVISIONED"');

    expect(lean.length).toBeGreaterThan(0);
    expect(lean).toEqual(sdk);
  });
});
