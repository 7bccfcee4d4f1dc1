import type { ParsingContext } from 'chrono-node';
import { tagTimex } from '../timexTags.js';
import { WordBoundaryParser } from './wordBoundaryParser.js';

/**
 * Words that point at the present, the past or the future without naming a date:
 * TimeML gives them the values PRESENT_REF, PAST_REF and FUTURE_REF. Chrono reads
 * "now" as this very second, which no news writer means.
 */
const PATTERN =
  /(now|currently|nowadays|these days|at present|presently|the present|recently|lately|recent (?:years|months|weeks|days|decades|times)|in recent years|the past|the future|in the near future|the near future)(?=\W|$)(?!\s*(?:-|\d|two|three|four|five|six|seven|eight|nine|ten|several|few|couple|year|month|week|day|decade|century|quarter))/i;

const VALUES: Array<[RegExp, string]> = [
  [/^(now|currently|nowadays|these days|at present|presently|the present)$/i, 'PRESENT_REF'],
  [/^(the future|in the near future|the near future)$/i, 'FUTURE_REF'],
];

export class PresentPastFutureParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return PATTERN;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray) {
    const words = match[0].replace(/^in /i, '');
    const value = VALUES.find(([re]) => re.test(words))?.[1] ?? 'PAST_REF';
    const result = context.createParsingResult(match.index! + match[0].length - words.length, words);
    result.start = tagTimex(context.createParsingComponents(), value, 'DATE');
    return result;
  }
}
