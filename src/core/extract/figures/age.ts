/**
 * Age step: "80-year-old", "five years old", "ten months old", "3 years of age",
 * "aged 45", "age 87", "87 yo", "Linda Sanders, 35, said", and age ranges ("40-50 years old"). The unit says what the age is counted in ("years old").
 */
import { after, before, type FigureDraft } from './draft.js';

const AGE_AFTER = /^(?:[ \t\u00a0]*[-‐‑][ \t\u00a0]*|[ \t\u00a0]+)(year|yr|month|week|day)s?(?:(?:[ \t\u00a0]*[-‐‑][ \t\u00a0]*|[ \t\u00a0]+)old|[ \t\u00a0]+of[ \t\u00a0]+age)(?![\p{L}])/iu;
const YEARS_OLD_ABBREVIATION = /^[ \t\u00a0]*(?:yo|y\.o\.|y\/o)(?![\p{L}])/iu;
/** "Linda Sanders, 35, had finished": the news convention for a person's age. */
const APPOSITIVE_BEFORE = /\p{Lu}[\p{L}'’.-]*,[ \t\u00a0]$/u;
const APPOSITIVE_AFTER = /^(?:,|[ \t\u00a0]*(?:and|or)[ \t\u00a0])/u;
const AGE_BEFORE = /(?:^|[^\p{L}])(aged?)[ \t\u00a0]+$/diu;

export function attachAge(text: string, drafts: FigureDraft[]): FigureDraft[] {
  return drafts.map((d) => {
    if (d.unitKind !== null || d.mentions.length === 0) return d;
    const m = AGE_AFTER.exec(after(text, d.end, 30));
    if (m) {
      const end = d.end + m[0].length;
      return { ...d, end, core: { start: d.core.start, end }, unit: `${m[1]!.toLowerCase().replace('yr', 'year')}s old`, unitKind: 'age' as const };
    }
    const yo = YEARS_OLD_ABBREVIATION.exec(after(text, d.end, 8));
    if (yo) {
      const end = d.end + yo[0].length;
      return { ...d, end, core: { start: d.core.start, end }, unit: 'years old', unitKind: 'age' as const };
    }
    if (d.value === null || d.mentions.length !== 1) return d;
    const single = d.mentions[0]!;
    if (!single.words && single.kind === 'integer' && d.value > 0 && d.value < 120 &&
        APPOSITIVE_BEFORE.test(before(text, d.start, 30)) && APPOSITIVE_AFTER.test(after(text, d.end, 6))) {
      return { ...d, unit: 'years old', unitKind: 'age' as const };
    }
    const look = before(text, d.start, 8);
    const b = AGE_BEFORE.exec(look);
    if (b && Number.isInteger(d.value) && d.value > 0 && d.value < 130) {
      const start = d.start - look.length + b.indices![1]![0];
      return { ...d, start, core: { start, end: d.end }, unit: 'years old', unitKind: 'age' as const };
    }
    return d;
  });
}
