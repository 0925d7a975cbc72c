import type { OktaRequestError } from '../errors/okta-request-error.js';
import { findNextLink } from './link-header.js';
import { toOktaRequestError } from './okta-error.js';
import type { OktaJsonResponse } from './okta-http.js';
import { findCursorProblem } from './users-url.js';

/**
 * The next page's URL from a listing response's `Link` header, or null at
 * the end. A next link off the listing (another host or path, a changed
 * query) or one that repeats the page is refused, so a listing can never
 * be led elsewhere or into a loop.
 */
export function readNextPageUrl(
  response: OktaJsonResponse,
  firstUrl: string,
  url: string,
): string | null {
  const next = findNextLink(response.headers.get('link'));
  const problem = next === null ? undefined : findCursorProblem(next, firstUrl);

  if (problem !== undefined) {
    throw unusableResponse(response, `Okta's next link ${problem}`);
  }

  if (next === url) {
    throw unusableResponse(response, "Okta's next link repeats the page it came from");
  }

  return next;
}

/** The error for a response a listing cannot use. */
export function unusableResponse(response: OktaJsonResponse, problem: string): OktaRequestError {
  return toOktaRequestError({
    kind: 'unusable-response',
    problem,
    status: response.status,
    headers: response.headers,
  });
}
