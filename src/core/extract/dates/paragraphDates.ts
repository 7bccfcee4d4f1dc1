import type { DateValue } from '../../types.js';
import { detached } from '../../text/detached.js';
import { BoundedCache } from './boundedCache.js';
import { DateCandidates, type GateBits, type GateHit } from './candidates.js';
import type { GatedOption } from './gatedParser.js';
import { newsChrono } from './newsChrono.js';
import { splitRanges } from './ranges.js';
import { componentsToTimex } from './timex.js';
import { anchorShift, countedShift, type CountedShift } from './timexTags.js';

/** A date expression of one paragraph, read without the rest of the story (discourse.ts does that). */
export interface ParagraphMention {
  /** Offset in the paragraph. */
  index: number;
  text: string;
  /** Its own reading; shared by every paragraph with the same text: copy before handing out. */
  value: Readonly<DateValue>;
  anchorShift: number | null;
  countedShift: Readonly<CountedShift> | null;
}

/**
 * Chrono on one paragraph (`slice`, with what the pre-scan found in it), its ranges split
 * and each mention read as TIMEX3. Everything here depends on the paragraph's text, the
 * reference date and whether it is the publication date, and on nothing else.
 */
export function readParagraph(slice: string, found: { bits: GateBits; hits: GateHit[] }, referenceDate: Date, anchored: boolean): ParagraphMention[] {
  const candidates = new DateCandidates(slice, found.bits, found.hits);
  // A paragraph with nothing any parser needs has no date: chrono is not run on it.
  if (!candidates.any()) return [];
  const option: GatedOption = { candidates };
  return splitRanges(newsChrono.parse(slice, referenceDate, option), anchored).map((mention) => ({
    index: mention.index,
    text: mention.text,
    value: mention.value ?? componentsToTimex(mention.start, mention.text, anchored),
    anchorShift: anchorShift(mention.start),
    countedShift: countedShift(mention.start),
  }));
}

/** One paragraph's mentions for one reference date. */
interface Reading {
  time: number;
  anchored: boolean;
  mentions: ParagraphMention[];
}

/** Readings kept per paragraph: a story's own date and the stand-in of an undated one, with room to spare. */
const READINGS_PER_PARAGRAPH = 4;

/**
 * Paragraphs already read, by text, each with its readings by reference. Stories are
 * compared across sources that share wire copy, and the editor re-reads a document on
 * every keystroke, so most paragraphs have been read before. Bounded in paragraphs and in
 * characters (a few megabytes at most).
 */
const READ = new BoundedCache<string, Reading[]>(8192, 2_000_000, (paragraph) => paragraph.length);

/** `readParagraph` through the cache; `scan` gives the pre-scan's findings when the paragraph is new. */
export function readParagraphCached(slice: string, referenceDate: Date, anchored: boolean, scan: () => { bits: GateBits; hits: GateHit[] }): ParagraphMention[] {
  const time = referenceDate.getTime();
  let readings = READ.get(slice);
  const known = readings?.find((r) => r.time === time && r.anchored === anchored);
  if (known) return known.mentions;
  const mentions = readParagraph(slice, scan(), referenceDate, anchored);
  if (!readings) {
    readings = [];
    READ.set(detached(slice), readings);
  }
  readings.push({ time, anchored, mentions: mentions.map((m) => ({ ...m, text: detached(m.text) })) });
  if (readings.length > READINGS_PER_PARAGRAPH) readings.shift();
  return mentions;
}

/** Forgets every paragraph read (for benchmarks that time a cold start). */
export function clearParagraphCache(): void {
  READ.clear();
}
