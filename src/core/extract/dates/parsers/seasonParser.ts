import type { ParsingContext } from 'chrono-node';
import { markRelative, tagTimex } from '../timexTags.js';
import { SEASONS } from '../vocabulary.js';
import { tenseAround } from '../tense.js';
import { referenceDay } from './reference.js';
import { WordBoundaryParser } from './wordBoundaryParser.js';

/**
 * "this winter", "last fall", "next spring", "early this summer": TimeML season values
 * (`2021-WI`). A bare season word needs a determiner: "spring" alone is too often a noun.
 */
const PATTERN = /(?:(early|late|mid|earlier|later)[\s-]+)?(this|last|next|this past|this coming|the coming|the past|the)\s+(winter|spring|summer|fall|autumn)(?!\s+of\b)(?![\s-](?:collection|season|semester|term|olympics|games|house|school|camp))/i;

/** The season a month falls in; December belongs to the winter that starts in it. */
function seasonStart(month: number): number {
  return month === 12 || month <= 2 ? 12 : month >= 9 ? 9 : month >= 6 ? 6 : 3;
}

export class SeasonParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return PATTERN;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray) {
    const [, , which, name] = match;
    const season = SEASONS[name.toLowerCase()];
    const ref = referenceDay(context);
    // The year a winter is named by is the year of its December.
    const currentStart = seasonStart(ref.month);
    const currentYear = currentStart === 12 && ref.month <= 2 ? ref.year - 1 : ref.year;
    const w = which.toLowerCase();
    let year: number;
    if (season.firstMonth === currentStart) {
      year = currentYear + (w === 'last' || w === 'the past' ? -1 : w === 'next' ? 1 : 0);
    } else {
      // The named season nearest in the direction the modifier points (past for "this past").
      const before = season.firstMonth < (currentStart === 12 ? 12 : currentStart) || (currentStart === 12 && ref.month <= 2 && season.firstMonth !== 12);
      const pastYear = before ? currentYear : currentYear - 1;
      const futureYear = pastYear + 1;
      if (w === 'last' || w === 'this past' || w === 'the past') year = pastYear;
      else if (w === 'next' || w === 'this coming' || w === 'the coming') year = futureYear;
      else if (w === 'the') year = tenseAround(context.text, match.index!, match.index! + match[0].length) === 'future' ? futureYear : pastYear;
      else year = ref.year; // "this summer": the summer of the publication year
    }
    return markRelative(tagTimex(context.createParsingComponents(), `${year}-${season.code}`, 'DATE'));
  }
}
