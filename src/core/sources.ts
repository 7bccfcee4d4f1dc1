/**
 * Copies of one article (a raw web page and its cleaned text, a syndicated wire story)
 * grouped as one origin, so that agreement between them is not counted as corroboration.
 *
 * Method: the body text (boilerplate regions left out) as a set of hashed 5-word
 * shingles; two documents are copies when the shingles they share make up at least half
 * of the smaller set (containment, so a short cleaned copy matches the long raw page);
 * groups close under "is a copy of" with union-find. Candidate pairs come from an
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

class UnionFind {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * Maps each path to its group id: the smallest path (in code-unit order) of its group,
 * so the id does not depend on the order the documents come in.
 */
export function groupSources(docs: readonly SourceDocument[]): Map<string, string> {
  const sets = docs.map((doc) => shingles(bodyText(doc)));
  // Shingle -> the documents that have it: a bare index for the first (most shingles
  // are never seen twice), an array once there are more.
  const postings = new Map<number, number | number[]>();
  const groups = new UnionFind(docs.length);
  const shared = new Map<number, number>();
  const count = (j: number) => shared.set(j, (shared.get(j) ?? 0) + 1);
  sets.forEach((set, i) => {
    shared.clear();
    for (const shingle of set) {
      const seen = postings.get(shingle);
      if (seen === undefined) {
        postings.set(shingle, i);
      } else if (typeof seen === 'number') {
        count(seen);
        postings.set(shingle, [seen, i]);
      } else {
        for (const j of seen) count(j);
        if (seen.length < POSTING_LIMIT) seen.push(i);
      }
    }
    for (const [j, common] of shared) {
      const smaller = Math.min(set.size, sets[j]!.size);
      if (common >= Math.min(MIN_SHARED, smaller) && common >= smaller * CONTAINMENT) groups.union(i, j);
    }
  });
  const idOf = new Map<number, string>();
  docs.forEach((doc, i) => {
    const root = groups.find(i);
    const current = idOf.get(root);
    if (current === undefined || doc.path < current) idOf.set(root, doc.path);
  });
  return new Map(docs.map((doc, i) => [doc.path, idOf.get(groups.find(i))!]));
}
