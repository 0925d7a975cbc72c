/**
 * Who reports to whom, as Okta ids: the resolved managers of one tenant.
 *
 * Note: held in memory for one resolution pass, about 100 bytes a person
 * with a manager, so that a loop can be seen before it is written.
 */
export class ManagerGraph {
  readonly #managerOf = new Map<string, string>();

  /** Records that `oktaId` reports to `managerOktaId`. */
  set(oktaId: string, managerOktaId: string): void {
    this.#managerOf.set(oktaId, managerOktaId);
  }

  /**
   * The loop that `oktaId` reporting to `managerOktaId` would close, from
   * the person round to them again (`[A, B, A]`), or null when there is
   * none. Walks up from the manager and stops at any repeat, so a loop
   * already in the graph cannot make it run forever.
   */
  loopThrough(oktaId: string, managerOktaId: string): string[] | null {
    const path = [oktaId];
    const visited = new Set(path);
    let current: string | undefined = managerOktaId;

    while (current !== undefined && !visited.has(current)) {
      path.push(current);
      visited.add(current);
      current = this.#managerOf.get(current);
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
