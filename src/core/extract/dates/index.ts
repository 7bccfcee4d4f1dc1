import type { DateFact } from '../../types.js';

export interface DateExtractionOptions {
  /** Publication date YYYY-MM-DD, or null when unknown. */
  published: string | null;
}

/** Finds every date, time and duration in `text`, with TIMEX3 values. (stub: helper fills in) */
export function extractDates(_text: string, _options: DateExtractionOptions): DateFact[] {
  return [];
}
