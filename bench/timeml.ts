/**
 * The earlier engine-only ratios on the TimeML news articles of ../shared/data (256 files),
 * kept as the `--timeml` section of `npm run bench`: analyzeDocument vs plain chrono on
 * the same text, one 2 MB file vs many small ones, source grouping n vs 2n, retained heap.
 */
import * as chrono from 'chrono-node';
import { analyzeDocument } from '../src/core/document.js';
import { clearParagraphCache } from '../src/core/extract/dates/paragraphDates.js';
import { groupSources } from '../src/core/sources.js';
import { readTimemlCorpus } from '../eval/timeml.js';

export interface TimemlRatios {
  articles: number;
  characters: number;
  baselineMs: number;
  engineMs: number;
  engineVsBaseline: number;
  megaCharsPerSecond: number;
  /** Time per character of one 2 MB file over that of the articles (1.0 = linear). */
  bigFilePerCharRatio: number;
  /** groupSources on 2n vs n documents (2.0 = linear). */
  groupSourcesRatio: number;
  heapBytesPerChar: number | null;
}

/** Best of `rounds` timings of `fn`, in milliseconds. */
function best(rounds: number, fn: () => void): number {
  let min = Infinity;
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    fn();
    min = Math.min(min, performance.now() - start);
  }
  return min;
}

export function timemlRatios(): TimemlRatios {
  const corpus = readTimemlCorpus().map((doc) => doc.text);
  const chars = corpus.reduce((n, t) => n + t.length, 0);
  const reference = new Date('2000-01-01T12:00:00Z');
  const published = { date: '2000-01-01', from: 'option' as const };
  const baselineMs = best(3, () => corpus.forEach((t) => chrono.casual.parse(t, reference)));
  // Each round cold: paragraphs read once are not read again (paragraphDates.ts), and these
  // articles are read several times here.
  const engineMs = best(3, () => {
    clearParagraphCache();
    corpus.forEach((t) => analyzeDocument(t, { published }));
  });
  // The size limit is 2 MB: one such file must cost no more per character than many small ones.
  // Each repetition of the corpus is marked so that no paragraph in it repeats.
  const copies = Array.from({ length: Math.ceil((2 * 1024 * 1024) / chars) }, (_, k) => corpus.join('\n\n').replace(/\n\n/g, ` [${k}]\n\n`));
  const bigText = copies.join('\n\n').slice(0, 2 * 1024 * 1024);
  clearParagraphCache();
  const bigMs = best(1, () => analyzeDocument(bigText, { published }));
  const docs = corpus.map((text, i) => ({ path: `d${i}`, text }));
  const half = docs.slice(0, docs.length >> 1);
  const groupHalfMs = best(3, () => groupSources(half));
  const groupFullMs = best(3, () => groupSources(docs));
  let heapBytesPerChar: number | null = null;
  if (globalThis.gc) {
    // The paragraph cache is emptied on both sides: only the analyses are measured.
    clearParagraphCache();
    globalThis.gc();
    const before = process.memoryUsage().heapUsed;
    const kept = corpus.map((t) => analyzeDocument(t, { published }));
    clearParagraphCache();
    globalThis.gc();
    heapBytesPerChar = (process.memoryUsage().heapUsed - before) / chars;
    kept.length = 0;
  }
  return {
    articles: corpus.length,
    characters: chars,
    baselineMs,
    engineMs,
    engineVsBaseline: engineMs / baselineMs,
    megaCharsPerSecond: chars / 1e6 / (engineMs / 1000),
    bigFilePerCharRatio: bigMs / bigText.length / (engineMs / chars),
    groupSourcesRatio: groupFullMs / groupHalfMs,
    heapBytesPerChar,
  };
}

export function timemlRows(r: TimemlRatios): [string, string][] {
  return [
    ['corpus', `${r.articles} TimeML articles, ${(r.characters / 1e6).toFixed(2)} M characters`],
    ['chrono.casual.parse', `${r.baselineMs.toFixed(0)} ms`],
    ['analyzeDocument (all extractors)', `${r.engineMs.toFixed(0)} ms = ${r.engineVsBaseline.toFixed(2)}x chrono's time (${r.megaCharsPerSecond.toFixed(2)} M chars/s)`],
    ['one 2 MB file, time per character', `${r.bigFilePerCharRatio.toFixed(2)}x the articles' (1.0 = linear)`],
    ['groupSources, 2n vs n documents', `${r.groupSourcesRatio.toFixed(2)}x (2.0 = linear)`],
    ['retained heap per analysed character', r.heapBytesPerChar === null ? 'n/a (run with --expose-gc)' : `${r.heapBytesPerChar.toFixed(1)} bytes`],
  ];
}
