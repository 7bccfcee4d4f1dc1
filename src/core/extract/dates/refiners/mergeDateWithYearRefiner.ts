import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { taggedTimex } from '../timexTags.js';

/** What may stand between a month-and-day and the year that completes it. */
const JOINER = /^\s*(?:,|of|in)?\s*$/i;

/**
 * "26th June of 2020", "January nineteen ninety-seven", "the tenth of September, two
 * thousand": chrono stops before a year it does not read in that position, and our year
 * parsers find the year alone. Join them into one date of that year.
 */
export class MergeDateWithYearRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const merged: ParsingResult[] = [];
    for (const result of results) {
      const previous = merged.at(-1);
      const year = taggedTimex(result.start)?.timex;
      if (previous && year && /^\d{4}$/.test(year) && canTakeYear(previous)) {
        const between = context.text.slice(previous.index + previous.text.length, result.index);
        if (JOINER.test(between)) {
          previous.text = context.text.slice(previous.index, result.index + result.text.length);
          previous.start.assign('year', Number(year));
          continue;
        }
      }
      merged.push(result);
    }
    return merged;
  }
}

function canTakeYear(result: ParsingResult): boolean {
  const c = result.start;
  return c.isCertain('month') && !c.isCertain('year') && !taggedTimex(c) && !result.end;
}
