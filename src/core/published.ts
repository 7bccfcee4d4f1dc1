import type { PublicationDate } from './types.js';

/** Reads the publication date from a header line or a dated byline near the top. (stub) */
export function detectPublicationDate(_text: string): PublicationDate | null {
  return null;
}
