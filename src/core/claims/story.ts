/**
 * Whether two articles tell the same story: the cosine of their bodies' content words,
 * weighted by rarity across the workspace (tf-idf). Articles of one story by different
 * outlets share their names and their subject (0.27 and more between the seed articles);
 * articles of different stories from one campaign season rarely reach 0.15 (PolNeAR).
 * Facts of two articles are compared only when the articles tell one story.
 */
import { isContentWord } from './context.js';
import { wordsIn, type Word } from './words.js';
import type { Region } from '../types.js';

/** Least similarity of two articles of one story. */
export const SAME_STORY = 0.15;

/**
 * Content-word stems of the body and how often each occurs. `words`: the words of the
 * whole text when already read (`wordsIn(text, 0, text.length)`).
 */
export function bodyTerms(text: string, regions: readonly Region[], words: readonly Word[] = wordsIn(text, 0, text.length)): Map<string, number> {
  const counts = new Map<string, number>();
  const body = regions.filter((r) => !r.boilerplate);
  const spans = body.length ? body : [{ start: 0, end: text.length }];
  let r = 0;
  for (const word of words) {
    while (r < spans.length && spans[r]!.end <= word.start) r++;
    if (r === spans.length) break;
    if (word.start >= spans[r]!.start && isContentWord(word)) counts.set(word.stem, (counts.get(word.stem) ?? 0) + 1);
  }
  return counts;
}

/** A document's terms as parallel arrays sorted by term id (cosines add in that order). */
interface TermCounts {
  ids: Int32Array;
  counts: Uint16Array;
}

/**
 * The cache of answers is dropped past this many pairs: it is cheap to fill again (a
 * cosine reads one document's terms). A Map of them cost about 60 bytes a pair (a limit
 * of 2,000,000 made 130 MB of a 10,000-article folder; 250,000 made 15 MB) and its number
 * keys were slow to hash; the table below costs 16 bytes a pair at most (8 a slot, at
 * least half of them free): 16 MB for this many.
 */
const CACHE_LIMIT = 1_000_000;

/**
 * Pair of document ids -> a yes/no answer, as an open-addressing hash table in one typed
 * array (linear probing; a slot's two numbers share a cache line), grown by doubling while
 * at most half full. Slot k: `low + 1` (0: empty) and `high * 2 + answer` (document ids
 * below 2^30: a pair past that is never found, only computed again).
 */
class PairAnswers {
  private slots = new Int32Array(2 * 1024);
  size = 0;

  private slot(low: number, high: number): number {
    const mask = (this.slots.length >> 1) - 1;
    let h = Math.imul(low, 0x9e3779b1) ^ high;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    let at = (h ^ (h >>> 13)) & mask;
    while (this.slots[2 * at] !== 0 && (this.slots[2 * at] !== low + 1 || this.slots[2 * at + 1]! >> 1 !== high)) at = (at + 1) & mask;
    return at;
  }

  /** The answer for a pair (`low` < `high`), undefined when not kept. */
  get(low: number, high: number): boolean | undefined {
    const at = this.slot(low, high);
    return this.slots[2 * at] === 0 ? undefined : (this.slots[2 * at + 1]! & 1) === 1;
  }

  set(low: number, high: number, answer: boolean): void {
    if (4 * (this.size + 1) > this.slots.length) this.grow();
    const at = this.slot(low, high);
    if (this.slots[2 * at] === 0) this.size++;
    this.slots[2 * at] = low + 1;
    this.slots[2 * at + 1] = high * 2 + (answer ? 1 : 0);
  }

  clear(): void {
    if (!this.size) return;
    this.slots.fill(0);
    this.size = 0;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.size = 0;
    for (let k = 0; k < old.length; k += 2) if (old[k] !== 0) this.set(old[k]! - 1, old[k + 1]! >> 1, (old[k + 1]! & 1) === 1);
  }
}

export class StoryIndex {
  /** Term -> a small integer, for every term ever seen. */
  private readonly termIds = new Map<string, number>();
  /** Document frequency by term id. */
  private docFrequency = new Int32Array(1024);
  /** Path -> the id of its current text: a changed document gets a new id, so cached pairs of its old text are never read. */
  private readonly docIds = new Map<string, number>();
  private nextDoc = 0;
  private readonly terms = new Map<number, TermCounts>();
  /** Pair of document ids -> whether they tell one story. */
  private readonly cache = new PairAnswers();
  /** Each document's tf-idf weights scaled to length 1, built when first needed. */
  private readonly vectors = new Map<number, Float64Array>();
  /** Number of documents when the rarity weights were last taken: they drift slowly. */
  private weightsAt = 0;
  /**
   * One document's vector spread over every term id: its facts are compared one after
   * another, so its cosines with many documents each read only the other's terms.
   */
  private spread = new Float64Array(1024);
  private spreadDoc = -1;

