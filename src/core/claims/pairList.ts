/**
 * Unordered pairs of small integers (indexes of facts), each visited once however often
 * it was added. A folder's first load adds millions of candidate pairs, most of them
 * twice (each fact finds the other); a Set of numbers would hold a heap object per pair
 * (about 40 bytes), these are 8 bytes each in one growing buffer, sorted once.
 */
export class PairList {
  private keys = new Float64Array(1024);
  private size = 0;

  /** `count`: the number of items the indexes run over (keys are `low * count + high`, exact below 2^53). */
  constructor(private readonly count: number) {}

  add(i: number, j: number): void {
    if (this.size === this.keys.length) {
      const grown = new Float64Array(this.keys.length * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.keys[this.size++] = i < j ? i * this.count + j : j * this.count + i;
  }

  /** Calls `visit(low, high)` once per distinct pair, in order of `low` then `high`; returns how many there were. */
  forEachDistinct(visit: (low: number, high: number) => void): number {
    const sorted = this.keys.subarray(0, this.size).sort();
    let distinct = 0;
    for (let k = 0; k < sorted.length; k++) {
      const key = sorted[k]!;
      if (k > 0 && key === sorted[k - 1]) continue;
      distinct++;
      const low = Math.floor(key / this.count);
      visit(low, key - low * this.count);
    }
    return distinct;
  }
}
