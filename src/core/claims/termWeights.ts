/**
 * A sentence's terms and their weights, as two arrays rather than a Map: a folder holds a
 * signature per fact, and a Map of twenty numbers costs three times the memory. Sentences
 * have a few dozen terms at most, so a look-up is a short scan.
 */
export class TermWeights implements Iterable<[string, number]> {
  /** Read directly on hot paths (a cosine per candidate pair): do not change them. */
  readonly terms: string[];
  readonly weights: number[];

  constructor(entries: Iterable<readonly [string, number]> = []) {
    this.terms = [];
    this.weights = [];
    for (const [term, weight] of entries) {
      this.terms.push(term);
      this.weights.push(weight);
    }
  }

  get size(): number {
    return this.terms.length;
  }

  get(term: string): number | undefined {
    const at = this.terms.indexOf(term);
    return at < 0 ? undefined : this.weights[at];
  }

  /** The `n` terms of highest weight, ties in their order. */
  strongest(n: number): string[] {
    const order = this.terms.map((_, i) => i).sort((i, j) => this.weights[j]! - this.weights[i]! || i - j);
    return order.slice(0, n).map((i) => this.terms[i]!);
  }

  keys(): IterableIterator<string> {
    return this.terms.values();
  }

  *[Symbol.iterator](): IterableIterator<[string, number]> {
    for (let i = 0; i < this.terms.length; i++) yield [this.terms[i]!, this.weights[i]!];
  }
}
