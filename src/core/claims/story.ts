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

  set(path: string, counts: Map<string, number>): void {
    this.remove(path);
    this.terms.set(path, counts);
    for (const term of counts.keys()) this.docFrequency.set(term, (this.docFrequency.get(term) ?? 0) + 1);
    this.cache.clear();
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
    this.cache.clear();
  }

  similarity(a: string, b: string): number {
    if (a === b) return 1;
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    let value = this.cache.get(key);
    if (value === undefined) this.cache.set(key, (value = this.cosine(this.terms.get(a), this.terms.get(b))));
    return value;
  }

  private cosine(x: Map<string, number> | undefined, y: Map<string, number> | undefined): number {
    if (!x || !y) return 0;
    const n = this.terms.size;
    const weight = (term: string, count: number) => (1 + Math.log(count)) * Math.log(1 + n / (this.docFrequency.get(term) ?? 1));
    let dot = 0;
    let nx = 0;
    let ny = 0;
    for (const [term, count] of x) {
      const wx = weight(term, count);
      nx += wx * wx;
      const other = y.get(term);
      if (other !== undefined) dot += wx * weight(term, other);
    }
    for (const [term, count] of y) ny += weight(term, count) ** 2;
    return nx && ny ? dot / Math.sqrt(nx * ny) : 0;
  }
}
