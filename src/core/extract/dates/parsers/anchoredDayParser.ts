import type { ParsingContext } from 'chrono-node';
import { ANCHOR_TAG, markAsDate } from '../timexTags.js';
import { WordBoundaryParser } from './wordBoundaryParser.js';

/**
 * "the next day", "the following day", "the day before", "the previous day": a day
 * counted from the date the story is talking about, not from the publication date.
 * The pipeline anchors them on the nearest preceding date (see anchorRelativeDays).
 */
const PATTERN = /(the (?:next|following|previous|preceding) (?:day|morning|evening|night)|the day (?:before|after)|the night before|that (?:day|night|morning|evening))(?=\W|$)/i;

export class AnchoredDayParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return PATTERN;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray) {
    const words = match[0].toLowerCase();
    const shift = /next|following|after/.test(words) ? 1 : /previous|preceding|before/.test(words) ? -1 : 0;
    return markAsDate(context.createParsingComponents()).addTag(ANCHOR_TAG + shift);
  }
}
