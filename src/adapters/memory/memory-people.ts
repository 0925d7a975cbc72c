import type { PersonIdentifier, StoredPerson } from '../../ports/stored-person.js';

/**
 * One tenant's people, with the indexes the store's lookups need: by id,
 * by Okta id, by each identifier (email and login lowercased, employee
 * number as it is), the ids in order, so a keyset page starts at its
 * cursor instead of walking from the first person, and the ids of people
 * whose manager reference is unresolved.
 */
export class MemoryPeople {
  readonly #byId = new Map<string, StoredPerson>();
  readonly #byOktaId = new Map<string, StoredPerson>();
  // One id per value as a plain string; a Set only once two rows share a
  // value, so a tenant of distinct emails costs no Set per row.
  readonly #idsBy: Record<PersonIdentifier, Map<string, IdsEntry>> = {
    email: new Map(),
    login: new Map(),
    employeeNumber: new Map(),
  };
  // Ascending. Ids come from an increasing counter, so a new row is
  // nearly always appended.
  readonly #ids: string[] = [];
  readonly #unresolvedIds = new Set<string>();

  /** The row with this id, or undefined. */
  get(id: string): StoredPerson | undefined {
    return this.#byId.get(id);
  }

  /** The row linked to this Okta id, or undefined. */
  getByOktaId(oktaId: string): StoredPerson | undefined {
    return this.#byOktaId.get(oktaId);
  }

  /** Rows whose lowercased email is `emailLower`. */
  byEmail(emailLower: string): StoredPerson[] {
    return this.byIdentifier('email', emailLower);
  }

  /**
   * Rows, linked or not, whose identifier folds to `folded`: email and
   * login lowercased, employee number exactly. In no particular order.
   */
  byIdentifier(identifier: PersonIdentifier, folded: string): StoredPerson[] {
    const ids = this.#idsBy[identifier].get(folded);
    const rows: StoredPerson[] = [];

    for (const id of typeof ids === 'string' ? [ids] : (ids ?? [])) {
      const person = this.#byId.get(id);
      if (person) rows.push(person);
    }

    return rows;
  }

  /** Every row after the id `after` (from the first without it), in id order. */
  *after(after: string | undefined): Generator<StoredPerson> {
    const start = after === undefined ? 0 : this.#firstIndexAfter(after);

    for (let index = start; index < this.#ids.length; index += 1) {
      const person = this.#byId.get(this.#ids[index] as string);
      if (person) yield person;
    }
  }

  /** Every row, in id order. */
  values(): Generator<StoredPerson> {
    return this.after(undefined);
  }

  /**
   * Rows with a manager reference but no resolved manager, after the id
   * `after`, in id order. When few rows are pending (the usual case after
   * a first sync) only they are visited, not the whole tenant.
   */
  *unresolvedAfter(after: string | undefined): Generator<StoredPerson> {
    if (this.#unresolvedIds.size * 8 > this.#ids.length) {
      for (const person of this.after(after)) {
        if (isUnresolved(person)) yield person;
      }

      return;
    }

    const ids = [...this.#unresolvedIds].filter((id) => after === undefined || id > after);

    for (const id of ids.sort()) {
      const person = this.#byId.get(id);
      if (person) yield person;
    }
  }

  /** Inserts or replaces the row with `person.id`, keeping indexes exact. */
  put(person: StoredPerson): void {
    const old = this.#byId.get(person.id);
    const reindex = old === undefined || !sameKeys(old, person);

    if (isUnresolved(person)) {
      this.#unresolvedIds.add(person.id);
    } else {
      this.#unresolvedIds.delete(person.id);
    }

    if (old === undefined) {
      this.#insertId(person.id);
    } else if (reindex) {
      this.#unindex(old);
    }

    // The Okta id index holds rows, not ids: a sync looks each person up by
    // Okta id three times, and each lookup is one map read. It follows
    // every version of the row.
    this.#byId.set(person.id, person);
    if (person.oktaId !== null) this.#byOktaId.set(person.oktaId, person);
    if (reindex) this.#index(person);
  }

  /** Drops a row and its index entries; unknown ids are ignored. */
  remove(id: string): void {
    const old = this.#byId.get(id);
    if (!old) return;

    this.#unindex(old);
    this.#unresolvedIds.delete(id);
    this.#byId.delete(id);
    this.#ids.splice(this.#firstIndexAfter(id) - 1, 1);
  }

  #insertId(id: string): void {
    const last = this.#ids[this.#ids.length - 1];

    if (last === undefined || last < id) {
      this.#ids.push(id);
    } else {
      this.#ids.splice(this.#firstIndexAfter(id), 0, id);
    }
  }

  /** The index of the first id greater than `id` (binary search). */
  #firstIndexAfter(id: string): number {
    let low = 0;
    let high = this.#ids.length;

    while (low < high) {
      const middle = (low + high) >>> 1;

      if ((this.#ids[middle] as string) <= id) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }

    return low;
  }

  #index(person: StoredPerson): void {
    forEachIdentifier(person, (identifier, value) => {
      const index = this.#idsBy[identifier];
      index.set(value, withId(index.get(value), person.id));
    });
  }

  #unindex(person: StoredPerson): void {
    if (person.oktaId !== null) this.#byOktaId.delete(person.oktaId);

    forEachIdentifier(person, (identifier, value) => {
      const index = this.#idsBy[identifier];
      const ids = withoutId(index.get(value), person.id);

      if (ids === undefined) index.delete(value);
      else index.set(value, ids);
    });
  }
}

/** The ids under one index value: one id alone, or a set of several. */
type IdsEntry = string | Set<string>;

function withId(ids: IdsEntry | undefined, id: string): IdsEntry {
  if (ids === undefined || ids === id) {
    return id;
  }

  const set = typeof ids === 'string' ? new Set([ids]) : ids;

  return set.add(id);
}

function withoutId(ids: IdsEntry | undefined, id: string): IdsEntry | undefined {
  if (typeof ids === 'string' || ids === undefined) {
    return ids === id ? undefined : ids;
  }

  ids.delete(id);

  return ids.size === 0 ? undefined : ids;
}

/** True for a row whose manager reference waits to be resolved. */
export function isUnresolved(person: StoredPerson): boolean {
  return person.managerRef !== null && person.managerOktaId === null;
}

/** True when two versions of a row sit under the same index keys. */
function sameKeys(old: StoredPerson, person: StoredPerson): boolean {
  return (
    old.oktaId === person.oktaId &&
    old.employeeNumber === person.employeeNumber &&
    sameFolded(old.email, person.email) &&
    sameFolded(old.login, person.login)
  );
}

// Equal texts need no lowercasing: most writes leave them as they were.
function sameFolded(old: OptionalText, value: OptionalText): boolean {
  return old === value || old?.toLowerCase() === value?.toLowerCase();
}

type OptionalText = string | null | undefined;

/** Visits the identifiers a row is indexed under, folded as compared. */
function forEachIdentifier(
  person: StoredPerson,
  visit: (identifier: PersonIdentifier, value: string) => void,
): void {
  visit('email', person.email.toLowerCase());

  if (typeof person.login === 'string') {
    visit('login', person.login.toLowerCase());
  }

  if (typeof person.employeeNumber === 'string') {
    visit('employeeNumber', person.employeeNumber);
  }
}
