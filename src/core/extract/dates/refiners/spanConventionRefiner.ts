import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/** Prepositions and punctuation chrono keeps in front of a date; TimeML spans leave them out. */
const LEADING = /^(?:[\s,(]|\b(?:on|in|at|by|for|during|since|until|till|from|of|to|around|about|within|through|throughout|before|after|as of)\b)+/i;
const TRAILING = /(?:[\s,)]|\s+of)+$/;

/** Degree words TimeML keeps inside the span: "late Monday", "early on Monday", "mid-June". */
const MODIFIER_BEFORE = /(?:^|[^\w-])((?:early|late|mid|earlier|later|the end of|the beginning of|the start of|the middle of)(?:\s+(?:on|in))?[\s-]+)$/i;

const MONTH_DETERMINER_BEFORE = /(?:^|\W)((?:(?:early|late)\s+)?(?:last|this|next|this past|this coming)\s+)$/i;

function isMonthOnly(result: ParsingResult): boolean {
  return result.start.isCertain('month') && !result.start.isCertain('day') && !result.start.isCertain('year');
}

/**
 * Makes chrono's spans follow the TimeML conventions: no leading preposition, and the
 * modifiers that change the period kept.
 */
export class SpanConventionRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      const lead = LEADING.exec(result.text)?.[0] ?? '';
      if (lead && lead.length < result.text.length) {
        result.index += lead.length;
        result.text = result.text.slice(lead.length);
      }
      const trail = TRAILING.exec(result.text)?.[0] ?? '';
      if (trail && trail.length < result.text.length) result.text = result.text.slice(0, -trail.length);
      const before = context.text.slice(Math.max(0, result.index - 24), result.index);
      // "the 10th of January": TimeML keeps the article of an ordinal day.
      if (/^\d{1,2}(st|nd|rd|th)\b/i.test(result.text) && /(?:^|\W)the\s+$/i.test(before)) {
        const article = /the\s+$/i.exec(before)![0];
        result.index -= article.length;
        result.text = article + result.text;
        continue;
      }
      // "last June", "this December": the determiner decides which June.
      const determiner = isMonthOnly(result) ? MONTH_DETERMINER_BEFORE.exec(before)?.[1] : undefined;
      if (determiner) {
        result.index -= determiner.length;
        result.text = determiner + result.text;
        continue;
      }
      const modifier = MODIFIER_BEFORE.exec(before)?.[1];
      if (modifier && !/^(early|late|mid|earlier|later)/i.test(result.text)) {
        result.index -= modifier.length;
        result.text = modifier + result.text;
      }
    }
    return results;
  }
}
