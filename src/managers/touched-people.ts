import type { StoredPerson } from '../ports/stored-person.js';

/** The identifiers of a person a manager reference can name. */
export interface Identified {
  oktaId: string | null;
  email: string;
  login?: string | null;
  employeeNumber?: string | null;
}

/**
 * The people a run wrote (or read and left as they were), gathered so its
 * manager pass can limit itself to the pending references they can
 * change. A pending reference can only change outcome when:
 * - its own person was written (a new reference resets the manager);
 * - it names, by any identifier old or new, someone written: a new
 *   person, a changed email, a leaver or a returner changes its matches;
 * - it was held back because it would close a loop, and a person on that
 *   loop lost their manager, which may have opened the loop. Such a
 *   person is on the chain above a manager someone written left.
 *
 * Whatever else is pending would be decided as before, so skipping it
 * leaves the store as a pass over everyone would.
 */
export class TouchedPeople {
  readonly #oktaIds = new Set<string>();
  readonly #identifiers = new Set<string>();
  readonly #formerManagers = new Set<string>();

  /**
   * Records one person of the run: as read (`person`), as stored before
   * (`before`, if they were), and the resolved manager their write leaves
   * (`managerAfter`).
   */
  add(person: Identified, before: StoredPerson | undefined, managerAfter: string | null): void {
    this.#addIdentifiers(person);

    if (before === undefined) {
      return;
    }

    this.#addIdentifiers(before);

    if (before.managerOktaId !== null && before.managerOktaId !== managerAfter) {
      this.#formerManagers.add(before.managerOktaId);
    }
  }

  /** Managers that people of the run no longer report to. */
  formerManagers(): ReadonlySet<string> {
    return this.#formerManagers;
  }

  /**
   * True when the pending reference of `person` may resolve differently
   * after this run: their own, or one that names a person of the run.
   */
  affects(person: Pick<StoredPerson, 'oktaId' | 'managerRef'>): boolean {
    if (person.oktaId !== null && this.#oktaIds.has(person.oktaId)) {
      return true;
    }

    const ref = person.managerRef;

    return ref !== null && (this.#identifiers.has(ref) || this.#identifiers.has(fold(ref)));
  }

  #addIdentifiers(person: Identified): void {
    if (person.oktaId !== null) {
      this.#oktaIds.add(person.oktaId);
      this.#identifiers.add(person.oktaId);
    }

    // Email and login match ignoring case, employee numbers exactly; a
    // reference is checked both as it is and folded, so both fit.
    this.#identifiers.add(fold(person.email));
    if (typeof person.login === 'string') this.#identifiers.add(fold(person.login));
    if (typeof person.employeeNumber === 'string') this.#identifiers.add(person.employeeNumber);
  }
}

function fold(value: string): string {
  return value.toLowerCase();
}
