import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { addDays, compareYmd, weekday, type YMD } from '../calendar.js';
import { referenceDay } from '../parsers/reference.js';
import { WEEKDAY_ONLY_TAG, taggedTimex } from '../timexTags.js';
import { tenseAround, type Tense } from '../tense.js';

/**
 * Places a bare weekday or a month (and day) without a year relative to the publication
 * date the way news means it. A weekday is the most recent one on or before publication
 * unless the sentence looks ahead; a month without a year is its nearest occurrence in the
 * direction of the tense ("last June" written in December is the June just gone, where
 * chrono picks the coming one).
 */
export class NewsTenseRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const ref = referenceDay(context);
    for (const result of results) {
      const c = result.start;
      if (taggedTimex(c) || c.isCertain('year')) continue;
      const text = result.text.toLowerCase();
      const explicit: Tense = /\blast\b|\bpast\b|\bprevious\b/.test(text) ? 'past' : /\bnext\b|\bcoming\b/.test(text) ? 'future' : 'unknown';
      const tense = explicit !== 'unknown' ? explicit : tenseAround(context.text, result.index, result.index + result.text.length, c.isCertain('day'));
      if (c.isCertain('weekday') && !c.isCertain('day') && !c.isCertain('month')) {
        const target = c.get('weekday')!;
        const back = (weekday(ref) - target + 7) % 7;
        let day = addDays(ref, -back);
        if (tense === 'future') day = addDays(ref, (target - weekday(ref) + 7) % 7 || (explicit === 'future' ? 7 : 0));
        else if (explicit === 'past' && back === 0) day = addDays(ref, -7);
        assignDay(c, day);
      } else if (c.isCertain('month')) {
        const month = c.get('month')!;
        const day = c.isCertain('day') ? c.get('day')! : null;
        const at = (year: number): YMD => ({ year, month, day: day ?? 1 });
        // Month-only dates compare by month: "December" written in December is this one.
        const cmp = (year: number): number => (day === null ? year * 12 + month - (ref.year * 12 + ref.month) : compareYmd(at(year), ref));
        let year: number;
        if (tense === 'past') {
          year = cmp(ref.year) > 0 || (explicit === 'past' && cmp(ref.year) === 0) ? ref.year - 1 : ref.year;
        } else if (tense === 'future') {
          year = cmp(ref.year) < 0 || (explicit === 'future' && cmp(ref.year) === 0) ? ref.year + 1 : ref.year;
        } else {
          // No cue: news mostly reports what happened, so the latest occurrence not after
          // publication, unless that is most of a year back and the coming one is near.
          year = cmp(ref.year) > 0 ? ref.year - 1 : ref.year;
        }
        // A verb cue is a guess; a month almost a year away when the same month is a few
        // weeks off the other way is a misread cue ("said early January", "on 26 Dec").
        if (explicit === 'unknown') {
          const near = [year - 1, year + 1].find((y) => distanceDays(at(y), ref) < 90);
          if (near !== undefined && distanceDays(at(year), ref) > 270) year = near;
        }
        // "Saturday, April 25": the weekday says which year.
        if (day !== null && c.isCertain('weekday')) {
          const fits = [ref.year, ref.year - 1, ref.year + 1].find((y) => weekday(at(y)) === c.get('weekday'));
          if (fits !== undefined) year = fits;
        }
        c.assign('year', year);
        // The year was inferred, not written: keep the value but mark it for the formatter.
        c.addTag('timex/inferredYear');
      }
    }
    return results;
  }
}

function distanceDays(a: YMD, b: YMD): number {
  return Math.abs(Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day)) / 86400000;
}

function assignDay(c: ParsingResult['start'], day: YMD): void {
  c.assign('day', day.day);
  c.assign('month', day.month);
  c.assign('year', day.year);
  c.addTag('timex/inferredYear');
  c.addTag(WEEKDAY_ONLY_TAG);
}
