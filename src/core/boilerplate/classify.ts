/**
 * First, context-free verdict on each block, after jusText: long blocks dense in function
 * words are prose; medium ones are probably prose; short ones wait for their context.
 * Plain text has no link density, so sentence shape stands in for it: a name-heavy news
 * sentence has fewer function words than the 30% jusText asks of prose.
 */
import type { BlockFeatures } from './features.js';

export type BlockClass =
  /** Long prose. */
  | 'good'
  /** Medium-length prose. */
  | 'neargood'
  /**
   * Short, but a sentence or a phrase ("- No cutting out Ukraine -"), or a sentence thin in
   * function words, or a lead-in ending in a colon: body if among prose.
   */
  | 'neutral'
  /** Labels, menus, form text, repeated lines, low-density fragments. */
  | 'chrome';

export const LENGTH_LOW = 70;
const LENGTH_HIGH = 200;
const STOPWORDS_PROSE = 0.3;
/** Enough for a sentence that is mostly names ("Moscow and NATO representatives are ..."). */
const STOPWORDS_SENTENCE = 0.15;

function isProse(f: BlockFeatures): boolean {
  return f.stopDensity >= STOPWORDS_PROSE || (f.sentenceShaped && f.stopDensity >= STOPWORDS_SENTENCE);
}

export function classifyBlock(f: BlockFeatures): BlockClass {
  if (f.repeated || f.menuLike || f.callToAction || f.embed) return 'chrome';
  if (f.chars >= LENGTH_HIGH && isProse(f)) return 'good';
  if (f.chars >= LENGTH_LOW && isProse(f)) return 'neargood';
  if (f.chars < LENGTH_LOW && (f.sentenceShaped || (f.hasStopWord && f.wordCount >= 3))) return 'neutral';
  // A full sentence too thin in function words for prose, as a news sentence full of names
  // and titles can be ("Party Chairman David Pepper called Friday's decision a ..."); a
  // lead-in before a quotation or a list. Body among prose, chrome elsewhere.
  if ((f.sentenceShaped && f.hasStopWord) || f.leadIn) return 'neutral';
  return 'chrome';
}

export function isContent(c: BlockClass): boolean {
  return c === 'good' || c === 'neargood';
}

/** How much a block says the article is here: long prose counts fully, medium prose half. */
export function contentWeight(c: BlockClass, f: BlockFeatures): number {
  if (c === 'good') return f.chars;
  if (c === 'neargood') return f.chars / 2;
  return 0;
}
