import type { ParsingContext } from 'chrono-node';
import { COUNTED_SHIFT_TAG, tagTimex } from '../timexTags.js';
import { COUNT_PATTERN, UNIT_PATTERN, durationValue, parseCount } from '../vocabulary.js';
import { WordBoundaryParser } from './wordBoundaryParser.js';

/**
 * "ten years later", "two days later", "three weeks earlier": a point counted from the
 * date the story is talking about, not from the publication date. The count and the
 * direction travel as a tag; discourse.ts resolves them against the story's last named
 * date. The reading given here is TimeBank's for when there is none: a DURATION (`P3D`).
 */
const PATTERN = new RegExp(`(${COUNT_PATTERN})[\\s-]+(${UNIT_PATTERN})\\s+(later|earlier)(?![\\w-])`, 'i');

export class CountedShiftParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return PATTERN;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray) {
    const [, countWord, unitWord, direction] = match;
    const count = parseCount(countWord);
    const length = count === null ? null : durationValue(count, unitWord);
    if (count === null || length === null) return null;
    const sign = /later/i.test(direction) ? 1 : -1;
    const components = tagTimex(context.createParsingComponents(), length, 'DURATION');
    return components.addTag(`${COUNTED_SHIFT_TAG}${sign < 0 ? '-' : '+'}${length}`);
  }
}
