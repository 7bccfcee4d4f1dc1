import type { DateValue } from '../../types.js';
import { formatDay, type YMD } from './calendar.js';
import { shiftTimex, type ShiftUnit } from './shift.js';
import type { CountedShift } from './timexTags.js';

const QUARTER = /^\d{4}-Q[1-4]$/;
/** A day, known or not in part: `2022-01-12`, `XXXX-01-12`, `XXXX-XX-XX`, `XXXX-WXX-1`. */
const DAY = /^(?:(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)|XXXX-WXX-[1-7])(?:T|$)/;
/** A point on the calendar at any granularity, as opposed to PRESENT_REF or a duration. */
const CALENDAR = /^(?:\d{4}|XXXX)(?:-|$)/;
/** "a year earlier", "a year ago": the same period one year back. */
const YEAR_BACK = /^(a|one) year (ago|earlier|before)$/i;
/** How far back (in characters, about two sentences) a quarter is still the period being discussed. */
const QUARTER_REACH = 400;
const PARAGRAPH_BREAK = /\n[ \t\r]*\n/g;

/** A mention's value, and where its span ends when the reading shortens it. */
export interface Resolution {
  value: DateValue;
  end: number;
}

/**
 * What the story is talking about so far, read in text order: the last day it named, the
 * last date of any granularity, and the last quarter. Expressions counted from those
 * ("the next day", "ten years later", "a year earlier") are resolved against them instead
 * of the publication date.
 */
export class DiscourseAnchor {
  private lastDay: string | null;
  /** Where the mention that named `lastDay` ends (-1: the publication date). */
  private lastDayEnd = -1;
  private lastNamed: { timex: string; end: number } | null = null;
  private lastQuarter: { timex: string; end: number } | null = null;

  constructor(
    private readonly document: string,
    private readonly published: YMD | null
  ) {
    this.lastDay = published ? formatDay(published) : null;
  }

  /** The value to report for a mention at [start, end), given its own reading. */
  resolve(text: string, start: number, end: number, value: DateValue, dayShift: number | null, counted: CountedShift | null): Resolution {
    let resolution: Resolution = { value, end };
    if (dayShift !== null) {
      // "Oct. 12, the day before the crash": in apposition, the day just named.
      const apposition = /^the (day|night)$/i.test(text) && this.lastDayEnd >= 0 && /^\s*,\s*$/.test(this.document.slice(this.lastDayEnd, start));
      resolution.value = this.dayAfterAnchor(apposition ? 0 : dayShift, /night|evening|morning/i.exec(text)?.[0]);
    } else if (this.lastQuarter && start - this.lastQuarter.end < QUARTER_REACH && YEAR_BACK.test(text)) {
      // Results compare a quarter with "a year earlier": that quarter a year back, not the year.
      resolution.value = { timex: `${Number(this.lastQuarter.timex.slice(0, 4)) - 1}${this.lastQuarter.timex.slice(4)}`, type: 'DATE' };
    } else if (counted) {
      resolution = this.countFromNamedDate(text, start, end, counted);
    }
    const timex = resolution.value.timex;
    if (QUARTER.test(timex)) this.lastQuarter = { timex, end };
    if (CALENDAR.test(timex) && resolution.value.type !== 'DURATION') this.lastNamed = { timex, end };
    if (DAY.test(timex) && dayShift === null) {
      this.lastDay = timex.split('T')[0];
      this.lastDayEnd = end;
    }
    return resolution;
  }

  /** "the next day" after the date the story last named, or after publication. */
  private dayAfterAnchor(shift: number, part: string | undefined): DateValue {
    const date = (this.lastDay && shiftTimex(this.lastDay, shift, 'D')) ?? 'XXXX-XX-XX';
    if (!part) return { timex: date, type: 'DATE' };
    const code = { night: 'NI', evening: 'EV', morning: 'MO' }[part.toLowerCase()] ?? 'NI';
    return { timex: `${date}T${code}`, type: 'TIME' };
  }

  /**
   * "ten years later": counted from the date the story last named, if it named one in this
   * paragraph or the one before. Otherwise there is nothing in the story to count from,
   * and TimeBank marks the length alone ("Three days" later: DURATION `P3D`).
   */
  private countFromNamedDate(text: string, start: number, end: number, counted: CountedShift): Resolution {
    // Business news: "a year earlier" is the period reported compared with the year before
    // publication, whatever day was named last (TimeBank anchors it on the document date).
    if (YEAR_BACK.test(text)) {
      return { value: { timex: this.published ? String(this.published.year - 1) : 'XXXX', type: 'DATE' }, end };
    }
    const step = /^P(\d+)([DWMYE])$/.exec(counted.length);
    const named = this.lastNamed;
    if (step && named && this.paragraphsBetween(named.end, start) <= 1) {
      const shifted = shiftTimex(named.timex, counted.sign * Number(step[1]), step[2] as ShiftUnit);
      if (shifted) return { value: { timex: shifted, type: 'DATE' }, end };
    }
    const direction = /\s+(later|earlier)$/i.exec(text);
    return { value: { timex: counted.length, type: 'DURATION' }, end: direction ? end - direction[0].length : end };
  }

  private paragraphsBetween(from: number, to: number): number {
    return this.document.slice(from, to).match(PARAGRAPH_BREAK)?.length ?? 0;
  }
}
