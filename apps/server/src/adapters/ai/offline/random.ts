// Seeded randomness for the offline engine: the same input and seed always give the same choices, so
// nothing here may touch Math.random or the clock.

/** 32-bit FNV-1a: a stable hash for strings (seeds, feature hashing). */
export function hashString(text: string, basis = 0x811c9dc5): number {
  let hash = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A seeded generator (mulberry32) with the few helpers the composer needs. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Derives an independent generator from the input's parts, so unrelated choices do not shift. */
  static from(...parts: unknown[]): Rng {
    return new Rng(hashString(JSON.stringify(parts)));
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(maxExclusive: number): number {
    return Math.floor(this.next() * maxExclusive);
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(items.length)] as T;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  }

  /** Rounds 2.3 to 2 or 3 with probability 0.7/0.3, so averages over many posts match the rate. */
  round(value: number): number {
    const floor = Math.floor(value);
    return floor + (this.chance(value - floor) ? 1 : 0);
  }
}
