import type { ParsingContext } from 'chrono-node';
import { addDays, isoWeek, weekday } from '../calendar.js';
import { markRelative, tagTimex } from '../timexTags.js';
import { tenseAround } from '../tense.js';
import { referenceDay } from './reference.js';
import { WordBoundaryParser } from './wordBoundaryParser.js';

/**
 * "the weekend", "over the weekend": the weekend just gone, or the coming one when the
 * sentence looks ahead. TimeML writes it as the ISO week with `-WE` (`1990-W32-WE`).
 */
const PATTERN = /the\s+weekend(?!s)(?=\W|$)/i;

export class WeekendParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return PATTERN;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray) {
    const ref = referenceDay(context);
    const dow = weekday(ref);
    const future = tenseAround(context.text, match.index!, match.index! + match[0].length) === 'future';
    // Saturday on or before the reference (or after it, looking ahead).
    const saturday = future ? addDays(ref, (6 - dow + 7) % 7) : addDays(ref, dow === 0 ? -1 : -((dow + 1) % 7));
    return markRelative(tagTimex(context.createParsingComponents(), `${isoWeek(saturday)}-WE`, 'DATE'));
  }
}
