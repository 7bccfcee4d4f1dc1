/**
 * A sentence's terms and their weights, as a run of two arrays shared by the signatures
 * of one document (a `TermPool`) rather than a Map, or two arrays, per signature: a
 * folder holds a signature per fact, and the arrays' own headers cost as much as their
 * ten-odd entries (about 80 bytes a signature, 44 MB of a 10,000-article folder).
 * Sentences have a few dozen terms at most, so a look-up is a short scan.
 */
export class TermPool {
  terms: string[] = [];
  /** Filled as a plain array, sealed as a typed one (a structured clone of a plain array of doubles boxes each one). */
  weights: number[] | Float64Array = [];

  /** Trims the arrays to what they hold, once the document's signatures are made. */
  seal(): void {
    this.terms = this.terms.slice();
    this.weights = Float64Array.from(this.weights);
  }
}

export class TermWeights implements Iterable<[string, number]> {
  /** `size` entries of `pool` from `start`; `size` is read directly on hot paths (a cosine per candidate pair). */
  constructor(
    private readonly pool: TermPool,
    private readonly start: number,
    readonly size: number,
  ) {}

  /** `entries` appended to `pool` (a pool of its own when none is given). */
  static of(entries: Iterable<readonly [string, number]> = [], pool = new TermPool()): TermWeights {
    const start = pool.terms.length;
    const weights = pool.weights;
    if (!Array.isArray(weights)) throw new Error('term pool already sealed');
    for (const [term, weight] of entries) {
      pool.terms.push(term);
      weights.push(weight);
    }
    return new TermWeights(pool, start, pool.terms.length - start);
  }

  termAt(i: number): string {
    return this.pool.terms[this.start + i]!;
  }

  weightAt(i: number): number {
    return this.pool.weights[this.start + i]!;
  }

  get(term: string): number | undefined {
    const { terms, weights } = this.pool;
    for (let k = this.start; k < this.start + this.size; k++) if (terms[k] === term) return weights[k];
    return undefined;
  }

  /** The `n` terms of highest weight, ties in their order (an insertion into the first `n`: no sort of them all). */
  strongest(n: number): string[] {
    const top: number[] = [];
    for (let i = 0; i < this.size; i++) {
      const weight = this.weightAt(i);
      let at = top.length;
      while (at > 0 && this.weightAt(top[at - 1]!) < weight) at--;
      if (at < n) {
        top.splice(at, 0, i);
        if (top.length > n) top.pop();
      }
    }
    return top.map((i) => this.termAt(i));
  }

  *keys(): IterableIterator<string> {
    for (let i = 0; i < this.size; i++) yield this.termAt(i);
  }

  *[Symbol.iterator](): IterableIterator<[string, number]> {
    for (let i = 0; i < this.size; i++) yield [this.termAt(i), this.weightAt(i)];
  }
}
