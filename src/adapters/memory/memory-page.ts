import type { PageRequest, StoredPerson } from '../../ports/sync-store.js';

/**
 * A keyset page of copies of the people that pass `include`, taken from
 * `people` in id order, after `page.after`.
 */
export function pagePeople(
  people: Iterable<StoredPerson>,
  page: PageRequest,
  include: (person: StoredPerson) => boolean,
): StoredPerson[] {
  const rows: StoredPerson[] = [];
  if (page.limit <= 0) return rows;

  for (const person of people) {
    if (page.after !== undefined && person.id <= page.after) continue;
    if (!include(person)) continue;

    rows.push(copyPerson(person));
    if (rows.length >= page.limit) break;
  }

  return rows;
}

/** A copy of a stored person that shares no array or object with it. */
export function copyPerson(person: StoredPerson): StoredPerson {
  return structuredClone(person);
}
