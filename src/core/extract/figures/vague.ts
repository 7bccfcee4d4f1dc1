/**
 * Vague-quantity parser: amounts given by order of magnitude, without a number.
 * Ranges chosen (and documented in the README of the engine):
 * - a bare plural scale counts from two of it up to the next order: "hundreds" 200..999,
 *   "thousands" 2,000..9,999, "millions" 2e6..9,999,999; "dozens" 24..99 (two dozen up
 *   to below "hundreds");
 * - "tens of X" 10X..100X-1 ("tens of thousands" 10,000..99,999), "hundreds of X"
 *   100X..1000X-1, "dozens of X" 24X..100X-1;
 * - "several X" 3X..9X, "a few X" 2X..5X, "a couple of X" about 2X.
 * All are approximate, with no single value.
 */
import type { FigureDraft } from './draft.js';
import { table } from './vocabulary.js';

const SCALE: Record<string, number> = table({ dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 });

const VAGUE = /\b(?:(tens|hundreds|dozens)[ \t]+of[ \t]+(thousands|millions|billions)|(several|a[ \t]+few|a[ \t]+couple[ \t]+of)[ \t]+(dozen|hundred|thousand|million|billion)|(dozens|hundreds|thousands|millions|billions|trillions))(?![\p{L}])/giu;
/**
 * Not right after a number ("5 hundreds" is the number's business). Checked on each match
 * rather than as a lookbehind at the head of VAGUE, which would run at every position.
 */
const NUMBER_BEFORE = /\p{N}[ \t]?$/u;

function range(kind: string, scale: number): [number, number] {
  switch (kind) {
    case 'tens': return [10 * scale, 100 * scale - 1];
    case 'hundreds': return [100 * scale, 1000 * scale - 1];
    case 'dozens': return [24 * scale, 100 * scale - 1];
    case 'several': return [3 * scale, 9 * scale];
    case 'a few': return [2 * scale, 5 * scale];
    default: return [2 * scale, 2 * scale];
  }
}

export function findVagueAmounts(text: string): FigureDraft[] {
  const out: FigureDraft[] = [];
  VAGUE.lastIndex = 0;
  for (let m = VAGUE.exec(text); m; m = VAGUE.exec(text)) {
    if (NUMBER_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index))) {
      VAGUE.lastIndex = m.index + 1;
      continue;
    }
    let min: number;
    let max: number;
    if (m[1]) {
      [min, max] = range(m[1].toLowerCase(), SCALE[m[2]!.toLowerCase().slice(0, -1)]!);
    } else if (m[3]) {
      [min, max] = range(m[3].toLowerCase().replace(/[ \t]+/g, ' ').replace('a couple of', 'couple'), SCALE[m[4]!.toLowerCase()]!);
    } else {
      const word = m[5]!.toLowerCase();
      [min, max] = word === 'dozens' ? [24, 99] : ((s) => [2 * s, 10 * s - 1])(SCALE[word.slice(0, -1)]!) as [number, number];
    }
    const start = m.index;
    const end = start + m[0].length;
    const couple = min === max;
    out.push({
      start, end, value: couple ? min : null, min: couple ? null : min, max: couple ? null : max, unit: null, unitKind: null,
      approximate: true, core: { start, end }, number: min, mentions: [], bounded: false,
    });
  }
  return out;
}
