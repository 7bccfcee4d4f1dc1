import type { ParsingContext } from 'chrono-node';
import { WordBoundaryParser } from './wordBoundaryParser.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * "last May", "this March", "early next June": a month with a word that says which one.
 * Chrono drops a lone "May" unless "in" precedes it (the verb is too common); with a
 * determiner it is the month. The year is chosen by NewsTenseRefiner from the determiner.
 */
const PATTERN = new RegExp(`((?:(?:early|late|mid)[\\s-]+)?(?:last|this|next|this past|this coming))\\s+(${MONTHS.join('|')})(?=\\W|$)(?!\\s+\\d)`, 'i');

export class DeterminedMonthParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return PATTERN;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray) {
    // "May" must be capitalised to be the month; "this may" is the verb.
    if (!/^[A-Z]/.test(match[2])) return null;
    return context.createParsingComponents({ month: MONTHS.indexOf(match[2].toLowerCase()) + 1 });
  }
}
