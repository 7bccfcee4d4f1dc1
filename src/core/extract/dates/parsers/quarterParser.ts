import type { ParsingContext } from 'chrono-node';
import { quarterOf } from '../calendar.js';
import { markRelative, tagTimex } from '../timexTags.js';
import { ORDINALS } from '../vocabulary.js';
import { referenceDay } from './reference.js';
import { WordBoundaryParser } from './wordBoundaryParser.js';

/**
 * Fiscal and calendar quarters: "the third quarter", "third-quarter", "the fourth quarter of 1998",
 * "the latest quarter", "the year-earlier quarter". Business news reports on quarters that
 * have ended, so a quarter without a year is the most recent one of that number that has
 * begun, and "the quarter" is the last completed one.
 */
const PATTERN = new RegExp(
  "(?:(the|this|last|next|this year's|last year's|next year's)\\s+)?" +
    '(?:(1[6-9]\\d\\d|20\\d\\d)\\s+)?' +
    '(?:(latest|current|past|previous|year-earlier|year-ago|comparable|same|fiscal|corresponding)\\s+)?' +
    '(?:(fiscal|calendar)\\s+)?' +
    '(?:(first|second|third|fourth|1st|2nd|3rd|4th)[\\s-])?' +
    '(?:quarter|(?<=(?:latest|year-earlier|year-ago|\\d{4})\\s)period)(?![\\w-]|\\s(?:century|mile|note|final|point|hour|inch|pound|ounce|of an?\\b|of the\\b|of its\\b))' +
    '(?:\\s+of\\s+(?:fiscal\\s+)?(1[6-9]\\d\\d|20\\d\\d))?',
  'i'
);

export class QuarterParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return PATTERN;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray) {
    const [, determiner, yearBefore, modifier, , ordinal, yearAfter] = match;
    const year = yearBefore ?? yearAfter;
    const det = (determiner ?? '').toLowerCase();
    const mod = (modifier ?? '').toLowerCase();
    // A quarter with no determiner, ordinal or year is "a quarter of the shares".
    if (!ordinal && !year && !determiner && !modifier) return null;
    if (!ordinal && det === '' && mod === 'fiscal') return null;
    const ref = referenceDay(context);
    const current = { year: ref.year, quarter: quarterOf(ref.month) };
    const lastCompleted = current.quarter === 1 ? { year: ref.year - 1, quarter: 4 } : { year: ref.year, quarter: current.quarter - 1 };
    let target: { year: number; quarter: number };
    if (ordinal) {
      const n = ORDINALS[ordinal.toLowerCase()];
      const y = year ? Number(year) : n <= current.quarter ? ref.year : ref.year - 1;
      target = { year: y, quarter: n };
      if (!year && (det === 'next')) target.year = n <= current.quarter ? ref.year + 1 : ref.year;
    } else if (mod === 'current' || det === 'next') {
      target = det === 'next' ? (current.quarter === 4 ? { year: ref.year + 1, quarter: 1 } : { year: ref.year, quarter: current.quarter + 1 }) : current;
    } else {
      target = lastCompleted;
    }
    if (!year && (mod === 'year-earlier' || mod === 'year-ago' || det === "last year's")) target = { ...target, year: target.year - 1 };
    if (!year && det === "next year's") target = { ...target, year: ref.year + 1 };
    // "the 1988 quarter": the reported quarter of that year. "quarter of 1998" names none.
    if (yearAfter && !ordinal) return null;
    if (yearBefore && !ordinal) target = { year: Number(yearBefore), quarter: lastCompleted.quarter };
    const components = tagTimex(context.createParsingComponents(), `${target.year}-Q${target.quarter}`, 'DATE');
    if (!year) markRelative(components);
    // "the third-quarter loss": the hyphenated quarter modifies the noun; "the" is the noun's.
    if (det === 'the' && !modifier && /^(?:first|second|third|fourth|1st|2nd|3rd|4th)-quarter$/i.test(match[0].slice(determiner.length).trim())) {
      const skip = match[0].length - match[0].slice(determiner.length).trimStart().length;
      const result = context.createParsingResult(match.index! + skip, match[0].slice(skip));
      result.start = components;
      return result;
    }
    return components;
  }
}
