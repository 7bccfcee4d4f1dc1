import type { QuoteFact } from '../../types.js';

/** Finds every quotation in `text` and its speaker. (stub: helper fills in) */
export function extractQuotes(_text: string): QuoteFact[] {
  return [];
}
