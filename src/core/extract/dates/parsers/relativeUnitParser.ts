import type { ParsingContext } from 'chrono-node';
import { addDays, addMonths, formatMonth, isoWeek, weekday } from '../calendar.js';
import { markRelative, tagTimex } from '../timexTags.js';
import { referenceDay } from './reference.js';
import { WordBoundaryParser } from './wordBoundaryParser.js';

/**
 * "this week", "last month", "next year", "earlier this month", "early next year",
 * "the end of this week", "this weekend", "last decade". Chrono resolves these to one
 * day; TimeML names the whole period at its own granularity (`2021-W51`, `2021-12`, `2021`).
 */
const PATTERN = new RegExp(
  '(?:(early|earlier|late|later|mid|the end of|the beginning of|the start of|the middle of|the rest of|the remainder of)[\\s-]+)?' +
    '(this|last|next|the past|the previous|the coming|the current|the same|the full|the latest|the fiscal|in the)\\s+' +
    '(?:fiscal\\s+)?(week|weekend|month|year|decade|century)(?![\\s-]?(?:old|long|\\d))',
  'i'
);

export class RelativeUnitParser extends WordBoundaryParser {
  innerPattern(): RegExp {
    return PATTERN;
  }

  innerExtract(context: ParsingContext, match: RegExpMatchArray) {
    const [, , which, unitWord] = match;
    // ABC's "This Week": a title in quotes, not this week.
    if (/^[A-Z]/.test(which) && /^[A-Z]/.test(unitWord) && /["“]\s*$/.test(context.text.slice(Math.max(0, match.index! - 2), match.index!))) return null;
    const w = which.toLowerCase();
    // "the past year" and "the same month" are durations or anaphora, not this period.
    if (w === 'the same') return null;
    // "the full year", "the fiscal year", "earlier in the year": the current one.
    if ((w === 'the full' || w === 'the fiscal') && unitWord.toLowerCase() !== 'year') return null;
    if (w === 'in the' && !/^(earlier|later)$/i.test(match[1] ?? '')) return null;
    if ((w === 'the past' || w === 'the previous' || w === 'the coming') && !match[1]) return null;
    const step = w === 'the latest' ? (/fiscal/i.test(match[0]) ? -1 : 0) : w === 'last' || w === 'the past' || w === 'the previous' ? -1 : w === 'next' || w === 'the coming' ? 1 : 0;
    const ref = referenceDay(context);
    const unit = unitWord.toLowerCase();
    let value: string;
    switch (unit) {
      case 'week':
      case 'weekend': {
        const day = addDays(ref, step * 7);
        value = isoWeek(day) + (unit === 'weekend' ? '-WE' : '');
        // "this weekend" on a Monday is the one just gone.
        if (unit === 'weekend' && step === 0 && weekday(ref) >= 1 && weekday(ref) <= 2) value = isoWeek(addDays(ref, -7)) + '-WE';
        break;
      }
      case 'month': {
        const m = addMonths(ref.year, ref.month, step);
        value = formatMonth(m.year, m.month);
        break;
      }
      case 'year':
        value = String(ref.year + step);
        break;
      case 'decade':
        value = String(Math.floor(ref.year / 10) + step);
        break;
      default:
        value = String(Math.floor(ref.year / 100) + step);
    }
    return markRelative(tagTimex(context.createParsingComponents(), value, 'DATE'));
  }
}
