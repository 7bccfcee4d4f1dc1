/**
 * Whether two articles tell the same story: the cosine of their bodies' content words,
 * weighted by rarity across the workspace (tf-idf). Articles of one story by different
 * outlets share their names and their subject (0.27 and more between the seed articles);
 * articles of different stories from one campaign season rarely reach 0.15 (PolNeAR).
 * Facts of two articles are compared only when the articles tell one story.
 */
import { isContentWord } from './context.js';
import { wordsIn } from './words.js';
import type { Region } from '../types.js';

/** Least similarity of two articles of one story. */
export const SAME_STORY = 0.15;

/** Content-word stems of the body and how often each occurs. */
export function bodyTerms(text: string, regions: readonly Region[]): Map<string, number> {
  const counts = new Map<string, number>();
  const body = regions.filter((r) => !r.boilerplate);
  for (const region of body.length ? body : [{ start: 0, end: text.length }]) {
    for (const word of wordsIn(text, region.start, region.end)) if (isContentWord(word)) counts.set(word.stem, (counts.get(word.stem) ?? 0) + 1);
  }
  return counts;
}

export class StoryIndex {
  private readonly terms = new Map<string, Map<string, number>>();
  private readonly docFrequency = new Map<string, number>();
  private readonly cache = new Map<string, number>();
  /** Each document's tf-idf vector scaled to length 1, built when first needed. */
  private readonly vectors = new Map<string, Map<string, number>>();
  /** Number of documents when the rarity weights were last taken: they drift slowly. */
  private weightsAt = 0;

  set(path: string, counts: Map<string, number>): void {
    this.remove(path);
    this.terms.set(path, counts);
    for (const term of counts.keys()) this.docFrequency.set(term, (this.docFrequency.get(term) ?? 0) + 1);
    this.forgetWeights(path);
  }

  remove(path: string): void {
    const old = this.terms.get(path);
    if (!old) return;
    for (const term of old.keys()) {
      const n = (this.docFrequency.get(term) ?? 1) - 1;
      if (n > 0) this.docFrequency.set(term, n);
      else this.docFrequency.delete(term);
    }
    this.terms.delete(path);
    this.forgetWeights(path);
  }

  similarity(a: string, b: string): number {
    if (a === b) return 1;
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    let value = this.cache.get(key);
    if (value === undefined) this.cache.set(key, (value = this.cosine(a, b)));
    return value;
  }

  /**
   * A changed document's vector and similarities are made again; the others only once the
   * number of documents has moved by a tenth (one edit barely moves the rarity weights, and
   * re-weighting every article on every keystroke would cost the whole folder).
   */
  private forgetWeights(path: string): void {
    const n = this.terms.size;
    if (Math.abs(n - this.weightsAt) > Math.max(1, this.weightsAt * 0.1)) {
      this.cache.clear();
      this.vectors.clear();
      this.weightsAt = n;
      return;
    }
    this.vectors.delete(path);
    for (const key of this.cache.keys()) if (key.startsWith(`${path}\u0000`) || key.endsWith(`\u0000${path}`)) this.cache.delete(key);
  }

  private vectorOf(path: string): Map<string, number> | undefined {
    let vector = this.vectors.get(path);
    if (vector) return vector;
    const counts = this.terms.get(path);
    if (!counts) return undefined;
    const n = this.terms.size;
    vector = new Map();
    let norm = 0;
    for (const [term, count] of counts) {
      const weight = (1 + Math.log(count)) * Math.log(1 + n / (this.docFrequency.get(term) ?? 1));
      vector.set(term, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [term, weight] of vector) vector.set(term, weight / norm);
    this.vectors.set(path, vector);
    return vector;
  }

  private cosine(a: string, b: string): number {
    const x = this.vectorOf(a);
    const y = this.vectorOf(b);
    if (!x || !y) return 0;
    const [small, large] = x.size <= y.size ? [x, y] : [y, x];
    let dot = 0;
    for (const [term, weight] of small) {
      const other = large.get(term);
      if (other !== undefined) dot += weight * other;
    }
    return dot;
  }
}
