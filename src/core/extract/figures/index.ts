/**
 * Figure extractor: a pipeline of small parsers and refiners, in the manner of
 * chrono-node.
 *   numbers    digit parser + number-word parser (numberMentions.ts)
 *   reject     numbers inside dates/times, years, list numbers, phone numbers, names
 *   ranges     "between 5 and 10", "5-10", "5 to 10 million"
 *   money      "$300 million", "€5bn", "5 billion rubles", "50 cents"
 *   percent    "12%", "12 per cent"
 *   age        "80-year-old", "aged 45"
 *   vague      "tens of thousands", "dozens", "several hundred"
 *   bounds     "more than 10,000", "up to 10", "about 100"
 *   noun       what is counted: "122,000 troops" -> "troops"
 *   reject     bare years, labels ("Nord Stream 2"), the pronoun "one", lone word numbers
 */
import type { FigureFact, Span } from '../../types.js';
import { attachAge } from './age.js';
import { applyBounds } from './bounds.js';
import { attachCountedNoun } from './countedNoun.js';
import { draftOf, type FigureDraft } from './draft.js';
import { attachMoney } from './money.js';
import { findNumbers } from './numberMentions.js';
import { attachPercent } from './percent.js';
import { mergeRanges } from './ranges.js';
import { rejectFigures, rejectMentions } from './reject.js';
import { SpanSet } from './spanSet.js';
import { findVagueAmounts } from './vague.js';

export { findNumbers, type NumberMention } from './numberMentions.js';
export type { FigureDraft } from './draft.js';

export interface FigureExtractionOptions {
  /** Spans already taken by dates and times: numbers inside them are not figures. */
  exclude: readonly Span[];
}

/** Vague amounts that no number mention already covers and no date takes. */
function addVagueAmounts(text: string, drafts: FigureDraft[], exclude: readonly Span[]): FigureDraft[] {
  const taken = new SpanSet([...drafts, ...exclude]);
  const vague = findVagueAmounts(text).filter((v) => !taken.overlaps(v.start, v.end));
  return vague.length === 0 ? drafts : [...drafts, ...vague].sort((a, b) => a.start - b.start);
}

/** Figures with the extent of their number and unit (`core`), for measuring against other systems. */
export function findFigures(text: string, options: FigureExtractionOptions): FigureDraft[] {
  const mentions = rejectMentions(text, findNumbers(text), options.exclude);
  let drafts = mentions.map(draftOf);
  drafts = mergeRanges(text, drafts);
  drafts = attachMoney(text, drafts);
  drafts = attachPercent(text, drafts);
  drafts = attachAge(text, drafts);
  drafts = addVagueAmounts(text, drafts, options.exclude);
  drafts = applyBounds(text, drafts);
  drafts = attachCountedNoun(text, drafts);
  return rejectFigures(text, drafts);
}

/** Finds every figure in `text`. */
export function extractFigures(text: string, options: FigureExtractionOptions): FigureFact[] {
  return findFigures(text, options).map((d) => ({
    kind: 'figure',
    start: d.start,
    end: d.end,
    text: text.slice(d.start, d.end),
    value: { value: d.value, min: d.min, max: d.max, unit: d.unit, approximate: d.approximate },
  }));
}
