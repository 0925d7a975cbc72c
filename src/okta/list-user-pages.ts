import type { ListingSource } from './listing-plan.js';
import type { OktaUserPage } from './okta-directory.js';
import { toOktaRequestError } from './okta-error.js';
import type { OktaConnection } from './okta-http.js';
import { readUserPage } from './read-user-page.js';
import { findCursorProblem } from './users-url.js';

/** Where a listing resumes, and what stops it. */
export interface ListingCursor {
  resumeFrom?: string;
  signal?: AbortSignal;
}

/** Where to start: the source to read first, and the URL of its first page. */
interface Start {
  index: number;
  url: string;
}

/**
 * Streams the sources of a listing one after another, page by page, each
 * page fetched only when the caller asks for it. A source's last page
 * points `next` at the following source, so any page's `next` resumes the
 * listing. When several sources may list one person (groups sharing
 * members), each person is yielded once.
 *
 * Note: a resumed listing has forgotten who it yielded before, so a person
 * in two groups may come again; the engine's writes are idempotent.
 */
export async function* listUserPages(
  connection: OktaConnection,
  sources: readonly ListingSource[],
  options: ListingCursor,
): AsyncGenerator<OktaUserPage, void, undefined> {
  const start = findStart(sources, options.resumeFrom);
  const seen = sources.length > 1 ? new Set<string>() : undefined;

  for (let index = start.index; index < sources.length; index += 1) {
    const source = sources[index] as ListingSource;
    let url: string | null = index === start.index ? start.url : source.firstUrl;

    while (url !== null) {
      options.signal?.throwIfAborted();

      const page = await readUserPage(connection, source, url);
      url = page.next;
      const next = page.next ?? sources[index + 1]?.firstUrl ?? null;
      yield withoutSeen({ ...page, next }, seen);
    }
  }
}

function withoutSeen(page: OktaUserPage, seen: Set<string> | undefined): OktaUserPage {
  if (seen === undefined) {
    return page;
  }

  const users = page.users.filter((user) => !seen.has(user.id));

  for (const user of users) {
    seen.add(user.id);
  }

  return { ...page, users };
}

function findStart(sources: readonly ListingSource[], resumeFrom: string | undefined): Start {
  if (resumeFrom === undefined) {
    return { index: 0, url: sources[0]?.firstUrl ?? '' };
  }

  const index = sources.findIndex(
    (source) => findCursorProblem(resumeFrom, source.firstUrl) === undefined,
  );

  if (index >= 0) {
    return { index, url: resumeFrom };
  }

  const problem =
    sources[0] === undefined ? undefined : findCursorProblem(resumeFrom, sources[0].firstUrl);

  throw toOktaRequestError({
    kind: 'unusable-response',
    problem: `The resume cursor ${problem ?? 'belongs to a listing this scope does not have'}`,
    advice: 'start the listing again without resumeFrom',
  });
}
