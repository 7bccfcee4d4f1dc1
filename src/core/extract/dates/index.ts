import type { DateFact } from '../../types.js';
import { parseYmd, type YMD } from './calendar.js';
import { scanHits } from './candidates.js';
import { chunks, type Chunk } from './chunks.js';
import { DiscourseAnchor } from './discourse.js';
import { readParagraph, readParagraphCached } from './paragraphDates.js';

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
 * candidates.ts), and each paragraph read once for a reference date (paragraphDates.ts);
 * ranges split into their ends (ranges.ts); TIMEX formatting (timex.ts); expressions
 * counted from the story's own dates (discourse.ts).
 */
export function extractDates(text: string, options: DateExtractionOptions): DateFact[] {
  const published = options.published ? parseYmd(options.published) : null;
  const anchored = published !== null;
  const reference = published ?? UNANCHORED_REFERENCE;
  const referenceDate = new Date(reference.year, reference.month - 1, reference.day, 12);
  const spans = chunks(text);
  let found: ReturnType<typeof scanHits> | undefined;
  const anchor = new DiscourseAnchor(text, published);
  const facts: DateFact[] = [];
  spans.forEach((chunk, i) => {
    const slice = text.slice(chunk.start, chunk.end);
    // The pre-scan of a paragraph between line breaks looks no further than its own text, so
    // what it yields depends on that text alone: it is read once. One cut out of a longer
    // stretch of text may not be. The scan runs only when some paragraph is new.
    const scan = () => (found ??= scanHits(text, spans))[i]!;
    const mentions = standsAlone(text, chunk) ? readParagraphCached(slice, referenceDate, anchored, scan) : readParagraph(slice, scan(), referenceDate, anchored);
    for (const mention of mentions) {
      const start = chunk.start + mention.index;
      const end = start + mention.text.length;
      if (end <= start || text.slice(start, end) !== mention.text) continue;
      const resolved = anchor.resolve(mention.text, start, end, { ...mention.value }, mention.anchorShift, mention.countedShift);
      facts.push({ kind: 'date', start, end: resolved.end, text: text.slice(start, resolved.end), value: resolved.value });
    }
  });
  return facts;
}

/** Whether `chunk` starts and ends at a line break (or the text's edge). */
function standsAlone(text: string, chunk: Chunk): boolean {
  return (chunk.start === 0 || text.charCodeAt(chunk.start - 1) === 10) && (chunk.end === text.length || text.charCodeAt(chunk.end) === 10);
}
