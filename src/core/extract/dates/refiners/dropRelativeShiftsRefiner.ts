import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { hasTag, taggedTimex } from '../timexTags.js';

/**
 * Chrono reads "for two months", "within a week", "last two weeks" and "next year" as a
 * single day that far from the reference. In news these are lengths of time or whole
 * periods, which our own parsers name; drop chrono's reading before overlaps are
 * resolved so ours survive. Shifts that do name a point ("two years ago",
 * "three days later") are kept.
 */
export class DropRelativeShiftsRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => {
      if (!hasTag(result.start, 'result/relativeDate') || taggedTimex(result.start)) return true;
      // "13 days after the bombing" is a length of time before an event: the duration parser's.
      return /\b(ago|earlier|later|from now|hence)\s*$/i.test(result.text);
    });
  }
}
