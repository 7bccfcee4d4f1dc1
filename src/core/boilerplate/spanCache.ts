/**
 * A cache keyed by strings but looked up by a span of a text and the span's hash
 * (`tokens.ts`), so a word is found without slicing it out of the text and hashing the
 * copy. Open addressing with linear probing; keys are kept as code units in one pool
 * (no strings, so no slices that hold on to whole pages) and compared unit by unit.
 */
export class SpanCache<V> {
  /** Per slot: the key's offset in `units` plus one (0 for an empty slot), length, hash, value. */
  private keyAt = new Int32Array(0);
  private keyLength = new Int32Array(0);
  private hashes = new Int32Array(0);
  private values: (V | undefined)[] = [];
  private mask = 0;
  private units = new Uint16Array(0);
  private unitsUsed = 0;
  size = 0;

  constructor(private readonly initialCapacity = 1 << 12) {
    this.clear();
  }

  clear(): void {
    this.allocateSlots(this.initialCapacity);
    this.units = new Uint16Array(this.initialCapacity * 8);
    this.unitsUsed = 0;
    this.size = 0;
  }

  /** The value stored for `text.slice(start, end)`, whose hash is `hash`. */
  get(text: string, start: number, end: number, hash: number): V | undefined {
    const length = end - start;
    const units = this.units;
    for (let slot = spread(hash) & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = this.keyAt[slot]! - 1;
      if (at < 0) return undefined;
      if (this.hashes[slot] !== hash || this.keyLength[slot] !== length) continue;
      let k = 0;
      while (k < length && units[at + k] === text.charCodeAt(start + k)) k++;
      if (k === length) return this.values[slot];
    }
  }

  /** Stores `value` for `text.slice(start, end)` (not yet in the cache), whose hash is `hash`. */
  set(text: string, start: number, end: number, hash: number, value: V): void {
    if ((this.size + 1) * 2 > this.keyAt.length) this.rehash(this.keyAt.length * 2);
    const length = end - start;
    if (this.unitsUsed + length > this.units.length) {
      const larger = new Uint16Array(Math.max(this.units.length * 2, this.unitsUsed + length));
      larger.set(this.units);
      this.units = larger;
    }
    const at = this.unitsUsed;
    for (let k = 0; k < length; k++) this.units[at + k] = text.charCodeAt(start + k);
    this.unitsUsed += length;
    this.insert(at, length, hash, value);
    this.size++;
  }

  private insert(at: number, length: number, hash: number, value: V): void {
    let slot = spread(hash) & this.mask;
    while (this.keyAt[slot] !== 0) slot = (slot + 1) & this.mask;
    this.keyAt[slot] = at + 1;
    this.keyLength[slot] = length;
    this.hashes[slot] = hash;
    this.values[slot] = value;
  }

  private allocateSlots(capacity: number): void {
    this.keyAt = new Int32Array(capacity);
    this.keyLength = new Int32Array(capacity);
    this.hashes = new Int32Array(capacity);
    this.values = new Array<V | undefined>(capacity).fill(undefined);
    this.mask = capacity - 1;
  }

  private rehash(capacity: number): void {
    const { keyAt, keyLength, hashes, values } = this;
    this.allocateSlots(capacity);
    for (let slot = 0; slot < keyAt.length; slot++) if (keyAt[slot] !== 0) this.insert(keyAt[slot]! - 1, keyLength[slot]!, hashes[slot]!, values[slot]!);
  }
}

/** Mixes the high bits into the low ones that pick the slot. */
function spread(hash: number): number {
  return hash ^ (hash >>> 15);
}
