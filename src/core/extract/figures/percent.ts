/** Percent step: "12%", "27 %", "12 percent", "12 per cent", "100 percentage", "3 percentage points". */
import { after, before, type FigureDraft } from './draft.js';

const PERCENT = /^(?:[ \t\u00a0]?%|[ \t\u00a0]+percentage[ \t]+points?(?![\p{L}])|[ \t\u00a0-]+(?:per[ \t]?cents?|percents?|percentages?|pct)(?![\p{L}]))/iu;

/** "per cent of 210" opening a sentence: the percent word first (never after another word, as in "a large percent of 10"). */
const PERCENT_FIRST = /(?:^|[.!?;:][ \t]+)(per[ \t]?cents?|percents?)[ \t]+of[ \t]+$/diu;

export function attachPercent(text: string, drafts: FigureDraft[]): FigureDraft[] {
  return drafts.map((d) => {
    if (d.unitKind !== null) return d;
    const m = PERCENT.exec(after(text, d.end, 24));
    if (!m) {
      const look = before(text, d.start, 24);
      const first = PERCENT_FIRST.exec(look);
      if (!first || d.value === null) return d;
      const start = d.start - look.length + first.indices![1]![0];
      return { ...d, start, core: { start, end: d.end }, unit: '%', unitKind: 'percent' };
    }
    const unit = /point/i.test(m[0]) ? 'percentage points' : '%';
    const end = d.end + m[0].length;
    return { ...d, end, core: { start: d.core.start, end }, unit, unitKind: 'percent' };
  });
}
