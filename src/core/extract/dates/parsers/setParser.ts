import type { ParsingContext } from 'chrono-node';
import { tagTimex } from '../timexTags.js';
import { WordBoundaryParser } from './wordBoundaryParser.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const UNITS: Record<string, string> = { day: 'P1D', week: 'P1W', month: 'P1M', year: 'P1Y', night: 'P1D', morning: 'XXXX-XX-XXTMO', evening: 'XXXX-XX-XXTEV' };
const ADVERBS: Record<string, string> = { daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', nightly: 'P1D' };

/**
 * Recurring times, TimeML type SET: "every Monday", "each July", "every year",
 * "daily", "annually".
 */
const PATTERN = new RegExp(
  `(?:(each|every)\\s+(${WEEKDAYS.join('|')}|${MONTHS.join('|')}|${Object.keys(UNITS).join('|')})|(${Object.keys(ADVERBS).join('|')}))(?=\\W|$)`,
  'i'
);

export class SetParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return PATTERN;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray) {
    const [, , word, adverb] = match;
    const components = context.createParsingComponents();
    if (adverb) {
      // "Ukraine Daily", "The Weekly Standard": a title, not a frequency.
      if (/^[A-Z]/.test(adverb) && /(^|\s)[A-Z][\w'’-]*\s+$/.test(context.text.slice(Math.max(0, match.index! - 30), match.index!))) return null;
      if (/^[A-Z]/.test(adverb) && /^\s+[A-Z]/.test(context.text.slice(match.index! + adverb.length, match.index! + adverb.length + 3))) return null;
      return tagTimex(components, ADVERBS[adverb.toLowerCase()], 'SET');
    }
    const w = word.toLowerCase();
    const weekday = WEEKDAYS.indexOf(w);
    const month = MONTHS.indexOf(w);
    const value = weekday >= 0 ? `XXXX-WXX-${weekday === 0 ? 7 : weekday}` : month >= 0 ? `XXXX-${String(month + 1).padStart(2, '0')}` : UNITS[w];
    return tagTimex(components, value, 'SET');
  }
}
