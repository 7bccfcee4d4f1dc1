import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { pad } from './calendar.js';
import { RELATIVE_TAG, WEEKDAY_ONLY_TAG, hasTag, taggedTimex, tagsOf } from './timexTags.js';
import type { DateValue } from '../../types.js';

/** TimeML's part-of-day codes for chrono's casual times. */
function partOfDay(text: string): string | null {
  const t = text.toLowerCase();
  if (/\bmorning\b/.test(t)) return 'MO';
  if (/\bafternoon\b/.test(t)) return 'AF';
  if (/\bevening\b/.test(t)) return 'EV';
  if (/\bnight\b|\btonight\b/.test(t)) return 'NI';
  return null;
}

/**
 * A chrono result as a TIMEX3 value at the granularity the text gives: a day, a month,
 * a year, or a time of day. `anchored` is false when there is no publication date, and a
 * year chrono had to guess is then written `XXXX`.
 */
export function toTimex(result: ParsedResult, anchored: boolean): DateValue {
  return componentsToTimex(result.start, result.text, anchored);
}

export function componentsToTimex(c: ParsedComponents, text: string, anchored: boolean): DateValue {
  const value = anchoredTimex(c, text, anchored);
  if (anchored || !isRelative(c) || value.type === 'DURATION' || value.type === 'SET') return value;
  // The date part came from a stand-in reference: unknown. A clock time stays as written.
  const [date, time] = value.timex.split('T');
  if (/^XXXX-WXX-\d$/.test(date)) return value; // already any-week: the weekday is what the text says
  return { ...value, timex: date.replace(/\d/g, 'X') + (time === undefined ? '' : `T${time}`) };
}

/** Counted from the reference date, so unknown without a publication date. */
function isRelative(c: ParsedComponents): boolean {
  for (const tag of tagsOf(c)) {
    if (tag === RELATIVE_TAG || tag === 'result/relativeDate' || tag.startsWith('casualReference/') || tag === 'parser/ENCasualDateParser') return true;
  }
  return false;
}

function anchoredTimex(c: ParsedComponents, text: string, anchored: boolean): DateValue {
  // A bare weekday with no publication date: TimeML's any-week form, ISO numbering (Monday 1).
  if (!anchored && hasTag(c, WEEKDAY_ONLY_TAG)) return withTimeOfDay(c, text, `XXXX-WXX-${c.get('weekday') || 7}`);
  const tagged = taggedTimex(c);
  // "June last year": our parser named the year, chrono added the month.
  if (tagged && !(/^\d{4}$/.test(tagged.timex) && c.isCertain('month'))) return tagged;
  const yearKnown = anchored || (c.isCertain('year') && !hasTag(c, 'timex/inferredYear'));
  const year = yearKnown ? pad(c.get('year')!, 4) : 'XXXX';
  const month = c.get('month')!;
  const dayKnown = c.isCertain('day') || c.isCertain('weekday') || !c.isCertain('month');
  // A clock time alone ("at 6 a.m.") names no day: without a publication date the day is unknown,
  // not the stand-in reference's.
  const clockOnly = !c.isCertain('year') && !c.isCertain('month') && !c.isCertain('day') && !c.isCertain('weekday');
  const date =
    !anchored && clockOnly ? 'XXXX-XX-XX'
    : dayKnown ? `${year}-${pad(month)}-${pad(c.get('day')!)}`
    : c.isCertain('month') ? `${year}-${pad(month)}`
    : year;
  if (!c.isCertain('day') && !c.isCertain('weekday') && !c.isCertain('month') && c.isCertain('year') && !c.isCertain('hour') && !partOfDay(text)) {
    return { timex: year, type: 'DATE' };
  }
  return withTimeOfDay(c, text, date);
}

/** Appends the clock time ("T06:00") or TimeML part of day ("TAF") the text gives, if any. */
function withTimeOfDay(c: ParsedComponents, text: string, date: string): DateValue {
  const part = partOfDay(text);
  if (part) return { timex: `${date}T${part}`, type: 'TIME' };
  if (c.isCertain('hour')) return { timex: `${date}T${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}`, type: 'TIME' };
  return { timex: date, type: 'DATE' };
}

