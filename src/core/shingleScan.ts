/**
 * The distinct shingle hashes of a text, read by char codes: the same numbers, in the
 * same order, as hashing the words of
 * `text.toLowerCase().replace(/['’‘]/g, '').match(/[\p{L}\p{N}]+/gu)` (FNV-1a per word,
 * then FNV-1a over each run of `size` word hashes, kept to 30 bits) and keeping the first
 * of each; but without the word strings, the regexes and a Set (they were most of the
 * time copies detection took).
 */
import { isLetterOrDigit } from './text/charClasses.js';
import { FNV_OFFSET, fnvStep } from './text/fnv.js';


/** Apostrophes the words are read without ("council's" is "councils"). */
const isApostrophe = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2018;

/** ASCII letters and digits (the text is lower-cased: no capitals left to meet). */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0x30; c <= 0x39; c++) ASCII_WORD[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) ASCII_WORD[c] = 1;

/**
 * Seen shingles, as an open-addressing table (hash + 1; 0: empty) reused from call to
 * call, and the distinct ones in the order first met. A text past REUSE_LIMIT words gets
 * its own, so one huge text does not keep its tables alive.
 */
const REUSE_LIMIT = 1 << 16;
let sharedSeen = new Int32Array(1 << 12);
let sharedFound = new Int32Array(1 << 10);

/** Index of the next code unit at or after `i` that is not an apostrophe (they are left out before matching). */
function skipApostrophes(lower: string, i: number): number {
  while (i < lower.length && isApostrophe(lower.charCodeAt(i))) i++;
  return i;
}

/**
 * The distinct shingles of `text` in the order first met: `out[0, count)`. The array is
 * reused by the next call; copy what you keep.
 */
export function distinctShingles(text: string, size: number): { out: Int32Array; count: number } {
  // Whole-text lower-casing keeps its context rules (final sigma, "İ" to two code units).
  const lower = text.toLowerCase();
  const n = lower.length;
  // At most one shingle per word, and words are at least one code unit and a separator apart.
  const most = (n >> 1) + 1;
  const tableSize = 1 << Math.ceil(Math.log2(2 * most));
  let seen = sharedSeen;
  let found = sharedFound;
  if (most > REUSE_LIMIT) {
    seen = new Int32Array(tableSize);
    found = new Int32Array(1 << 10);
  } else if (seen.length < tableSize) seen = sharedSeen = new Int32Array(tableSize);
  const mask = tableSize - 1;
  let count = 0;
  // The last `size` word hashes, as a ring.
  const ring = new Int32Array(size);
  let next = 0;
  let words = 0;
  let i = 0;
  while (i < n) {
    // Find the start of a word: a letter or digit (a surrogate pair as one code point).
    let hash = FNV_OFFSET;
    let inWord = false;
    while (i < n) {
      const c = lower.charCodeAt(i);
      let width = 1;
      let isWord: boolean;
      let low = -1;
      if (isApostrophe(c)) {
        i++;
        continue;
      }
      if (c < 128) isWord = ASCII_WORD[c] === 1;
      else if (c >= 0xd800 && c <= 0xdbff) {
        // A pair may be joined across left-out apostrophes.
        const j = skipApostrophes(lower, i + 1);
        const d = j < n ? lower.charCodeAt(j) : -1;
        if (d >= 0xdc00 && d <= 0xdfff) {
          isWord = isLetterOrDigit(0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00));
          low = d;
          width = j + 1 - i;
        } else isWord = isLetterOrDigit(c);
      } else isWord = isLetterOrDigit(c);
      if (!isWord) {
        if (inWord) break;
        i += width;
        continue;
      }
      inWord = true;
      hash = fnvStep(hash, c);
      if (low >= 0) hash = fnvStep(hash, low);
      i += width;
    }
    if (!inWord) break;
    ring[next] = hash;
    next = next + 1 === size ? 0 : next + 1;
    if (++words < size) continue;
    // The oldest word hash is at `next` now.
    let shingle = FNV_OFFSET;
    for (let m = 0, k = next; m < size; m++, k = k + 1 === size ? 0 : k + 1) shingle = fnvStep(shingle, ring[k]!);
    // 30 bits: V8 keeps such numbers unboxed (small integers).
    shingle &= 0x3fffffff;
    let slot = Math.imul(shingle, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const at = seen[slot]!;
      if (at === 0) {
        seen[slot] = shingle + 1;
        if (count === found.length) {
          const grown = new Int32Array(found.length * 2);
          grown.set(found);
          found = grown;
          if (most <= REUSE_LIMIT) sharedFound = found;
        }
        found[count++] = shingle;
        break;
      }
      if (at === shingle + 1) break;
      slot = (slot + 1) & mask;
    }
  }
  seen.fill(0, 0, tableSize);
  return { out: found, count };
}
