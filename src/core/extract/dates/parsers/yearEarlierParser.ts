import type { ParsingContext } from 'chrono-node';
import { quarterOf } from '../calendar.js';
import { markRelative, tagTimex } from '../timexTags.js';
import { referenceDay } from './reference.js';
import { WordBoundaryParser } from './wordBoundaryParser.js';

/**
 * "year-earlier profit", "the year-ago results": earnings reports compare the quarter
 * just reported with the same quarter a year before, so the value is that quarter of the
 * previous year. ("the year-earlier quarter" is the quarter parser's.)
 */
const PATTERN = /(year-earlier|year-ago)(?![\s-]+(?:quarter|period|level|month|week|day)s?\b)(?=\W|$)/i;

export class YearEarlierParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return PATTERN;
  }

  innerExtract(context: ParsingContext, _match: RegExpMatchArray) {
    const ref = referenceDay(context);
    const reported = quarterOf(ref.month) - 1;
    const value = reported === 0 ? `${ref.year - 2}-Q4` : `${ref.year - 1}-Q${reported}`;
    return markRelative(tagTimex(context.createParsingComponents(), value, 'DATE'));
  }
}
