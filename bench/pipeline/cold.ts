/**
 * One size of the pipeline benchmark, run in a process of its own so its peak RSS is its
 * own (started by bench/run.ts; not meant to be run by hand):
 *
 *   node --expose-gc --import tsx bench/pipeline/cold.ts --documents N --seed S --result FILE
 *        [--edits 200] [--edit-budget SECONDS] [--baseline] [--profile FILE] [--profile-edits FILE]
 *        [--workers N]
 *
 * 1. generates the corpus (not timed); 2. the cold run: every article into a fresh
 * `Workspace` in one `batch` (extract, then cross-reference once); 3. `report()`;
 * 4. plain `chrono.parse` over the same texts (after the cold run, so chrono's code is
 * already warm: the ratio errs against the pipeline); 5. incremental edits.
 * With --profile, a V8 CPU profile of step 2 alone is written to FILE; with
 * --profile-edits FILE, one of step 5. The texts of step 2 are analysed on worker threads
 * (src/node/analysisPool.ts) as `corroborate check` does; `--workers N` caps their number
 * (0: in-process, on the main thread).
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import * as chrono from 'chrono-node';
import { Workspace } from '../../src/core/workspace.js';
import { analyzeAll, type PoolStats } from '../../src/node/analysisPool.js';
import { generateCorpus, scorePlants, type PlantScore } from '../corpus/index.js';
import { runEdits, type IncrementalResult } from './incremental.js';
import { megabytes, peakRssMb, since } from './stats.js';

export interface ColdResult {
  documents: number;
  stories: number;
  plants: number;
  megabytes: number;
  generateSeconds: number;
  /** Resident set before the cold run (corpus generated, modules loaded), MB. */
  rssBeforeMb: number;
  /** The cold run: one batch of setDocument calls, cross-referenced at its end. */
  seconds: number;
  /** Of which: the setDocument calls (analysis of each article, its shingles and fact signatures), the worker pool's included. */
  analyseSeconds: number;
  /** Of which: the flush at the end of the batch (origins, claims, inferred dates, findings). */
  crossReferenceSeconds: number;
  megabytesPerSecond: number;
  documentsPerSecond: number;
  /** Peak resident set of the process up to the end of the cold run, MB. */
  peakRssMb: number;
  /** Heap still used after the cold run and a full GC, MB. */
  heapAfterMb: number | null;
  reportSeconds: number;
  facts: number;
  claims: number;
  findings: number;
  accuracy: PlantScore;
  baseline: { seconds: number; megabytesPerSecond: number; dates: number } | null;
  incremental: IncrementalResult | null;
  profile: string | null;
  /** `--workers` (null: the pool's default) and how the analyses were shared. */
  workers: { requested: number | null } & PoolStats;
}

async function profiled<T>(file: string | undefined, run: () => T | Promise<T>): Promise<T> {
  if (!file) return run();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  const value = await run();
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(file, JSON.stringify(profile));
  session.disconnect();
  return value;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      documents: { type: 'string' },
      seed: { type: 'string' },
      result: { type: 'string' },
      edits: { type: 'string', default: '0' },
      'edit-budget': { type: 'string', default: 'Infinity' },
      baseline: { type: 'boolean', default: false },
      profile: { type: 'string' },
      'profile-edits': { type: 'string' },
      workers: { type: 'string' },
    },
  });
  const documents = Number(values.documents);
  const seed = Number(values.seed);
  const edits = Number(values.edits);
  const workers = values.workers === undefined ? null : Number(values.workers);
  if (!values.result || !Number.isSafeInteger(documents) || !Number.isSafeInteger(seed) || !Number.isSafeInteger(edits) || (workers !== null && !(Number.isSafeInteger(workers) && workers >= 0))) {
    throw new Error('usage: cold.ts --documents N --seed S --result FILE [--edits N] [--baseline] [--profile FILE] [--workers N]');
  }
  const log = (message: string) => console.error(`[${documents}] ${message}`);

  let start = performance.now();
  const corpus = generateCorpus({ seed, documents });
  const generateSeconds = since(start) / 1000;
  const texts = corpus.articles.map((a) => a.text);
  const mb = megabytes(texts);
  globalThis.gc?.();
  const rssBeforeMb = process.memoryUsage().rss / 1e6;
  log(`corpus: ${corpus.articles.length} articles, ${mb.toFixed(2)} MB; cold run…`);

  const workspace = new Workspace();
  let analyseMs = 0;
  const pool: PoolStats = { workers: 0, byWorkers: 0, inProcess: 0, waitMs: 0 };
  const items = corpus.articles.map((a) => ({ path: a.path, text: a.text, published: null }));
  start = performance.now();
  await profiled(values.profile, async () => {
    // The batch's two halves, as the language server fills it: the pool's results are awaited.
    workspace.beginBatch();
    let i = 0;
    for await (const prepared of analyzeAll(items, { workers: workers ?? undefined, stats: pool })) {
      const { path, text } = items[i++]!;
      workspace.setDocument(path, text, { prepared });
    }
    analyseMs = since(start);
    workspace.endBatch();
  });
  const coldMs = since(start);
  const peak = peakRssMb();
  globalThis.gc?.();
  const heapAfterMb = globalThis.gc ? process.memoryUsage().heapUsed / 1e6 : null;
  log(`cold run ${(coldMs / 1000).toFixed(1)} s, peak RSS ${peak.toFixed(0)} MB; report…`);

  start = performance.now();
  const report = workspace.report();
  const reportSeconds = since(start) / 1000;
  const counts = { facts: report.facts.length, claims: report.claims.length, findings: report.findings.length };
  const accuracy = scorePlants(corpus, report.findings);

  let baseline: ColdResult['baseline'] = null;
  if (values.baseline) {
    log('baseline: chrono.parse…');
    const reference = new Date(Date.UTC(2000, 0, 1, 12));
    let dates = 0;
    start = performance.now();
    for (const text of texts) dates += chrono.parse(text, reference).length;
    const ms = since(start);
    baseline = { seconds: ms / 1000, megabytesPerSecond: mb / (ms / 1000), dates };
  }

  let incremental: IncrementalResult | null = null;
  if (edits > 0) {
    log(`incremental: ${edits} edits…`);
    incremental = await profiled(values['profile-edits'], () => runEdits(corpus, workspace, edits, Number(values['edit-budget'])));
  }

  const result: ColdResult = {
    documents: corpus.articles.length,
    stories: corpus.stories.length,
    plants: corpus.plants.length,
    megabytes: mb,
    generateSeconds,
    rssBeforeMb,
    seconds: coldMs / 1000,
    analyseSeconds: analyseMs / 1000,
    crossReferenceSeconds: (coldMs - analyseMs) / 1000,
    megabytesPerSecond: mb / (coldMs / 1000),
    documentsPerSecond: corpus.articles.length / (coldMs / 1000),
    peakRssMb: peak,
    heapAfterMb,
    reportSeconds,
    ...counts,
    accuracy,
    baseline,
    incremental,
    profile: values.profile ?? null,
    workers: { requested: workers, ...pool },
  };
  writeFileSync(values.result, JSON.stringify(result));
}

main().catch((error: unknown) => {
  console.error((error as Error).stack ?? String(error));
  process.exitCode = 1;
});
