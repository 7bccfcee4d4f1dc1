import type { ParsingContext } from 'chrono-node';
import { ANCHOR_TAG, markAsDate } from '../timexTags.js';
import { WordBoundaryParser } from './wordBoundaryParser.js';

/**
 * "the next day", "the following day", "the day before", "the previous day": a day
 * counted from the date the story is talking about, not from the publication date.
 * The pipeline anchors them on the nearest preceding date (see discourse.ts).
 */
const PATTERN = /(the (?:next|following|previous|preceding) (?:day|morning|evening|night)|the (?:day|night) (?:before|after)|that (?:day|night|morning|evening))(?=\W|$)/i;

/**
 * "the day before the election", "the day after police raided": counted from an event, and
 * TimeML marks only "the day". Not when a verb follows ("the day before was quiet"), nor
 * a date ("the day before last Tuesday" is one expression).
 */
const EVENT_AFTER =
  /^\s+(?!(?:was|were|is|are|had|has|have|would|will|did|saw|and|or|but|as|yesterday|tomorrow|last|next|this|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b)[A-Za-z]/i;

export class AnchoredDayParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return PATTERN;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray) {
    const words = match[0].toLowerCase();
    const shift = /next|following|after/.test(words) ? 1 : /previous|preceding|before/.test(words) ? -1 : 0;
    const components = markAsDate(context.createParsingComponents()).addTag(ANCHOR_TAG + shift);
    const relation = / (?:before|after)$/i.exec(match[0]);
    const rest = context.text.slice(match.index! + match[0].length);
    if (!relation || !EVENT_AFTER.test(rest)) return components;
    return context.createParsingResult(match.index!, match[0].slice(0, relation.index), components);
  }
}
