import type { PersonIdentifier, StoredPerson } from '../../ports/sync-store.js';

/**
 * One tenant's people, with the indexes the store's lookups need: by id,
 * by Okta id, by each identifier (email and login lowercased, employee
 * number as it is), the ids in order, so a keyset page starts at its
 * cursor instead of walking from the first person, and the ids of people
 * whose manager reference is unresolved.
 */
export class MemoryPeople {
  readonly #byId = new Map<string, StoredPerson>();
  readonly #idByOktaId = new Map<string, string>();
  readonly #idsBy: Record<PersonIdentifier, Map<string, Set<string>>> = {
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
    const id = this.#idByOktaId.get(oktaId);

    return id === undefined ? undefined : this.#byId.get(id);
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

    return ids === undefined ? [] : [...ids].flatMap((id) => this.#byId.get(id) ?? []);
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

    this.#byId.set(person.id, person);
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
    if (person.oktaId !== null) this.#idByOktaId.set(person.oktaId, person.id);

    for (const [identifier, value] of identifiersOf(person)) {
      const index = this.#idsBy[identifier];
      const ids = index.get(value) ?? new Set<string>();
      ids.add(person.id);
      index.set(value, ids);
    }
  }

  #unindex(person: StoredPerson): void {
    if (person.oktaId !== null) this.#idByOktaId.delete(person.oktaId);

    for (const [identifier, value] of identifiersOf(person)) {
      const index = this.#idsBy[identifier];
      const ids = index.get(value);
      ids?.delete(person.id);
      if (ids?.size === 0) index.delete(value);
    }
  }
}

/** True for a row whose manager reference waits to be resolved. */
export function isUnresolved(person: StoredPerson): boolean {
  return person.managerRef !== null && person.managerOktaId === null;
}

/** True when two versions of a row sit under the same index keys. */
function sameKeys(old: StoredPerson, person: StoredPerson): boolean {
  return (
    old.oktaId === person.oktaId &&
    old.email.toLowerCase() === person.email.toLowerCase() &&
    old.login?.toLowerCase() === person.login?.toLowerCase() &&
    old.employeeNumber === person.employeeNumber
  );
}

/** The identifiers a row is indexed under, folded as lookups compare them. */
function identifiersOf(person: StoredPerson): [PersonIdentifier, string][] {
  const found: [PersonIdentifier, string][] = [['email', person.email.toLowerCase()]];

  if (typeof person.login === 'string') {
    found.push(['login', person.login.toLowerCase()]);
  }

  if (typeof person.employeeNumber === 'string') {
    found.push(['employeeNumber', person.employeeNumber]);
  }

  return found;
}
