/**
 * Copies of one article (a raw web page and its cleaned text, a syndicated wire story)
 * grouped as one origin, so that agreement between them is not counted as corroboration.
 *
 * Method: the body text (boilerplate regions left out) as a set of hashed 5-word
 * shingles; two documents are copies when the shingles they share make up at least half
 * of the smaller set (containment, so a short cleaned copy matches the long raw page);
 * groups are the connected components of "is a copy of". Candidate pairs come from an
 * inverted index of shingle hashes, so the cost follows the number of shared shingles,
 * not the number of document pairs.
 */
import { findRegions } from './boilerplate.js';
import { ShinglePostings } from './shinglePostings.js';
import { distinctShingles } from './shingleScan.js';
import type { Region } from './types.js';

export interface SourceDocument {
  path: string;
  text: string;
  /** Body vs boilerplate, when already computed; found here otherwise. */
  regions?: readonly Region[];
}

const SHINGLE_WORDS = 5;
/** Share of the smaller document's shingles the two must have in common. */
const CONTAINMENT = 0.5;
/** Fewer shared shingles than this is a shared quotation, not a copy. */
const MIN_SHARED = 3;
/**
 * A shingle seen in more documents than this is compared only against the first ones:
 * they are already grouped together, or the shingle is a stock phrase.
 */
const POSTING_LIMIT = 64;

/** The text of the body regions, or of the whole text when it has no body. */
function bodyText(doc: SourceDocument): string {
  const regions = doc.regions ?? findRegions(doc.text);
  const body = regions.filter((r) => !r.boilerplate);
  if (!body.length) return doc.text;
  return body.map((r) => doc.text.slice(r.start, r.end)).join('\n');
}

/** Every distinct shingle of a text (`size` words each), in the order first met. */
export function shingles(text: string, size = SHINGLE_WORDS): Set<number> {
  const { out, count } = distinctShingles(text, size);
  return new Set(out.subarray(0, count));
}

/**
 * A document's shingles as the index keeps them. Long texts keep one shingle in
 * SAMPLE_EVERY (those whose hash is 0 modulo it, so two documents keep the same ones:
 * Broder's containment estimate), which cuts the index to a quarter with the same
 * decisions on article-length texts; short texts keep all, as a sample would be too small.
 */
export interface ShingleSketch {
  /** Every shingle, or only the sampled ones (30-bit hashes, as `shingles` makes them). */
  kept: Uint32Array;
  /** Whether `kept` is every shingle. */
  full: boolean;
  /** Number of shingles in all. */
  size: number;
  /** Number of sampled shingles (hash % SAMPLE_EVERY === 0) among them. */
  sampled: number;
}

const SAMPLE_EVERY = 4;
/** Texts with fewer shingles than this keep all of them. */
const KEEP_ALL_BELOW = 200;

const isSampled = (shingle: number) => shingle % SAMPLE_EVERY === 0;

/** The sketch of a text's distinct shingles, given in the order first met. */
export function sketchOf(shingles: ArrayLike<number>): ShingleSketch {
  const count = shingles.length;
  const full = count < KEEP_ALL_BELOW;
  let sampled = 0;
  for (let i = 0; i < count; i++) if (isSampled(shingles[i]!)) sampled++;
  let kept: Uint32Array;
  if (full) kept = Uint32Array.from(shingles);
  else {
    kept = new Uint32Array(sampled);
    for (let i = 0, k = 0; i < count; i++) if (isSampled(shingles[i]!)) kept[k++] = shingles[i]!;
  }
  return { kept, full, size: count, sampled };
}

/** The body's shingles of a document, as the index keeps them: what copies of it share. */
export function bodyShingles(doc: SourceDocument): ShingleSketch {
  // Read without word strings or a Set (shingleScan.ts).
  const { out, count } = distinctShingles(bodyText(doc), SHINGLE_WORDS);
  return sketchOf(out.subarray(0, count));
}

/**
 * Origins kept current one document at a time (the workspace and the language server
 * change one file at a time): an inverted index of shingles finds the documents a new
 * text shares shingles with; "is a copy of" edges are kept, and only the connected
 * components around the changed document are walked again.
 */
export class SourceIndex {
  private readonly sketches = new Map<string, ShingleSketch>();
  /** Shingle -> the documents (numbered) that have it: one number for most shingles, which only one document has. */
  private readonly postings = new ShinglePostings();
  private readonly docIds = new Map<string, number>();
  private readonly pathOf: string[] = [];
  /**
   * Sketches by document number too: a new document is weighed against every document it
   * shares a shingle with (tens of millions of pairs in a large folder), and a Map lookup
   * by path for each was much of the time.
   */
  private readonly sketchOfId: (ShingleSketch | undefined)[] = [];
  private readonly copies = new Map<string, Set<string>>();
  private readonly groups = new Map<string, string>();
  private readonly shared = new SharedCounts();

  /** Origin id of a document: the smallest path (code-unit order) of its group. */
  groupOf(path: string): string {
    return this.groups.get(path) ?? path;
  }

  /** The documents of a document's group (itself included), from the copy graph. */
  membersOf(path: string): string[] {
    return this.sketches.has(path) ? this.component(path) : [];
  }

