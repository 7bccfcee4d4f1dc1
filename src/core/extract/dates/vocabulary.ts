/** Words the news parsers share. */
import { NONZERO_UNIT_WORDS, TEEN_WORDS, TENS_WORDS, table } from '../../text/numberWords.js';

const SMALL_NUMBERS: Record<string, number> = table({
  ...NONZERO_UNIT_WORDS, ...TEEN_WORDS, ...TENS_WORDS,
  a: 1, an: 1, hundred: 100, 'a hundred': 100, 'a couple of': 2, 'a couple': 2, 'a few': 3,
});

/** Counts that name no exact number: TIMEX3 writes them as `X` ("several years" -> PXY). */
const VAGUE_COUNTS = new Set(['several', 'few', 'many', 'some', 'a few', 'the last few', 'numerous', 'a number of']);

/** Tens take a unit after them ("twenty-five"); an article never does: "a two-week strike" is two weeks. */
const TENS = Object.keys(TENS_WORDS).join('|');
const UNITS = Object.keys(NONZERO_UNIT_WORDS).join('|');

export const COUNT_PATTERN =
  '(?:\\d{1,3}(?:\\.\\d+)?|a couple of|a couple|a few|a hundred|several|few|many|numerous|' +
  `(?:${TENS})(?:[ -](?:${UNITS}))?|${UNITS}|${Object.keys(TEEN_WORDS).join('|')}|hundred|an?)`;

/** A count word or number -> its value, or 'X' for vague counts, or null. */
export function parseCount(word: string): number | 'X' | null {
  const w = word.toLowerCase().replace(/\s+/g, ' ').trim();
  if (VAGUE_COUNTS.has(w)) return 'X';
  if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
  if (w in SMALL_NUMBERS) return SMALL_NUMBERS[w];
  const compound = /^(\w+)[ -](\w+)$/.exec(w);
  if (compound && compound[1] in TENS_WORDS && compound[2] in NONZERO_UNIT_WORDS) {
    return TENS_WORDS[compound[1]] + NONZERO_UNIT_WORDS[compound[2]];
  }
  return null;
}

/** Time unit word -> TIMEX3 duration letter; `T` marks the units that follow the time designator. */
export const UNIT_PATTERN =
  '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|years?|decades?|centuries|century|quarters?)';

export function unitCode(unit: string): { letter: string; time: boolean; factor: number } | null {
  const u = unit.toLowerCase().replace(/s$/, '').replace(/ie$/, 'y');
  switch (u) {
    case 'second': return { letter: 'S', time: true, factor: 1 };
    case 'minute': return { letter: 'M', time: true, factor: 1 };
    case 'hour': return { letter: 'H', time: true, factor: 1 };
    case 'day': case 'night': return { letter: 'D', time: false, factor: 1 };
    case 'week': case 'weekend': return { letter: 'W', time: false, factor: 1 };
    case 'month': return { letter: 'M', time: false, factor: 1 };
    case 'quarter': return { letter: 'Q', time: false, factor: 1 };
    case 'year': return { letter: 'Y', time: false, factor: 1 };
    case 'decade': return { letter: 'E', time: false, factor: 1 };
    case 'century': case 'centurie': return { letter: 'C', time: false, factor: 1 };
    default: return null;
  }
}

/** `P2M`, `PT3H`, `PXY`. */
export function durationValue(count: number | 'X', unit: string): string | null {
  const code = unitCode(unit);
  if (!code) return null;
  const n = count === 'X' ? 'X' : String(count);
  return code.time ? `PT${n}${code.letter}` : `P${n}${code.letter}`;
}

export const SEASONS: Record<string, { code: string; firstMonth: number }> = {
  winter: { code: 'WI', firstMonth: 12 },
  spring: { code: 'SP', firstMonth: 3 },
  summer: { code: 'SU', firstMonth: 6 },
  fall: { code: 'FA', firstMonth: 9 },
  autumn: { code: 'FA', firstMonth: 9 },
};

export const ORDINALS: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4,
};
