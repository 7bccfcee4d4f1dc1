/**
 * The words and double quotation marks of a block, exactly as the pattern
 *   /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*|["“”]/gu
 * finds them, but scanned by char code: a regex match per word, and a Map lookup of the
 * word's string, were most of the classifier's time. Each word comes with a hash of its
 * code units, so a cache (`SpanCache`) can find it without slicing it out of the text.
 */
import { isLetterOrDigit } from '../text/charClasses.js';

export interface Tokens {
  count: number;
  /** Offsets of each token in the scanned text; a quotation mark is a token of length 1. */
  start: Int32Array;
  end: Int32Array;
  /** Hash of the token's code units, folded with `hashStep`. */
  hash: Int32Array;
}

export function createTokens(): Tokens {
  return { count: 0, start: new Int32Array(256), end: new Int32Array(256), hash: new Int32Array(256) };
}

/** One step of the hash of a string's UTF-16 code units (what `SpanCache` keys on). */
export function hashStep(hash: number, unit: number): number {
  return (Math.imul(hash, 31) + unit) | 0;
}

/** Classes of UTF-16 code units, as bits: */
const WORD = 1;
/** ' ’ . - join two runs of letters into one word ("don't", "U.S", "well-known"). */
const JOINER = 2;
const QUOTE = 4;
const SURROGATE = 8;
/** Set once the unit is classified: a class of 0 means not yet looked at. */
const KNOWN = 16;
const CLASS = new Uint8Array(0x10000);
for (let unit = 0xd800; unit <= 0xdfff; unit++) CLASS[unit] = SURROGATE | KNOWN;

/** Classifies a BMP code unit (not a surrogate) the first time it is seen. */
function learn(unit: number): number {
  let c = KNOWN | (isLetterOrDigit(unit) ? WORD : 0);
  if (unit === 0x27 || unit === 0x2019 || unit === 0x2e || unit === 0x2d) c |= JOINER;
  if (unit === 0x22 || unit === 0x201c || unit === 0x201d) c |= QUOTE;
  CLASS[unit] = c;
  return c;
}

function classAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  const c = CLASS[unit]!;
  return c === 0 ? learn(unit) : c;
}

/**
 * Whether the surrogate at `i` starts a pair that is a letter or digit outside the BMP. A
 * lone surrogate is neither, as in a `u` regex.
 */
function astralWordAt(text: string, i: number): boolean {
  const high = text.charCodeAt(i);
  if (high >= 0xdc00) return false;
  const low = text.charCodeAt(i + 1);
  if ((low & 0xfc00) !== 0xdc00) return false;
  return isLetterOrDigit(((high - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
}

/**
 * Code units of the letter or digit at `i` (2 for one outside the BMP), 0 when there is
 * none. A pair that straddles `end` is cut there, as in a regex run on the slice.
 */
function wordUnitsAt(text: string, i: number, end: number): number {
  const c = classAt(text, i);
  if (c & WORD) return 1;
  return c & SURROGATE && i + 1 < end && astralWordAt(text, i) ? 2 : 0;
}

function push(tokens: Tokens, start: number, end: number, hash: number): void {
  if (tokens.count === tokens.start.length) {
    const size = tokens.count * 2;
    const grow = (a: Int32Array) => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    tokens.start = grow(tokens.start);
    tokens.end = grow(tokens.end);
    tokens.hash = grow(tokens.hash);
  }
  tokens.start[tokens.count] = start;
  tokens.end[tokens.count] = end;
  tokens.hash[tokens.count] = hash;
  tokens.count++;
}

/** Fills `tokens` with the words and quotation marks of `text.slice(from, to)`, in order (offsets into `text`). */
export function scanTokens(text: string, from: number, to: number, tokens: Tokens): void {
  tokens.count = 0;
  const n = to;
  let i = from;
  while (i < n) {
    let units = wordUnitsAt(text, i, n);
    if (!units) {
      if (classAt(text, i) & QUOTE) push(tokens, i, i + 1, hashStep(0, text.charCodeAt(i)));
      i++;
      continue;
    }
    const start = i;
    let hash = 0;
    for (;;) {
      hash = hashStep(hash, text.charCodeAt(i));
      if (units === 2) hash = hashStep(hash, text.charCodeAt(i + 1));
      i += units;
      if (i >= n) break;
      units = wordUnitsAt(text, i, n);
      if (units) continue;
      // A joiner continues the word only when a letter or digit follows it.
      if (classAt(text, i) & JOINER && i + 1 < n && (units = wordUnitsAt(text, i + 1, n))) {
        hash = hashStep(hash, text.charCodeAt(i));
        i++;
        continue;
      }
      break;
    }
    push(tokens, start, i, hash);
  }
}
