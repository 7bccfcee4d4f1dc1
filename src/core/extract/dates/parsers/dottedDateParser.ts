import type { ParsingContext } from 'chrono-node';
import { WordBoundaryParser } from './wordBoundaryParser.js';

/**
 * Dates written with dots, as much of Europe writes them: "13.5.2015" (day first) and
 * "2015.5.13" (year first). Chrono reads neither. Two-part forms ("4.22") are left alone:
 * they are far more often decimals.
 */
const PATTERN = /(?:(\d{1,2})\.(\d{1,2})\.(\d{4})|(\d{4})\.(\d{1,2})\.(\d{1,2}))(?![\d.]\d|\d)/;

export class DottedDateParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return PATTERN;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray) {
    const [, d1, m1, y1, y2, m2, d2] = match;
    const day = Number(d1 ?? d2);
    const month = Number(m1 ?? m2);
    const year = Number(y1 ?? y2);
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return context.createParsingComponents({ day, month, year });
  }
}
