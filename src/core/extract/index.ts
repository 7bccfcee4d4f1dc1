import type { ExtractedFact } from '../types.js';
import { extractDates } from './dates/index.js';
import { extractFigures } from './figures/index.js';
import { extractQuotes } from './quotes/index.js';

export interface ExtractionOptions {
  /** Publication date YYYY-MM-DD, or null when unknown. */
  published: string | null;
}

function byPosition(a: ExtractedFact, b: ExtractedFact): number {
  return a.start - b.start || a.end - b.end;
}

/**
 * Runs every extractor over `text`. Dates go first: the numbers inside them (years,
 * day numbers, times) are not figures.
 */
export function extractFacts(text: string, options: ExtractionOptions): ExtractedFact[] {
  const dates = extractDates(text, { published: options.published });
  const figures = extractFigures(text, { exclude: dates });
  const quotes = extractQuotes(text);
  return [...dates, ...figures, ...quotes].sort(byPosition);
}
