import type { ParsingContext } from 'chrono-node';
import { tagTimex } from '../timexTags.js';
import { COUNT_PATTERN, UNIT_PATTERN, durationValue, parseCount } from '../vocabulary.js';
import { WordBoundaryParser } from './wordBoundaryParser.js';

/**
 * Lengths of time: "two months", "a month", "the past two months", "month-long",
 * "a two-week visit", "52-week high", "several years". TimeML DURATION values (`P2M`).
 * Chrono turns "for two months" into a date two months ahead, which is not what it says.
 * "80-year-old" is an age and left to the figures extractor.
 */
const PATTERN = new RegExp(
  '(?:(the\\s+(?:past|last|next|coming|previous|first|final|following)|the\\s+better\\s+part\\s+of|nearly|almost|about|more\\s+than|less\\s+than|over|at\\s+least|up\\s+to)\\s+)?' +
    `(?:(${COUNT_PATTERN})(?:\\s+(?:full|more|long|straight|consecutive|additional|other))?[\\s-]+(${UNIT_PATTERN})` +
    `|(second|minute|hour|day|week|month|year|decade)[\\s-]long` +
    `|(the\\s+(?:past|last|next|coming|previous))\\s+(${UNIT_PATTERN}))` +
    '(?![\\s-]+(?:old|ago|earlier|later|from now|hence|of age)\\b)(?![\\w-])',
  'i'
);

export class DurationParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return PATTERN;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray) {
    const [, lead, countWord, unitWord, longUnit, pastWord, pastUnit] = match;
    let value: string | null;
    let text = match[0];
    let index = match.index!;
    if (longUnit) {
      value = durationValue(1, longUnit);
    } else if (pastWord) {
      // "the past year" = a year up to now; "the next week" likewise ahead.
      value = durationValue(1, pastUnit);
    } else {
      const count = parseCount(countWord);
      if (count === null) return null;
      // "a day" after a number is a rate ("$5 a day"), and "one day" alone is a vague point.
      if (/^(a|an|one)$/i.test(countWord) && !lead && /\d\s*$|\b(per|times|twice)\s*$/i.test(context.text.slice(Math.max(0, index - 12), index))) return null;
      // "a one-day strike" is a length, hyphenated as an adjective.
      if (/^one$/i.test(countWord) && /^(day|night)$/i.test(unitWord) && !lead && !/one-/i.test(match[0])) return null;
      // "a second time", "one second thought": the ordinal, not a length of time.
      if (/^(a|an|one)$/i.test(countWord) && /^second$/i.test(unitWord)) return null;
      value = durationValue(count, unitWord);
      // Hedges ("nearly", "about") and "more than" are not part of the TimeML span.
      if (lead && !/^the\b/i.test(lead)) {
        const skip = lead.length + /^\s*/.exec(match[0].slice(lead.length))![0].length;
        index += skip;
        text = text.slice(skip);
      }
    }
    if (!value) return null;
    const result = context.createParsingResult(index, text);
    result.start = tagTimex(context.createParsingComponents(), value, 'DURATION');
    return result;
  }
}
