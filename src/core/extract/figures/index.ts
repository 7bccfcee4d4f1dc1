import type { FigureFact, Span } from '../../types.js';

export interface FigureExtractionOptions {
  /** Spans already taken by dates and times: numbers inside them are not figures. */
  exclude: readonly Span[];
}

/** Finds every figure in `text`. (stub: helper fills in) */
export function extractFigures(_text: string, _options: FigureExtractionOptions): FigureFact[] {
  return [];
}
