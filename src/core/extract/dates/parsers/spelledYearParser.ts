import type { ParsingContext } from 'chrono-node';
import { NONZERO_UNIT_WORDS, TEEN_WORDS, TENS_WORDS } from '../../../text/numberWords.js';
import { tagTimex } from '../timexTags.js';
import { WordBoundaryParser } from './wordBoundaryParser.js';

/**
 * Years and centuries as broadcast transcripts write them: "nineteen ninety-six",
 * "the year two thousand", "the nineties", "the 20th century".
 */
const UNITS = NONZERO_UNIT_WORDS;
const TEENS = TEEN_WORDS;
const TENS = TENS_WORDS;
const DECADES: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };

const TENS_PATTERN = Object.keys(TENS).join('|');
const PATTERN = new RegExp(
  `(?:(the year\\s+)?(nineteen|eighteen|twenty)[\\s-]+(?:(${Object.keys(TEENS).join('|')})|(${TENS_PATTERN})(?:[\\s-]+(${Object.keys(UNITS).join('|')}))?)` +
    `|(?:the year\\s+)?two thousand(?:[\\s-]+and[\\s-]+(${Object.keys(UNITS).join('|')}))?` +
    `|the\\s+(?:(early|mid|late)[\\s-]+)?(${Object.keys(DECADES).join('|')})` +
    `|(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)[\\s-]century)(?=\\W|$)`,
  'i'
);

export class SpelledYearParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return PATTERN;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray) {
    const [whole, , century, teen, tens, unit, twoThousandUnit, , decade, ordinalCentury] = match;
    const components = context.createParsingComponents();
    const lower = whole.toLowerCase();
    if (ordinalCentury) return tagTimex(components, String(Number(ordinalCentury) - 1).padStart(2, '0'), 'DATE');
    if (decade) return tagTimex(components, `19${DECADES[decade.toLowerCase()]}`, 'DATE');
    if (lower.includes('two thousand')) {
      // "two thousand" alone is an amount unless introduced as a year.
      if (!lower.startsWith('the year') && !twoThousandUnit) return null;
      return tagTimex(components, String(2000 + (twoThousandUnit ? UNITS[twoThousandUnit.toLowerCase()] : 0)), 'DATE');
    }
    const hundreds = { eighteen: 1800, nineteen: 1900, twenty: 2000 }[century.toLowerCase() as 'nineteen'] ?? 1900;
    const rest = teen ? TEENS[teen.toLowerCase()] : TENS[tens.toLowerCase()] + (unit ? UNITS[unit.toLowerCase()] : 0);
    return tagTimex(components, String(hundreds + rest), 'DATE');
  }
}
