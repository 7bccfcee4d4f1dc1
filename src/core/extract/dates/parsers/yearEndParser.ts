import type { ParsingContext } from 'chrono-node';
import { markRelative, tagTimex } from '../timexTags.js';
import { referenceDay } from './reference.js';
import { WordBoundaryParser } from './wordBoundaryParser.js';

/** "year-end", "by year end", "year's end": the end of the publication year. */
const PATTERN = /(year[- ]end|year's end)(?![\w-])/i;

export class YearEndParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return PATTERN;
  }

  innerExtract(context: ParsingContext, _match: RegExpMatchArray) {
    return markRelative(tagTimex(context.createParsingComponents(), String(referenceDay(context).year), 'DATE'));
  }
}
