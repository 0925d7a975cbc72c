/**
 * Where a loop of references is broken: at the reference, among those
 * this run wrote or is writing, of the person with the greatest Okta id.
 * References resolved before the run are never taken back.
 *
 * Why a fixed rule: the pass meets references in the store's order of
 * people, which follows the order they were created in, and that differs
 * between a full sync (the listing's order), an incremental one (the
 * order of changes) and planning's early links. Breaking every loop at
 * the same place makes the store end the same whichever of those ran.
 *
 * `loop` runs from the person whose reference would close it round to
 * them again (`[A, B, C, A]`); `isFresh` says whose link is new this run.
 * The closing person always counts as fresh.
 */
export function loopBreak(loop: readonly string[], isFresh: (oktaId: string) => boolean): string {
  const [closing = ''] = loop;
  let chosen = closing;

  for (const oktaId of loop.slice(1, -1)) {
    if (oktaId > chosen && isFresh(oktaId)) chosen = oktaId;
  }

  return chosen;
}

/** The same loop, told from `oktaId`'s reference: `[C, A, B, C]`. */
export function loopFrom(loop: readonly string[], oktaId: string): string[] {
  const ring = loop.slice(0, -1);
  const at = ring.indexOf(oktaId);
  const turned = [...ring.slice(at), ...ring.slice(0, at)];

  return [...turned, oktaId];
}
