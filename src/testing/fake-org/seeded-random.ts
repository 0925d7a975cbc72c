/**
 * A small deterministic source of randomness. The same seed always gives
 * the same sequence, on every platform, so generated orgs are repeatable.
 */
export interface SeededRandom {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both ends included. */
  integer(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with the given probability. */
  chance(probability: number): boolean;
  /** Shuffles the list in place (Fisher–Yates) and returns it. */
  shuffle<T>(items: T[]): T[];
}

/** Makes a mulberry32 generator seeded from a number or a string. */
export function createSeededRandom(seed: number | string): SeededRandom {
  const next = mulberry32(hashSeed(String(seed)));

  const integer = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));

  return {
    next,
    integer,
    pick: (items) => items[integer(0, items.length - 1)] as (typeof items)[number],
    chance: (probability) => next() < probability,
    shuffle: (items) => shuffleInPlace(items, integer),
  };
}

// FNV-1a: numbers and strings share one path, so seed 7 equals seed '7'.
function hashSeed(text: string): number {
  let hash = 0x811c9dc5;

  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }

  return hash >>> 0;
}

function mulberry32(seed: number): () => number {
  let state = seed;

  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;

    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffleInPlace<T>(items: T[], integer: (min: number, max: number) => number): T[] {
  for (let index = items.length - 1; index > 0; index -= 1) {
    const other = integer(0, index);
    const held = items[index] as T;
    items[index] = items[other] as T;
    items[other] = held;
  }

  return items;
}
