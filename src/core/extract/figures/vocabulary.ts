/**
 * English number vocabulary for figures: scale words and the ordinals that name a
 * fraction's denominator ("three fifths", "a twenty-first"); the cardinal words are
 * shared with the date extractor (text/numberWords.ts).
 */

import { TEEN_WORDS, TENS_WORDS, UNIT_WORDS, table } from '../../text/numberWords.js';

export { TEEN_WORDS, TENS_WORDS, UNIT_WORDS, table } from '../../text/numberWords.js';

/** Words that multiply what precedes them. "hundred" is handled apart (it stays inside a group). */
export const SCALE_WORDS: Record<string, number> = table({
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
});

export const DOZEN_WORDS = new Set(['dozen', 'dozens', 'dz', 'dzs', 'doz', 'dozs']);

/** Ordinals of units: the second half of a compound denominator ("thirty-fifths"). */
export const UNIT_ORDINALS: Record<string, number> = table({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
});

const OTHER_ORDINALS: Record<string, number> = table({
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40,
  fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
  hundredth: 100, thousandth: 1e3, millionth: 1e6, billionth: 1e9, trillionth: 1e12,
});

/**
 * Ordinals that can stand alone as a denominator. "first" and "second" cannot: "a
 * first class seat", "a second" are not fractions; they only end a compound ("twenty-first").
 */
export const DENOMINATOR_ORDINALS: Record<string, number> = table({
  ...Object.fromEntries(Object.entries(UNIT_ORDINALS).filter(([w]) => w !== 'first' && w !== 'second')),
  ...OTHER_ORDINALS,
  half: 2, quarter: 4,
});

const PLURAL_DENOMINATOR_ORDINALS: Record<string, number> = table(Object.fromEntries([
  ...Object.entries(UNIT_ORDINALS).map(([w, v]) => [w + 's', v]),
  ...Object.entries(OTHER_ORDINALS).map(([w, v]) => [w + 's', v]),
  ['halves', 2], ['quarters', 4],
]));

export interface Denominator {
  value: number;
  plural: boolean;
  /** "first".."ninth": may join a preceding tens word into one denominator. */
  unitOrdinal: boolean;
}

export function denominatorOf(word: string, inCompound: boolean): Denominator | null {
  const plural = PLURAL_DENOMINATOR_ORDINALS[word];
  if (plural !== undefined) return { value: plural, plural: true, unitOrdinal: UNIT_ORDINALS[word.slice(0, -1)] !== undefined };
  const single = inCompound ? (UNIT_ORDINALS[word] ?? DENOMINATOR_ORDINALS[word]) : DENOMINATOR_ORDINALS[word];
  if (single !== undefined) return { value: single, plural: false, unitOrdinal: UNIT_ORDINALS[word] !== undefined };
  return null;
}

export function isCardinalWord(word: string): boolean {
  return word in UNIT_WORDS || word in TEEN_WORDS || word in TENS_WORDS || word === 'hundred' || word in SCALE_WORDS || DOZEN_WORDS.has(word);
}

/** Multiplier suffixes written right after digits ("10k", "3bn", "1.2b", "2mil", "1MM"). */
export const FUSED_MULTIPLIERS: Record<string, number> = table({
  k: 1e3, K: 1e3, M: 1e6, MM: 1e6, mm: 1e6, mn: 1e6, mln: 1e6, mil: 1e6, G: 1e9, B: 1e9, b: 1e9, bn: 1e9, bln: 1e9,
  tn: 1e12, trn: 1e12, tln: 1e12,
});

/** The same suffixes written as a separate token ("2.33 k", "10 bln"); "m" and "b" alone are too ambiguous. */
export const SPACED_MULTIPLIERS: Record<string, number> = table({
  k: 1e3, K: 1e3, M: 1e6, MM: 1e6, mn: 1e6, mln: 1e6, G: 1e9, bn: 1e9, bln: 1e9, trn: 1e12, tln: 1e12,
});
