/**
 * The calendar range a TIMEX3 date value covers, as [start, end) dates `YYYY-MM-DD`,
 * so that a period we name at its granularity ("2016-11", "2016-W46", "199") can be
 * compared with a range written out as dates, as Recognizers-Text writes date ranges.
 */
import { addDays, addMonths, formatDay } from '../../src/core/extract/dates/calendar.js';

export function timexRange(value: string): [string, string] | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) {
    const d = { year: +m[1], month: +m[2], day: +m[3] };
    return [formatDay(d), formatDay(addDays(d, 1))];
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const next = addMonths(+m[1], +m[2], 1);
    return [`${m[1]}-${m[2]}-01`, formatDay({ ...next, day: 1 })];
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const first = (+m[2] - 1) * 3 + 1;
    const next = addMonths(+m[1], first, 3);
    return [formatDay({ year: +m[1], month: first, day: 1 }), formatDay({ ...next, day: 1 })];
  }
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    // ISO week 1 holds January 4th; weeks start on Monday.
    const jan4 = { year: +m[1], month: 1, day: 4 };
    const dow = (new Date(Date.UTC(jan4.year, 0, 4)).getUTCDay() + 6) % 7;
    const monday = addDays(jan4, -dow + (+m[2] - 1) * 7);
    return m[3] ? [formatDay(addDays(monday, 5)), formatDay(addDays(monday, 7))] : [formatDay(monday), formatDay(addDays(monday, 7))];
  }
  if ((m = /^(\d{4})$/.exec(value))) return [`${m[1]}-01-01`, `${+m[1] + 1}-01-01`];
  if ((m = /^(\d{3})$/.exec(value))) return [`${m[1]}0-01-01`, `${+m[1] + 1}0-01-01`];
  return null;
}
