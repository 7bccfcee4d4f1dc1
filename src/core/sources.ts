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

/** FNV-1a, 32 bits. */
function hashString(text: string, seed = 0x811c9dc5): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Normalised words: case, curly quotes and apostrophes, punctuation do not matter. */
function normalizedWords(text: string): string[] {
  return text.toLowerCase().replace(/['’‘]/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function shingles(text: string, size = SHINGLE_WORDS): Set<number> {
  const wordHashes = normalizedWords(text).map((w) => hashString(w));
  const out = new Set<number>();
  for (let i = 0; i + size <= wordHashes.length; i++) {
    let hash = 0x811c9dc5;
    for (let k = i; k < i + size; k++) hash = Math.imul(hash ^ wordHashes[k]!, 0x01000193) >>> 0;
    out.add(hash);
  }
  return out;
}

/** The body's shingles of a document: what copies of it share. */
export function bodyShingles(doc: SourceDocument): Set<number> {
  return shingles(bodyText(doc));
}

/**
 * Origins kept current one document at a time (the workspace and the language server
 * change one file at a time): an inverted index of shingles finds the documents a new
 * text shares shingles with; "is a copy of" edges are kept, and only the connected
 * components around the changed document are walked again.
 */
export class SourceIndex {
  private readonly sets = new Map<string, Set<number>>();
  private readonly postings = new Map<number, string[]>();
  private readonly copies = new Map<string, Set<string>>();
  private readonly groups = new Map<string, string>();

  /** Origin id of a document: the smallest path (code-unit order) of its group. */
  groupOf(path: string): string {
    return this.groups.get(path) ?? path;
  }

  /** Adds or replaces a document's shingles. Returns the paths whose origin changed. */
  set(path: string, set: Set<number>): Set<string> {
    const before = this.detach(path);
    this.sets.set(path, set);
    const shared = new Map<string, number>();
    for (const shingle of set) {
      const posting = this.postings.get(shingle);
      if (!posting) {
        this.postings.set(shingle, [path]);
        continue;
      }
      for (const other of posting) shared.set(other, (shared.get(other) ?? 0) + 1);
      if (posting.length < POSTING_LIMIT) posting.push(path);
    }
    const mine = new Set<string>();
    this.copies.set(path, mine);
    for (const [other, common] of shared) {
      const smaller = Math.min(set.size, this.sets.get(other)!.size);
      if (common >= Math.min(MIN_SHARED, smaller) && common >= smaller * CONTAINMENT) {
        mine.add(other);
        this.copies.get(other)!.add(path);
      }
    }
    return this.regroup([path, ...before, ...mine]);
  }

  /** Forgets a document. Returns the paths whose origin changed. */
  remove(path: string): Set<string> {
    if (!this.sets.has(path)) return new Set();
    const before = this.detach(path);
    this.sets.delete(path);
    this.copies.delete(path);
    this.groups.delete(path);
    return this.regroup(before);
  }

  /** Takes a document out of the postings and the copy graph; returns its former copies. */
  private detach(path: string): string[] {
    const set = this.sets.get(path);
    if (!set) return [];
    for (const shingle of set) {
      const posting = this.postings.get(shingle);
      if (!posting) continue;
      const i = posting.indexOf(path);
      if (i >= 0) posting.splice(i, 1);
      if (!posting.length) this.postings.delete(shingle);
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
      if (seen.has(start) || !this.sets.has(start)) continue;
      const component: string[] = [];
      const queue = [start];
      seen.add(start);
      while (queue.length) {
        const at = queue.pop()!;
        component.push(at);
        for (const next of this.copies.get(at) ?? []) {
          if (!seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
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
 * Maps each path to its group id: the smallest path (in code-unit order) of its group,
 * so the id does not depend on the order the documents come in.
 */
export function groupSources(docs: readonly SourceDocument[]): Map<string, string> {
  const index = new SourceIndex();
  for (const doc of docs) index.set(doc.path, bodyShingles(doc));
  return new Map(docs.map((doc) => [doc.path, index.groupOf(doc.path)]));
}