  set(path: string, counts: Map<string, number>): void {
    this.remove(path);
    const entries = [...counts].map(([term, count]) => [this.termId(term), count] as const).sort((a, b) => a[0] - b[0]);
    const doc = this.nextDoc++;
    this.docIds.set(path, doc);
    this.terms.set(doc, { ids: Int32Array.from(entries, (e) => e[0]), counts: Uint16Array.from(entries, (e) => Math.min(e[1], 0xffff)) });
    for (const [id] of entries) this.docFrequency[id]!++;
    this.forgetWeights();
  }

  remove(path: string): void {
    const doc = this.docIds.get(path);
    if (doc === undefined) return;
    if (this.spreadDoc === doc) this.unspread();
    for (const id of this.terms.get(doc)!.ids) this.docFrequency[id]!--;
    this.terms.delete(doc);
    this.vectors.delete(doc);
    this.docIds.delete(path);
    this.forgetWeights();
  }

  /** Whether two documents tell one story. */
  sameStory(a: string, b: string): boolean {
    if (a === b) return true;
    const x = this.docIds.get(a);
    const y = this.docIds.get(b);
    if (x === undefined || y === undefined) return false;
    const low = x < y ? x : y;
    const high = x < y ? y : x;
    let same = this.cache.get(low, high);
    if (same === undefined) {
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(low, high, (same = this.cosine(x, y) >= SAME_STORY));
    }
    return same;
  }

  /** The cosine of two documents' tf-idf vectors (1 for a document with itself). */
  similarity(a: string, b: string): number {
    if (a === b) return 1;
    const x = this.docIds.get(a);
    const y = this.docIds.get(b);
    return x === undefined || y === undefined ? 0 : this.cosine(x, y);
  }

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      this.termIds.set(term, (id = this.termIds.size));
      if (id >= this.docFrequency.length) {
        const grown = new Int32Array(this.docFrequency.length * 2);
        grown.set(this.docFrequency);
        this.docFrequency = grown;
      }
    }
    return id;
  }

  /**
   * Vectors and similarities are made again only once the number of documents has moved
   * by a tenth (one edit barely moves the rarity weights, and re-weighting every article
   * on every keystroke would cost the whole folder); a changed document has a new id anyway.
   */
  private forgetWeights(): void {
    const n = this.terms.size;
    if (Math.abs(n - this.weightsAt) > Math.max(1, this.weightsAt * 0.1)) {
      this.cache.clear();
      this.vectors.clear();
      this.unspread();
      this.weightsAt = n;
    }
  }

  private vectorOf(doc: number): Float64Array {
    let vector = this.vectors.get(doc);
    if (vector) return vector;
    const { ids, counts } = this.terms.get(doc)!;
    const n = this.terms.size;
    vector = new Float64Array(ids.length);
    let norm = 0;
    for (let i = 0; i < ids.length; i++) {
      const weight = (1 + Math.log(counts[i]!)) * Math.log(1 + n / Math.max(1, this.docFrequency[ids[i]!]!));
      vector[i] = weight;
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < vector.length; i++) vector[i]! /= norm;
    this.vectors.set(doc, vector);
    return vector;
  }

  /** The dot product of two unit vectors, summed in term-id order. */
  private cosine(a: number, b: number): number {
    if (this.spreadDoc !== a && this.spreadDoc !== b) this.spreadOut(a);
    const other = this.spreadDoc === a ? b : a;
    const ids = this.terms.get(other)!.ids;
    const weights = this.vectorOf(other);
    const spread = this.spread;
    let dot = 0;
    for (let i = 0; i < ids.length; i++) dot += spread[ids[i]!]! * weights[i]!;
    return dot;
  }

  private spreadOut(doc: number): void {
    this.unspread();
    if (this.spread.length < this.termIds.size) this.spread = new Float64Array(Math.max(this.termIds.size, this.spread.length * 2));
    const ids = this.terms.get(doc)!.ids;
    const weights = this.vectorOf(doc);
    for (let i = 0; i < ids.length; i++) this.spread[ids[i]!] = weights[i]!;
    this.spreadDoc = doc;
  }

  private unspread(): void {
    const spread = this.spreadDoc >= 0 ? this.terms.get(this.spreadDoc) : undefined;
    if (spread) for (const id of spread.ids) this.spread[id] = 0;
    else if (this.spreadDoc >= 0) this.spread.fill(0);
    this.spreadDoc = -1;
  }
}

