import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { anchorShift, hasTag, taggedTimex } from '../timexTags.js';

/** Month and weekday names that are also everyday words when they stand alone in lower case. */
const AMBIGUOUS_LOWERCASE = /^(may|march|sun|sat|wed|mar|jan|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|thu|fri|second|sec|min)\.?$/;

/** Abbreviated names with no day number: "Sun" (a newspaper), "Mar" (a verb), "Wed" ... */
const BARE_ABBREVIATION = /^(sun|sat|wed|mon|tue|tues|thu|thur|thurs|fri|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/i;

/** A time of day written the way news writes one: 7:24, 7 p.m., 7pm, noon, 10 o'clock. */
const CLEAR_TIME = /\d:\d\d|\d\s*(a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b|o'clock)|noon|midnight|morning|afternoon|evening|night/i;

/** "6 1/4%", "fell 7/8": stock prices and rates written as fractions, not month/day. */
function isFraction(text: string, whole: string, index: number): boolean {
  const m = /^(?:\d+\s+)?(\d{1,2})\/(\d{1,2})$/.exec(text);
  if (m && /^\d+\s/.test(text)) return true;
  if (!m) return false;
  const [numerator, denominator] = [Number(m[1]), Number(m[2])];
  if (/\d\s$/.test(whole.slice(Math.max(0, index - 2), index)) || /^\s*(%|percent)/.test(whole.slice(index + text.length, index + text.length + 9))) return true;
  return numerator < denominator && [2, 4, 8, 16, 32, 64].includes(denominator);
}

/**
 * Drops what chrono finds that is not a date: "1\n\nA" (a list number and the next
 * paragraph's first letter read as 1 AM), bare numbers, "may" the verb, "Sun" the paper,
 * and anything spanning a paragraph break.
 */
export class RejectMisreadingsRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => {
      if (taggedTimex(result.start) || anchorShift(result.start) !== null) return true;
      const text = result.text.trim().replace(/[\s,;:]+$/, '');
      if (/\n\s*\n/.test(text)) return false;
      // "6,107.31 August 2019": the day is the tail of a number.
      if (/^\d/.test(result.text) && /\d[.,]$/.test(context.text.slice(Math.max(0, result.index - 2), result.index))) return false;
      const fullDate = result.start.isCertain('day') && result.start.isCertain('month') && result.start.isCertain('year');
      if (/^[\d\s.,:-]+$/.test(text) && !fullDate && !/\d:\d\d/.test(text)) return false;
      // "4 5/8 to 112 5/8": mixed numbers are prices, wherever they sit in the match.
      if (/\d\s+\d{1,2}\/(2|4|8|16|32|64)\b/.test(text)) return false;
      if (isFraction(text.replace(/^(?:on|in|at|to|from)\s+/i, ''), context.text, result.index)) return false;
      // "the March of the Combatant Mothers": a month name heading a noun phrase.
      if (/\sof$/i.test(text) && !result.start.isCertain('day') && !result.start.isCertain('year')) return false;
      const after = context.text.slice(result.index + result.text.length, result.index + result.text.length + 3);
      // "today's world": the present in general, which TimeML leaves unmarked.
      if (/^today$/i.test(text) && /^'s/.test(after)) return false;
      const before = context.text.slice(Math.max(0, result.index - 8), result.index);
      // "Good evening", "$55 a night": a greeting and a rate, not a time.
      if (/^(morning|afternoon|evening|night)$/i.test(text) && /\b(good|a|per|each|every)\s+$/i.test(before)) return false;
      // "the night shifts", "morning papers": a part of the day naming a kind of thing.
      if (/^(morning|afternoon|evening|night)$/i.test(text) && /^\s+(shifts?|clubs?|sky|skies|watch|sessions?|trains?|flights?|news|papers?|editions?|markets?|class(es)?|school|life|owls?|raids?)\b/i.test(context.text.slice(result.index + result.text.length, result.index + result.text.length + 12))) return false;
      const words = text.replace(/^(on|in|at)\s+/i, '');
      if (AMBIGUOUS_LOWERCASE.test(words)) return false;
      if (BARE_ABBREVIATION.test(words)) return false;
      // ABC's "This Week": a title in quotes, not this week.
      if (/^(This|Last|Next)\s+[A-Z]/.test(text) && /["“]\s*$/.test(before)) return false;
      const hasTime = result.start.isCertain('hour');
      const hasDate = result.start.isCertain('day') || result.start.isCertain('weekday') || result.start.isCertain('month');
      if (hasTime && !CLEAR_TIME.test(text) && !hasTag(result.start, 'parser/ENCasualDateParser')) {
        if (!hasDate) return false;
        // "Jan. 1, 1990 at 1", "6.43, on Friday": a stray number read as the hour; keep the date.
        const stray = /^\d{1,2}(?:[.:]\d\d)?\s*,?\s*(?:on\s+)?|\s*,?\s*(?:at\s+)?\d{1,2}(?:[.:]\d\d)?$/.exec(result.text);
        if (!stray) return false;
        if (stray.index === 0) result.index += stray[0].length;
        result.text = stray.index === 0 ? result.text.slice(stray[0].length) : result.text.slice(0, stray.index);
        result.start.delete(['hour', 'minute', 'second', 'meridiem']);
      }
      return true;
    });
  }
}
