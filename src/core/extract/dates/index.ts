import type { ParsedResult } from 'chrono-node';
import type { DateFact } from '../../types.js';
import { parseYmd, type YMD } from './calendar.js';
import { DateCandidates, scanHits } from './candidates.js';
import { chunks } from './chunks.js';
import { DiscourseAnchor } from './discourse.js';
import type { GatedOption } from './gatedParser.js';
import { newsChrono } from './newsChrono.js';
import { splitRanges } from './ranges.js';
import { componentsToTimex } from './timex.js';
import { anchorShift, countedShift } from './timexTags.js';

export interface DateExtractionOptions {
  /** Publication date YYYY-MM-DD, or null when unknown. */
  published: string | null;
}

/** With no publication date chrono still needs a reference; what depends on it is masked as X. */
const UNANCHORED_REFERENCE: YMD = { year: 2000, month: 6, day: 15 };

/**
 * Finds every date, time, duration and set in `text`, with TIMEX3 values resolved against
 * the publication date. Steps: chrono with the news parsers and refiners, paragraph by
 * paragraph, each parser only where a word it needs occurs (newsChrono.ts, chunks.ts,
 * candidates.ts); ranges split into their ends (ranges.ts); TIMEX
 * formatting (timex.ts); expressions counted from the story's own dates (discourse.ts).
 */
export function extractDates(text: string, options: DateExtractionOptions): DateFact[] {
  const published = options.published ? parseYmd(options.published) : null;
  const reference = published ?? UNANCHORED_REFERENCE;
  const referenceDate = new Date(reference.year, reference.month - 1, reference.day, 12);
  const results: ParsedResult[] = [];
  const spans = chunks(text);
  const found = scanHits(text, spans);
  spans.forEach((chunk, i) => {
    const slice = text.slice(chunk.start, chunk.end);
    const candidates = new DateCandidates(slice, found[i]!.bits, found[i]!.hits);
    // A paragraph with nothing any parser needs has no date: chrono is not run on it.
    if (!candidates.any()) return;
    const option: GatedOption = { candidates };
    for (const result of newsChrono.parse(slice, referenceDate, option)) {
      (result as { index: number }).index += chunk.start;
      results.push(result);
    }
  });
  const anchor = new DiscourseAnchor(text, published);
  const facts: DateFact[] = [];
  for (const mention of splitRanges(results, published !== null)) {
    const start = mention.index;
    const end = start + mention.text.length;
    if (end <= start || text.slice(start, end) !== mention.text) continue;
    const reading = mention.value ?? componentsToTimex(mention.start, mention.text, published !== null);
    const resolved = anchor.resolve(mention.text, start, end, reading, anchorShift(mention.start), countedShift(mention.start));
    facts.push({ kind: 'date', start, end: resolved.end, text: text.slice(start, resolved.end), value: resolved.value });
  }
  return facts;
}
