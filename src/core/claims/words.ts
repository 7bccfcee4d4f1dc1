/**
 * The words of a sentence as claims see them: each with its offsets, its lower-case
 * form and its stem (Porter, from the `stemmer` package), so "talks", "talk" and
 * "talked" are one term.
 */
import { stemmer } from 'stemmer';

export interface Word {
  /** As written ("U.S.", "Ukrainian-Russian"). */
  text: string;
  start: number;
  end: number;
  lower: string;
  stem: string;
}

// Initialisms with dots ("U.S.", "U.K.") first, then words with inner apostrophes and
// hyphens, then numbers.
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

/** The words of `text` between `from` and `to`. */
export function wordsIn(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    const raw = m[0];
    const lower = raw.toLowerCase().replace(/’/g, "'");
    out.push({ text: raw, start: m.index, end: m.index + raw.length, lower, stem: stemOf(lower) });
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
    const bare = lower.replace(/'s$/, '').replace(/\./g, '');
    stem = /^\p{L}+$/u.test(bare) ? stemmer(bare) : bare;
    if (STEMS.size >= STEM_CACHE_LIMIT) STEMS.clear();
    STEMS.set(lower, stem);
  }
  return stem;
}
