/**
 * Seeded randomness for the generated corpus.
 *
 * mulberry32 is written out here rather than taken from a package: it is a dozen lines,
 * and the corpus must come out byte for byte the same for a seed on every machine and
 * Node version (Math.random cannot be seeded).
 */
export type Random = () => number;

/** A generator of floats in [0, 1) from a 32-bit seed. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A seed for the `stream`-th independent sequence of `seed` (murmur3's finaliser), so each
 * story draws from its own stream and does not shift when another story changes.
 */
export function deriveSeed(seed: number, stream: number): number {
  let h = (seed ^ Math.imul(stream + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** An integer in [min, max]. */
export function int(rng: Random, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export function pick<T>(rng: Random, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

export function chance(rng: Random, probability: number): boolean {
  return rng() < probability;
}

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(rng: Random, items: readonly T[]): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** `count` distinct items, in random order. */
export function sample<T>(rng: Random, items: readonly T[], count: number): T[] {
  return shuffle(rng, items).slice(0, count);
}
