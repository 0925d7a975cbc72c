import type { PageRequest } from '../../ports/page-request.js';
import type { StoredPerson } from '../../ports/stored-person.js';
import { copyPerson } from './copy-person.js';

/**
 * A keyset page of copies of the people that pass `include`, taken in id
 * order from `people`, which must already start after `page.after`. Only
 * the rows returned are copied.
 */
export function pagePeople(
  people: Iterable<StoredPerson>,
  page: PageRequest,
  include: (person: StoredPerson) => boolean,
): StoredPerson[] {
  const rows: StoredPerson[] = [];
  if (page.limit <= 0) return rows;

  for (const person of people) {
    if (!include(person)) continue;

    rows.push(copyPerson(person));
    if (rows.length >= page.limit) break;
  }

  return rows;
}
