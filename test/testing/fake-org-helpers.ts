import type { OktaUser } from '../../src/okta/okta-user.js';

/** Every page of a listing, fetched by following `rel="next"` links. */
export interface FollowedListing {
  users: OktaUser[];
  pages: Response[];
  /** Every `Link` URL the pages advertised. */
  links: string[];
}

/** Reads the URL of one relation from a (possibly joined) Link header. */
export function linkOf(response: Response, rel: 'self' | 'next'): string | null {
  const header = response.headers.get('link') ?? '';
  const match = new RegExp(`<([^>]+)>;\\s*rel="${rel}"`).exec(header);

  return match?.[1] ?? null;
}

/** Fetches a listing and follows its next links to the end. */
export async function followListing(firstUrl: string, token: string): Promise<FollowedListing> {
  const listing: FollowedListing = { users: [], pages: [], links: [] };
  let url: string | null = firstUrl;

  while (url !== null) {
    const response = await fetch(url, { headers: { Authorization: `SSWS ${token}` } });
    listing.pages.push(response);
    listing.users.push(...((await response.json()) as OktaUser[]));
    url = linkOf(response, 'next');
    listing.links.push(...[linkOf(response, 'self'), url].filter((link) => link !== null));
  }

  return listing;
}

/** Builds a minimal Okta user for hand-made orgs. */
export function makeUser(id: string, status: string, lastUpdated: string): OktaUser {
  return {
    id,
    status,
    lastUpdated,
    created: '2025-01-01T00:00:00.000Z',
    profile: {
      login: `${id}@example.com`,
      email: `${id}@example.com`,
      firstName: 'Ada',
      lastName: id,
    },
  };
}
