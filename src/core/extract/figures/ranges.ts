/**
 * Range refiner: two numbers that bound one amount become one figure with min and
 * max: "between 5 and 10", "5-10", "5 to 10", "$5-10 million" (the scale word and the
 * sign of the second number apply to the first), and the estimate "four or five"
 * (approximate, only for close numbers: "5 or 500" is a choice, not a range).
 */
import { before, roundFloat, type FigureDraft } from './draft.js';

const BETWEEN = /(?:^|[^\p{L}])(between)[ \t\u00a0]+$/diu;
const AND_GAP = /^[ \t\u00a0]*%?[ \t\u00a0]+and[ \t\u00a0]+[$€£]?$/i;
const OR_GAP = /^[ \t\u00a0]+or[ \t\u00a0]+$/i;
const TO_GAP = /^(?:[ \t\u00a0]*%?[ \t\u00a0]*[-–—][ \t\u00a0]*|[ \t\u00a0]*%?[ \t\u00a0]+to[ \t\u00a0]+)[$€£]?$/i;

function rangeOf(first: FigureDraft, second: FigureDraft, start: number): FigureDraft | null {
  if (first.value === null || second.value === null) return null;
  let low = first.value;
  const high = second.value;
  const scale = second.mentions[0]?.scale ?? 1;
  // "5 to 10 million": the first number shares the second one's scale
  if (scale > 1 && (first.mentions[0]?.scale ?? 1) === 1 && low * scale <= high && low < high / scale + 1e-9) low = roundFloat(low * scale);
  if (!(low < high)) return null;
  return {
    ...first, start, end: second.end, value: null, min: low, max: high, core: { start, end: second.end }, number: low,
    mentions: [...first.mentions, ...second.mentions],
  };
}

/** "5-10" and "five to ten" are ranges; "two to 10" is rarely one. */
function startsWithDigit(text: string, d: FigureDraft): boolean {
  return /^[-−]?\d/.test(text.slice(d.start, d.start + 2));
}

export function mergeRanges(text: string, drafts: FigureDraft[]): FigureDraft[] {
  const out: FigureDraft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const first = drafts[i]!;
    const second = drafts[i + 1];
    if (second && first.unitKind === null && second.unitKind === null) {
      const gap = text.slice(first.end, second.start);
      const look = before(text, first.start, 12);
      const between = BETWEEN.exec(look);
      let merged: FigureDraft | null = null;
      if (!between && OR_GAP.test(gap) && startsWithDigit(text, first) === startsWithDigit(text, second)) {
        merged = rangeOf(first, second, first.start);
        merged = merged && merged.max! <= 3 * merged.min! ? { ...merged, approximate: true } : null;
      } else if (between && AND_GAP.test(gap)) merged = rangeOf(first, second, first.start - look.length + between.indices![1]![0]);
      else if (!between && TO_GAP.test(gap) && startsWithDigit(text, first) === startsWithDigit(text, second)) merged = rangeOf(first, second, first.start);
      // "6% to 309,381 yen": a percent range needs the percent sign on both ends
      if (merged && gap.includes('%') && !/^[ \t\u00a0]?%/.test(text.slice(second.end, second.end + 2))) merged = null;
      if (merged) {
        out.push(merged);
        i++;
        continue;
      }
    }
    out.push(first);
  }
  return out;
}
