/**
 * Finding the article in the page: runs of prose blocks (segments) separated by page
 * furniture, and the heaviest run, the densest prose, taken as the article. Sections of
 * the article separated by a photo credit, a divider or a short list join it when they
 * are substantial or on its topic; other headlines, teasers and promos stay outside.
 */
import { contentWeight, isContent, type BlockClass } from './classify.js';
import type { BlockFeatures } from './features.js';

export interface Segment {
  /** Indices of the first and last prose block of the run (inclusive). */
  first: number;
  last: number;
  weight: number;
}

/** A neighbour run joins the article when it weighs this share of the heaviest run... */
const MERGE_SHARE = 0.3;
/** ...or when this share of its words are the article's words. */
const MERGE_OVERLAP = 0.4;
/** Across a single caption or credit line, less shared vocabulary will do. */
const MERGE_OVERLAP_THIN_GAP = 0.2;
/** At most this many blocks between them, */
const MERGE_MAX_GAP = 8;
/** A menu is this many labels in a row. */
const MENU_RUN = 3;

/**
 * Whether the non-prose blocks between two prose blocks end a run. A single caption or
 * sub-heading does not; a repeated line (a prompt shown twice on the page) does, and so
 * does a label next to anything else ("Related Articles", "Leave a Reply").
 */
function gapBreaks(gap: readonly number[], classes: readonly BlockClass[], features: readonly BlockFeatures[]): boolean {
  let chrome = 0;
  let fragments = 0;
  for (const i of gap) {
    if (features[i]!.repeated) return true;
    if (classes[i] === 'chrome') chrome++;
    if (!features[i]!.sentenceShaped) fragments++;
  }
  return (chrome >= 1 && gap.length >= 2) || fragments >= 3;
}

export function findSegments(classes: readonly BlockClass[], features: readonly BlockFeatures[]): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | null = null;
  let gap: number[] = [];
  for (let i = 0; i < classes.length; i++) {
    // An embedded post sits inside the article like a picture: it neither continues nor ends it.
    if (features[i]!.embed) continue;
    if (!isContent(classes[i]!)) {
      gap.push(i);
      continue;
    }
    if (current && gapBreaks(gap, classes, features)) {
      segments.push(current);
      current = null;
    }
    gap = [];
    current ??= { first: i, last: i, weight: 0 };
    current.last = i;
    current.weight += contentWeight(classes[i]!, features[i]!);
  }
  if (current) segments.push(current);
  return segments;
}

/** Adds the words of the segment's prose blocks to `words` (a set of page word ids). */
function addVocabulary(words: Uint8Array, segment: Segment, classes: readonly BlockClass[], features: readonly BlockFeatures[]): void {
  for (let i = segment.first; i <= segment.last; i++) if (isContent(classes[i]!)) for (const w of features[i]!.contentWords) words[w] = 1;
}

function hasMenu(from: number, to: number, classes: readonly BlockClass[], features: readonly BlockFeatures[]): boolean {
  let run = 0;
  for (let i = from + 1; i < to; i++) {
    if (features[i]!.embed) continue;
    run = classes[i] === 'chrome' ? run + 1 : 0;
    if (run >= MENU_RUN) return true;
  }
  return false;
}

/**
 * The article: the heaviest segment, grown by the neighbouring segments that belong to it.
 * Content words are page word ids below `pageWords`.
 */
export function mainSegment(segments: readonly Segment[], classes: readonly BlockClass[], features: readonly BlockFeatures[], pageWords: number): Segment | null {
  if (!segments.length) return null;
  let best = 0;
  for (let k = 1; k < segments.length; k++) if (segments[k]!.weight > segments[best]!.weight) best = k;
  const heaviest = segments[best]!.weight;
  const main = { ...segments[best]! };
  const words = new Uint8Array(pageWords);
  addVocabulary(words, main, classes, features);
  // Distinct words of a neighbour: `seen[w] === stamp` once counted for the current one.
  let seen: Int32Array | null = null;
  let stamp = 0;
  const belongs = (near: Segment, from: number, to: number): boolean => {
    if (to - from - 1 > MERGE_MAX_GAP) return false;
    const substantial = near.weight >= heaviest * MERGE_SHARE;
    // Across a menu (embeds, a share bar) only a section nearly as long as the article:
    // teasers and feeds after an article are short.
    if (hasMenu(from, to, classes, features)) return substantial;
    if (substantial) return true;
    let chrome = 0;
    for (let i = from + 1; i < to; i++) if (classes[i] === 'chrome') chrome++;
    seen ??= new Int32Array(pageWords);
    stamp++;
    let own = 0;
    let shared = 0;
    for (let i = near.first; i <= near.last; i++) {
      if (!isContent(classes[i]!)) continue;
      for (const w of features[i]!.contentWords) {
        if (seen[w] === stamp) continue;
        seen[w] = stamp;
        own++;
        shared += words[w]!;
      }
    }
    return own > 0 && shared / own >= (chrome <= 1 ? MERGE_OVERLAP_THIN_GAP : MERGE_OVERLAP);
  };
  let lo = best;
  let hi = best;
  for (;;) {
    const before = segments[lo - 1];
    const after = segments[hi + 1];
    let grown: Segment | null = null;
    if (before && belongs(before, before.last, main.first)) {
      grown = before;
      main.first = before.first;
      lo--;
    } else if (after && belongs(after, main.last, after.first)) {
      grown = after;
      main.last = after.last;
      hi++;
    } else break;
    main.weight += grown.weight;
    addVocabulary(words, grown, classes, features);
  }
  return main;
}
