import type { DateValue } from '../../types.js';
import { addDays, formatDay, parseYmd, type YMD } from './calendar.js';

const QUARTER = /^\d{4}-Q[1-4]$/;
/** "a year earlier", "a year ago": the same period one year back. */
const YEAR_BACK = /^(a|one) year (ago|earlier|before)$/i;
/** How far back (in characters, about two sentences) a quarter is still the period being discussed. */
const QUARTER_REACH = 400;

/**
 * What the story is talking about so far, read in text order: the last day it named and
 * the last quarter. Expressions counted from those ("the next day", "a year earlier") are
 * resolved against them instead of the publication date.
 */
export class DiscourseAnchor {
  private lastDay: YMD | null;
  private lastQuarter: { timex: string; end: number } | null = null;

  constructor(published: YMD | null) {
    this.lastDay = published;
  }

  /** The value to report for a mention at [start, end), given its own reading. */
  resolve(text: string, start: number, end: number, value: DateValue, dayShift: number | null): DateValue {
    let resolved = value;
    if (dayShift !== null) {
      resolved = this.dayAfterAnchor(dayShift, /night|evening|morning/i.exec(text)?.[0]);
    } else if (this.lastQuarter && start - this.lastQuarter.end < QUARTER_REACH && YEAR_BACK.test(text)) {
      // Results compare a quarter with "a year earlier": that quarter a year back, not the year.
      resolved = { timex: `${Number(this.lastQuarter.timex.slice(0, 4)) - 1}${this.lastQuarter.timex.slice(4)}`, type: 'DATE' };
    }
    if (QUARTER.test(resolved.timex)) this.lastQuarter = { timex: resolved.timex, end };
    const day = parseYmd(resolved.timex.slice(0, 10));
    if (day && dayShift === null) this.lastDay = day;
    return resolved;
  }

  /** "the next day" after the date the story last named, or after publication. */
  private dayAfterAnchor(shift: number, part: string | undefined): DateValue {
    const date = this.lastDay ? formatDay(addDays(this.lastDay, shift)) : 'XXXX-XX-XX';
    if (!part) return { timex: date, type: 'DATE' };
    const code = { night: 'NI', evening: 'EV', morning: 'MO' }[part.toLowerCase()] ?? 'NI';
    return { timex: `${date}T${code}`, type: 'TIME' };
  }
}