  private component(start: string): string[] {
    const seen = new Set([start]);
    const queue = [start];
    while (queue.length) {
      for (const next of this.copies.get(queue.pop()!) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    return [...seen];
  }

  /** Adds or replaces a document's shingles. Returns the paths whose origin changed. */
  set(path: string, sketch: ShingleSketch): Set<string> {
    const before = this.detach(path);
    this.sketches.set(path, sketch);
    let id = this.docIds.get(path);
    if (id === undefined) {
      this.docIds.set(path, (id = this.pathOf.length));
      this.pathOf.push(path);
    }
    this.sketchOfId[id] = sketch;
    // Shared shingles per other document: all of them, and the sampled ones only. A
    // sample keeps only sampled shingles: its two counts are one, counted once.
    let onlySampled = !sketch.full;
    for (let k = 0; onlySampled && k < sketch.kept.length; k++) onlySampled = isSampled(sketch.kept[k]!);
    const shared = this.shared.start(this.pathOf.length);
    for (const shingle of sketch.kept) {
      const posting = this.postings.add(shingle, id);
      if (posting === undefined) continue;
      const sampled = !onlySampled && isSampled(shingle);
      if (typeof posting === 'number') {
        shared.count(posting, sampled);
        continue;
      }
      shared.countAll(posting, sampled);
      if (posting.length < POSTING_LIMIT) posting.push(id);
    }
    const sampledCounts = onlySampled ? shared.all : shared.sampled;
    const mine = new Set<string>();
    this.copies.set(path, mine);
    for (const otherId of shared.others()) {
      const theirs = this.sketchOfId[otherId]!;
      // Two whole sets compare whole; otherwise only the sample both keep.
      const whole = sketch.full && theirs.full;
      const common = whole ? shared.all[otherId]! : sampledCounts[otherId]!;
      const smaller = whole ? Math.min(sketch.size, theirs.size) : Math.min(sketch.sampled, theirs.sampled);
      if (common > 0 && common >= Math.min(MIN_SHARED, smaller) && common >= smaller * CONTAINMENT) {
        const other = this.pathOf[otherId]!;
        mine.add(other);
        this.copies.get(other)!.add(path);
      }
    }
    return this.regroup([path, ...before, ...mine]);
  }

  /** Forgets a document. Returns the paths whose origin changed. */
  remove(path: string): Set<string> {
    if (!this.sketches.has(path)) return new Set();
    const before = this.detach(path);
    this.sketches.delete(path);
    this.sketchOfId[this.docIds.get(path)!] = undefined;
    this.copies.delete(path);
    this.groups.delete(path);
    return this.regroup(before);
  }

  /** Takes a document out of the postings and the copy graph; returns its former copies. */
  private detach(path: string): string[] {
    const sketch = this.sketches.get(path);
    const id = this.docIds.get(path);
    if (!sketch || id === undefined) return [];
    for (const shingle of sketch.kept) {
      const posting = this.postings.get(shingle);
      if (posting === undefined) continue;
      const rest = typeof posting === 'number' ? (posting === id ? [] : [posting]) : posting.filter((d) => d !== id);
      if (!rest.length) this.postings.delete(shingle);
      else this.postings.set(shingle, rest.length === 1 ? rest[0]! : rest);
    }
    const former = [...(this.copies.get(path) ?? [])];
    for (const other of former) this.copies.get(other)?.delete(path);
    this.copies.set(path, new Set());
    return former;
  }

  /** Walks the components holding `starts` again and names each after its smallest path. */
  private regroup(starts: readonly string[]): Set<string> {
    const changed = new Set<string>();
    const seen = new Set<string>();
    for (const start of starts) {
      if (seen.has(start) || !this.sketches.has(start)) continue;
      const component = this.component(start);
      component.forEach((member) => seen.add(member));
      const id = component.reduce((a, b) => (b < a ? b : a));
      for (const member of component) {
        if (this.groups.get(member) !== id) changed.add(member);
        this.groups.set(member, id);
      }
    }
    return changed;
  }
}

/**
 * Shingles one document shares with each other document, counted in arrays indexed by
 * document number and reset through the list of those touched: a folder's first load
 * counts hundreds of millions of them, and Map updates were a fifth of cross-referencing.
 */
class SharedCounts {
  all = new Int32Array(0);
  sampled = new Int32Array(0);
  private touched: number[] = [];

  /** Clears the last document's counts; `documents`: how many document numbers there are. */
  start(documents: number): this {
    for (const other of this.touched) this.all[other] = this.sampled[other] = 0;
    this.touched = [];
    if (this.all.length < documents) {
      const size = Math.max(documents, this.all.length * 2);
      this.all = new Int32Array(size);
      this.sampled = new Int32Array(size);
    }
    return this;
  }

  count(other: number, sampled: boolean): void {
    if (this.all[other]++ === 0) this.touched.push(other);
    if (sampled) this.sampled[other]++;
  }

  /** `count` for each of `others`: the hot loop of filling the index, kept tight. */
  countAll(others: readonly number[], sampled: boolean): void {
    const all = this.all;
    const touched = this.touched;
    for (let k = 0; k < others.length; k++) {
      const other = others[k]!;
      if (all[other]++ === 0) touched.push(other);
    }
    if (!sampled) return;
    const counts = this.sampled;
    for (let k = 0; k < others.length; k++) counts[others[k]!]++;
  }

  /** The documents counted, in the order first met. */
  others(): readonly number[] {
    return this.touched;
  }
}

/**
 * Maps each path to its group id: the smallest path (in code-unit order) of its group,
 * so the id does not depend on the order the documents come in.
 */
export function groupSources(docs: readonly SourceDocument[]): Map<string, string> {
  const index = new SourceIndex();
  for (const doc of docs) index.set(doc.path, bodyShingles(doc));
  return new Map(docs.map((doc) => [doc.path, index.groupOf(doc.path)]));
}
