/**
 * The words of a sentence as claims see them: each with its offsets, its lower-case
 * form and its stem (Porter, from the `stemmer` package), so "talks", "talk" and
 * "talked" are one term.
 */
import { stemmer } from 'stemmer';
import { codeAt, isLetterOrDigit, isUpper, widthOf } from '../text/charClasses.js';
import { FNV_OFFSET, fnvStep } from '../text/fnv.js';
import { detached } from '../text/detached.js';

export interface Word {
  /** As written ("U.S.", "Ukrainian-Russian"). */
  text: string;
  start: number;
  end: number;
  lower: string;
  stem: string;
}

// Initialisms with dots ("U.S.", "U.K.") first, then words with inner apostrophes and
// hyphens, then numbers. `wordsIn` scans for the same matches by hand (this regex, with
// its Unicode classes, was a fifth of the time signatures took); kept for what the scan
// does not handle (a start inside a surrogate pair) and as its definition.
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

/** End of `(?:\p{Lu}\.){2,}` from `i`, or -1 when it does not match there. */
function initialismEnd(text: string, i: number): number {
  let count = 0;
  while (i < text.length) {
    const cp = codeAt(text, i);
    const after = i + widthOf(cp);
    if (!isUpper(cp) || text.charCodeAt(after) !== 0x2e) break;
    i = after + 1;
    count++;
  }
  return count >= 2 ? i : -1;
}

/** End of `[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*` from `i` (a letter or digit). */
function wordEnd(text: string, i: number): number {
  for (;;) {
    while (i < text.length) {
      const cp = codeAt(text, i);
      if (!isLetterOrDigit(cp)) break;
      i += widthOf(cp);
    }
    const c = text.charCodeAt(i);
    if ((c === 0x27 || c === 0x2019 || c === 0x2d) && i + 1 < text.length && isLetterOrDigit(codeAt(text, i + 1))) i++;
    else return i;
  }
}

/**
 * Words already read, by their text as written: the text, its lower-case form and its
 * stem. A word met again (most words of a news text) then costs no slice of the document,
 * no toLowerCase and no hash of a new string: an open-addressing table over a hash of the
 * word's characters, its slots holding where an entry starts + 1. Emptied when full, so a huge
 * folder of rare words cannot grow it without bound.
 */
const SLOT_BITS = 18;
const SLOT_MASK = (1 << SLOT_BITS) - 1;
const READINGS_LIMIT = 100_000;
const slots = new Int32Array(1 << SLOT_BITS);
/** Entry e at [3e, 3e + 3): text as written, lower-case form, stem (side by side: one cache line). */
let entries: string[] = [];

/** The word text[start, end) with its reading, from the table or added to it. */
function wordAt(text: string, start: number, end: number): Word {
  let hash = FNV_OFFSET;
  for (let k = start; k < end; k++) hash = fnvStep(hash, text.charCodeAt(k));
  const length = end - start;
  let slot = hash & SLOT_MASK;
  for (let at = slots[slot]! - 1; at >= 0; slot = (slot + 1) & SLOT_MASK, at = slots[slot]! - 1) {
    const raw = entries[at]!;
    if (raw.length !== length) continue;
    let k = 0;
    while (k < length && raw.charCodeAt(k) === text.charCodeAt(start + k)) k++;
    if (k === length) return { text: raw, start, end, lower: entries[at + 1]!, stem: entries[at + 2]! };
  }
  if (entries.length >= 3 * READINGS_LIMIT) {
    slots.fill(0);
    entries = [];
    slot = hash & SLOT_MASK;
  }
  const raw = detached(text.slice(start, end));
  const lower = raw.toLowerCase().replace(/’/g, "'");
  const stem = stemOf(lower);
  slots[slot] = entries.length + 1;
  entries.push(raw, lower, stem);
  return { text: raw, start, end, lower, stem };
}

/** The words of `text` between `from` and `to`: the matches of WORD starting before `to`. */
export function wordsIn(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const c = text.charCodeAt(from);
  if (from > 0 && c >= 0xdc00 && c <= 0xdfff && text.charCodeAt(from - 1) >= 0xd800 && text.charCodeAt(from - 1) <= 0xdbff) {
    WORD.lastIndex = from;
    for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) out.push(wordAt(text, m.index, m.index + m[0].length));
    return out;
  }
  const end = Math.min(to, text.length);
  let i = Math.max(0, from);
  while (i < end) {
    const cp = codeAt(text, i);
    if (!isLetterOrDigit(cp)) {
      i += widthOf(cp);
      continue;
    }
    let after = isUpper(cp) ? initialismEnd(text, i) : -1;
    if (after < 0) after = wordEnd(text, i);
    out.push(wordAt(text, i, after));
    i = after;
  }
  return out;
}

/** Stems already computed: news vocabulary repeats, and stemming is the costly part of reading words. */
const STEMS = new Map<string, string>();
/** Cleared when full, so a huge folder of rare words cannot grow it without bound. */
const STEM_CACHE_LIMIT = 100_000;

/** The stem of a lower-case word; possessives and hyphen parts are stemmed as one. */
export function stemOf(lower: string): string {
  let stem = STEMS.get(lower);
  if (stem === undefined) {
    const key = detached(lower);
    const bare = key.replace(/'s$/, '').replace(/\./g, '');
    stem = /^\p{L}+$/u.test(bare) ? stemmer(bare) : bare;
    if (STEMS.size >= STEM_CACHE_LIMIT) STEMS.clear();
    STEMS.set(key, stem);
  }
  return stem;
}
