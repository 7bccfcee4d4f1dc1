/**
 * `npm run bench`: speed and memory of the engine, as ratios against a baseline run in
 * the same process (plain chrono-node parsing of the same text), so the figures mean the
 * same on any machine. Corpus: the TimeML news articles in ../shared/data (256 files).
 */
import * as chrono from 'chrono-node';
import { analyzeDocument } from '../src/core/document.js';
import { groupSources } from '../src/core/sources.js';
import { readTimemlCorpus } from '../eval/timeml.js';

/** Best of `rounds` timings of `fn` over the corpus, in milliseconds. */
function time(rounds: number, fn: () => void): number {
  let best = Infinity;
  for (let i = 0; i < rounds; i++) {
    const start = process.hrtime.bigint();
    fn();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

const corpus = readTimemlCorpus().map((doc) => doc.text);
const chars = corpus.reduce((n, t) => n + t.length, 0);
const reference = new Date('2000-01-01T12:00:00Z');
const published = { date: '2000-01-01', from: 'option' as const };

const baselineMs = time(3, () => corpus.forEach((t) => chrono.casual.parse(t, reference)));
const engineMs = time(3, () => corpus.forEach((t) => analyzeDocument(t, { published })));

// One large file (the size limit is 2 MB) must cost no more per character than many small ones.
const bigText = corpus.join('\n\n').repeat(Math.ceil((2 * 1024 * 1024) / chars)).slice(0, 2 * 1024 * 1024);
const bigMs = time(1, () => analyzeDocument(bigText, { published }));
const perCharRatio = bigMs / bigText.length / (engineMs / chars);

// Source grouping should grow linearly with the number of documents: compare n and 2n.
const docs = corpus.map((text, i) => ({ path: `d${i}`, text }));
const half = docs.slice(0, docs.length >> 1);
const groupHalfMs = time(3, () => groupSources(half));
const groupFullMs = time(3, () => groupSources(docs));

globalThis.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const analyzed = corpus.map((t) => analyzeDocument(t, { published }));
globalThis.gc?.();
const heapPerChar = (process.memoryUsage().heapUsed - heapBefore) / chars;

const rows: [string, string][] = [
  ['corpus', `${corpus.length} articles, ${(chars / 1e6).toFixed(2)} M characters`],
  ['baseline: chrono.casual.parse', `${baselineMs.toFixed(0)} ms`],
  ['engine: analyzeDocument (all extractors)', `${engineMs.toFixed(0)} ms = ${(engineMs / baselineMs).toFixed(2)} x baseline`],
  ['engine throughput', `${((chars / 1e6) / (engineMs / 1000)).toFixed(2)} M chars/s`],
  ['one 2 MB file, time per character vs the articles', `${perCharRatio.toFixed(2)} x (1.0 = linear; ${bigMs.toFixed(0)} ms)`],
  ['groupSources, 2n vs n documents', `${(groupFullMs / groupHalfMs).toFixed(2)} x (2.0 = linear)`],
  ['retained heap per analysed character', `${heapPerChar.toFixed(1)} bytes (${analyzed.length} documents kept)`],
];
const width = Math.max(...rows.map((r) => r[0].length));
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
