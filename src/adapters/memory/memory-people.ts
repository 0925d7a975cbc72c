import type { StoredPerson } from '../../ports/sync-store.js';

/**
 * One tenant's people, with the indexes the store's lookups need.
 *
 * Rows are kept in insertion order, which is id order because ids come
 * from an increasing counter and rows are never re-inserted under an old
 * id; listing therefore needs no sort.
 */
export class MemoryPeople {
  readonly #byId = new Map<string, StoredPerson>();
  readonly #idByOktaId = new Map<string, string>();
  readonly #idsByEmail = new Map<string, Set<string>>();

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
  *byEmail(emailLower: string): Generator<StoredPerson> {
    for (const id of this.#idsByEmail.get(emailLower) ?? []) {
      const person = this.#byId.get(id);
      if (person) yield person;
    }
  }

  /** Every row, in id order. */
  values(): IterableIterator<StoredPerson> {
    return this.#byId.values();
  }

  /** Inserts or replaces the row with `person.id`, keeping indexes exact. */
  put(person: StoredPerson): void {
    const old = this.#byId.get(person.id);
    if (old) this.#unindex(old);

    // Map.set on an existing key keeps its position, so id order holds.
    this.#byId.set(person.id, person);
    this.#index(person);
  }

  /** Drops a row and its index entries; unknown ids are ignored. */
  remove(id: string): void {
    const old = this.#byId.get(id);
    if (!old) return;

    this.#unindex(old);
    this.#byId.delete(id);
  }

  #index(person: StoredPerson): void {
    if (person.oktaId !== null) this.#idByOktaId.set(person.oktaId, person.id);

    const email = person.email.toLowerCase();
    const ids = this.#idsByEmail.get(email) ?? new Set<string>();
    ids.add(person.id);
    this.#idsByEmail.set(email, ids);
  }

  #unindex(person: StoredPerson): void {
    if (person.oktaId !== null) this.#idByOktaId.delete(person.oktaId);

    const email = person.email.toLowerCase();
    const ids = this.#idsByEmail.get(email);
    ids?.delete(person.id);
    if (ids?.size === 0) this.#idsByEmail.delete(email);
  }
}
