/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same inputs on
 * every machine, so a failing input is reproduced by its seed and index alone.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

/** The golden-ratio increment of mulberry32: spreads consecutive seeds over the state space. */
const STEP = 0x6d2b79f5;

export const createRng = (seed: number): Rng => {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + STEP) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(0, items.length - 1)];
    if (item === undefined) throw new RangeError('pick needs a non-empty list.');
    return item;
  };
  return { next, int, pick, chance: (probability) => next() < probability };
};

/** FNV-1a over the parts: one seed per (run seed, family, index, purpose), independent of run order. */
export const seedFor = (...parts: ReadonlyArray<string | number>): number => {
  let hash = 0x811c9dc5;
  for (const char of parts.join('\u0001')) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
};
