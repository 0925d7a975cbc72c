/**
 * Who reports to whom, as Okta ids: the part of one tenant's reporting
 * graph a resolution pass has learned. A person is either known (with
 * their manager, or with none) or not yet read; the pass reads the chains
 * it needs from the store ({@link loadChains}) before it checks for loops.
 *
 * Note: held in memory during one resolution pass, about 100 bytes a
 * person read, so that a loop can be seen before it is written. The pass
 * drops it between pages once it grows past a bound, so a large org
 * never sits in memory whole; an incremental pass knows only the chains
 * above the people it touched.
 */
export class ManagerGraph {
  readonly #managerOf = new Map<string, string | null>();

  /** Records that `oktaId` reports to `managerOktaId`. */
  set(oktaId: string, managerOktaId: string): void {
    this.#managerOf.set(oktaId, managerOktaId);
  }

  /** Records that `oktaId` has no manager any more. */
  unlink(oktaId: string): void {
    this.#managerOf.set(oktaId, null);
  }

  /**
   * Records a person as read from the store, unless already known: what
   * this pass set is newer than any row read before it.
   */
  learn(oktaId: string, managerOktaId: string | null): void {
    if (!this.#managerOf.has(oktaId)) {
      this.#managerOf.set(oktaId, managerOktaId);
    }
  }

  /** How many people the graph knows. */
  get size(): number {
    return this.#managerOf.size;
  }

  /** Forgets everyone; what the store holds is read again as needed. */
  clear(): void {
    this.#managerOf.clear();
  }

  /** The person's manager; null for none, undefined when not yet read. */
  managerOf(oktaId: string): string | null | undefined {
    return this.#managerOf.get(oktaId);
  }

  /**
   * The people not yet read on the chains above `starts` (each start
   * included), walking through known managers, each chain until it ends,
   * repeats or reaches someone not read.
   */
  unknownAbove(starts: Iterable<string>): Set<string> {
    const unknown = new Set<string>();
    const visited = new Set<string>();

    for (const start of starts) {
      let current: string | null | undefined = start;

      while (typeof current === 'string' && !visited.has(current)) {
        visited.add(current);

        if (!this.#managerOf.has(current)) {
          unknown.add(current);
        }

        current = this.#managerOf.get(current);
      }
    }

    return unknown;
  }

  /**
   * The loop that `oktaId` reporting to `managerOktaId` would close, from
   * the person round to them again (`[A, B, A]`), or null when there is
   * none. Walks up from the manager and stops at any repeat, so a loop
   * already in the graph cannot make it run forever. Sees only what the
   * graph knows: load the chain above the manager first.
   */
  loopThrough(oktaId: string, managerOktaId: string): string[] | null {
    const path = [oktaId];
    const visited = new Set(path);
    let current: string | undefined = managerOktaId;

    while (current !== undefined && !visited.has(current)) {
      path.push(current);
      visited.add(current);
      current = this.#managerOf.get(current) ?? undefined;
    }

    return current === oktaId ? [...path, oktaId] : null;
  }
}

/**
 * Walks up the management chain from `oktaId`, at most once through each
 * person, and returns the chain (the person first). Safe on a graph that
 * holds a loop, such as one written by hand.
 */
export function managementChain(
  oktaId: string,
  managerOf: (oktaId: string) => string | null | undefined,
): string[] {
  const chain = [oktaId];
  const visited = new Set(chain);
  let current = managerOf(oktaId);

  while (current !== null && current !== undefined && !visited.has(current)) {
    chain.push(current);
    visited.add(current);
    current = managerOf(current);
  }

  return chain;
}
