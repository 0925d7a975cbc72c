import { createOktaDirectory, RateBudgetRegistry } from '@learnamp/okta-sync';
import okta from '@okta/okta-sdk-nodejs';

/** Where a floor reads from: a fake org's URL and token. */
export interface OrgEndpoint {
  url: string;
  token: string;
}

const NEXT_LINK = /<([^>]+)>;\s*rel="next"/;

/**
 * The plain floor: every page of `GET /api/v1/users?limit=200` with the
 * global `fetch` and `JSON.parse`, following `Link: rel="next"`. Resolves
 * to the users read.
 */
export async function readWithFetch(org: OrgEndpoint): Promise<number> {
  const headers = { authorization: `SSWS ${org.token}`, accept: 'application/json' };
  let url: string | undefined = `${org.url}/api/v1/users?limit=200`;
  let users = 0;

  while (url !== undefined) {
    const response = await fetch(url, { headers });
    const page = JSON.parse(await response.text()) as unknown[];

    users += page.length;
    url = NEXT_LINK.exec(response.headers.get('link') ?? '')?.[1];
  }

  return users;
}

/**
 * The SDK floor: the Okta SDK's own `listUsers` iteration, with its model
 * objects and no cache. Resolves to the users read.
 */
export async function readWithSdk(org: OrgEndpoint): Promise<number> {
  const client = new okta.Client({
    orgUrl: org.url,
    token: org.token,
    authorizationMode: 'SSWS',
    cacheMiddleware: null,
  });
  let users = 0;

  for await (const user of await client.userApi.listUsers({ limit: 200 })) {
    // The SDK yields null for an empty page that links onwards.
    if (user !== null) users += 1;
  }

  return users;
}

/**
 * The library's own listing without the engine: the directory's
 * `current` listing, paced and parsed as a sync reads it. Resolves to the
 * users read.
 */
export async function readWithDirectory(org: OrgEndpoint): Promise<number> {
  const directory = createOktaDirectory({
    orgUrl: org.url,
    token: org.token,
    allowHttp: true,
    rateBudgets: new RateBudgetRegistry(),
  });
  let users = 0;

  for await (const page of directory.listUsers({ listing: 'current' })) {
    users += page.users.length;
  }

  return users;
}
