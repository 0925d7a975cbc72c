import type { PageRequest } from './page-request.js';
import type { StoredPerson } from './stored-person.js';

/** A store query that returns one keyset page. */
export type PageQuery = (page: PageRequest) => Promise<StoredPerson[]>;

/**
 * Walks a keyset-paged store query to its end, one page in memory at a
 * time. Rows may leave the query's result as the caller updates them
 * (resolved, deactivated): paging by the last id seen stays correct.
 */
export async function* storePages(query: PageQuery, limit = 500): AsyncGenerator<StoredPerson[]> {
  let after: string | undefined;

  for (;;) {
    const page = await query(after === undefined ? { limit } : { after, limit });

    if (page.length === 0) {
      return;
    }

    yield page;
    after = page[page.length - 1]?.id;
  }
}
