/**
 * Calendar arithmetic on TIMEX3 values that may be partly unknown: "the next day" after
 * `XXXX-01-12` is `XXXX-01-13`, after `XXXX-WXX-1` it is `XXXX-WXX-2`. What the shift
 * cannot know for certain (Feb 28 + 1 day without a year) is written `X`.
 */
import { addDays, addMonths, formatDay, formatMonth, pad, parseYmd } from './calendar.js';

/** The TIMEX3 duration letters a shift can count in. */
export type ShiftUnit = 'D' | 'W' | 'M' | 'Y' | 'E';

/** A leap year and a common year: a yearless day is certain when both give the same answer. */
const SAMPLE_YEARS = [2000, 2001];

/**
 * `timex` moved by `count` units, at the granularity of `timex` (the day stays a day, the
 * year a year), or null when the shift cannot be expressed at that granularity (a day
 * count from a bare year).
 */
export function shiftTimex(timex: string, count: number, unit: ShiftUnit): string | null {
  const date = timex.split('T')[0];
  const days = unit === 'D' ? count : unit === 'W' ? count * 7 : null;
  const months = unit === 'M' ? count : unit === 'Y' ? count * 12 : unit === 'E' ? count * 120 : null;

  const day = parseYmd(date);
  if (day) {
    if (days !== null) return formatDay(addDays(day, days));
    const m = addMonths(day.year, day.month, months!);
    return validDay(m.year, m.month, day.day) ? formatDay({ ...m, day: day.day }) : formatMonth(m.year, m.month);
  }

  const yearless = /^XXXX-(\d{2})-(\d{2})$/.exec(date);
  if (yearless) return shiftYearlessDay(Number(yearless[1]), Number(yearless[2]), days, months!);

  const weekday = /^XXXX-WXX-([1-7])$/.exec(date);
  if (weekday) {
    if (days === null) return null;
    return `XXXX-WXX-${((((Number(weekday[1]) - 1 + days) % 7) + 7) % 7) + 1}`;
  }
  if (date === 'XXXX-XX-XX') return days !== null ? date : null;

  const month = /^(\d{4})-(\d{2})$/.exec(date);
  if (month && months !== null) {
    const m = addMonths(Number(month[1]), Number(month[2]), months);
    return formatMonth(m.year, m.month);
  }
  const yearlessMonth = /^XXXX-(\d{2})$/.exec(date);
  if (yearlessMonth && months !== null) return `XXXX-${pad(addMonths(2000, Number(yearlessMonth[1]), months).month)}`;

  const quarter = /^(\d{4})-Q([1-4])$/.exec(date);
  if (quarter && months !== null && months % 3 === 0) {
    const index = Number(quarter[1]) * 4 + Number(quarter[2]) - 1 + months / 3;
    return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  }
  if (/^\d{4}$/.test(date) && months !== null && months % 12 === 0) return pad(Number(date) + months / 12, 4);
  return null;
}

function validDay(year: number, month: number, day: number): boolean {
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Month and day without a year: certain only if a leap year and a common year agree. */
function shiftYearlessDay(month: number, day: number, days: number | null, months: number | null): string {
  const answers = new Set(
    SAMPLE_YEARS.map((year) => {
      if (!validDay(year, month, day)) return 'XX-XX';
      if (days !== null) return formatDay(addDays({ year, month, day }, days)).slice(5);
      const m = addMonths(year, month, months!);
      return validDay(m.year, m.month, day) ? `${pad(m.month)}-${pad(day)}` : 'XX-XX';
    })
  );
  return answers.size === 1 ? `XXXX-${[...answers][0]}` : 'XXXX-XX-XX';
}
