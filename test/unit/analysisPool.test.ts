import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { generateCorpus } from '../../bench/corpus/index.js';
import { prepareDocument } from '../../src/core/prepare.js';
import { Workspace } from '../../src/core/workspace.js';
import { analyzeAll, analyzeAllSync, defaultWorkerScript, workerCount, type AnalysisItem, type PoolStats } from '../../src/node/analysisPool.js';
import { readSeed, seedNames } from '../seeds.js';

function inProcess(items: readonly AnalysisItem[]) {
  return items.map((item) => prepareDocument(item.text, { published: item.published }));
}

async function collect<T>(results: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const r of results) out.push(r);
  return out;
}

/** The seeds, repeated so that two workers start (32 items per worker at least). */
function seedItems(): AnalysisItem[] {
  const seeds = seedNames().map((name) => ({ name, text: readSeed(name) }));
  const items: AnalysisItem[] = [];
  for (let i = 0; items.length < 64; i++) {
    const { name, text } = seeds[i % seeds.length]!;
    // Every other round with a publication date from outside the text.
    items.push({ path: `${i}-${name}`, text, published: i % 2 ? { date: '2024-03-01', from: 'option' } : null });
  }
  return items;
}

const corpusItems = (): AnalysisItem[] => generateCorpus({ seed: 7, documents: 80 }).articles.map((a) => ({ path: a.path, text: a.text, published: null }));

describe('analysis pool', () => {
  const temp = mkdtempSync(join(tmpdir(), 'corroborate-pool-'));
  after(() => rmSync(temp, { recursive: true, force: true }));

  it('bundles the worker from the sources when run from them (tsx)', () => {
    const script = defaultWorkerScript();
    assert.ok(script?.file.endsWith('analysisWorker.cjs'));
    assert.ok(existsSync(script!.file));
  });

  it('starts no worker for small inputs, at most one per 32 items', () => {
    assert.equal(workerCount(31, 4), 0);
    assert.equal(workerCount(64, 4), 2);
    assert.equal(workerCount(1000, 2), 2);
    assert.equal(workerCount(1000, 0), 0);
  });

  it('gives the in-process results on the seed articles (blocking reader)', () => {
    const items = seedItems();
    const stats: PoolStats = { workers: 0, byWorkers: 0, inProcess: 0, waitMs: 0 };
    // This thread does not help: every item goes through a worker.
    const results = [...analyzeAllSync(items, { workers: 2, stats, help: false })];
    assert.deepEqual(results, inProcess(items));
    assert.deepEqual([stats.workers, stats.byWorkers], [2, items.length]);
    // The line index is a working LineIndex again, the term weights working TermWeights.
    const [own] = inProcess(items.slice(0, 1));
    assert.deepEqual(results[0]!.analysis.lines.positionAt(items[0]!.text.length), own!.analysis.lines.positionAt(items[0]!.text.length));
    const weighted = results[0]!.signatures.findIndex((s) => s.terms.size > 0);
    assert.ok(weighted >= 0);
    assert.deepEqual(results[0]!.signatures[weighted]!.terms.strongest(3), own!.signatures[weighted]!.terms.strongest(3));
    // Each signature points at the very fact object of its analysis, as in-process.
    for (const sig of results[0]!.signatures) assert.ok(results[0]!.analysis.facts.includes(sig.fact));
  });

  it('gives the in-process results on generated articles (async reader)', async () => {
    const items = corpusItems();
    const stats: PoolStats = { workers: 0, byWorkers: 0, inProcess: 0, waitMs: 0 };
    assert.deepEqual(await collect(analyzeAll(items, { workers: 2, stats, help: false })), inProcess(items));
    assert.deepEqual([stats.workers, stats.byWorkers], [2, items.length]);
    // With this thread helping (the default), the work is shared and the results the same.
    const shared: PoolStats = { workers: 0, byWorkers: 0, inProcess: 0, waitMs: 0 };
    assert.deepEqual(await collect(analyzeAll(items, { workers: 1, stats: shared })), inProcess(items));
    assert.equal(shared.byWorkers + shared.inProcess, items.length);
  });

  it('falls back to in-process analysis when the worker script is missing', async () => {
    const items = corpusItems().slice(0, 64);
    const script = { file: join(temp, 'no-such-worker.cjs'), execArgv: [] };
    const stats: PoolStats = { workers: 0, byWorkers: 0, inProcess: 0, waitMs: 0 };
    assert.deepEqual([...analyzeAllSync(items, { workers: 2, script, stats })], inProcess(items));
    assert.deepEqual(await collect(analyzeAll(items, { workers: 2, script, stats })), inProcess(items));
    assert.deepEqual([stats.workers, stats.byWorkers, stats.inProcess], [0, 0, 2 * items.length]);
  });

  it('falls back to in-process analysis when the workers fail to start or die', async () => {
    const items = corpusItems().slice(0, 64);
    // A script that exists but is no worker: it throws on load (seen by the async reader) ...
    const file = join(temp, 'broken.cjs');
    writeFileSync(file, "throw new Error('not a worker');\n");
    const broken = { file, execArgv: [] };
    const stats: PoolStats = { workers: 0, byWorkers: 0, inProcess: 0, waitMs: 0 };
    assert.deepEqual(await collect(analyzeAll(items, { workers: 2, script: broken, stats })), inProcess(items));
    assert.deepEqual([stats.workers, stats.byWorkers, stats.inProcess], [2, 0, items.length]);
    // ... and the blocking reader, which sees no events, gives up on it after its start-up limit.
    const blocked: PoolStats = { workers: 0, byWorkers: 0, inProcess: 0, waitMs: 0 };
    assert.deepEqual([...analyzeAllSync(items, { workers: 2, script: broken, startMs: 300, stats: blocked })], inProcess(items));
    assert.deepEqual([blocked.workers, blocked.byWorkers, blocked.inProcess], [2, 0, items.length]);
  });

  it('falls back to in-process analysis when a started worker dies or fails an item', async () => {
    const items = corpusItems().slice(0, 64);
    const dir = temp;
    const jobsSeen = join(dir, 'jobs');
    const worker = (onJob: string) => {
      const file = join(dir, `worker-${Math.random().toString(36).slice(2)}.cjs`);
      writeFileSync(
        file,
        `const { workerData } = require('node:worker_threads');
const { port, signal } = workerData;
const counter = new Int32Array(signal);
const reply = (m) => { port.postMessage(m); Atomics.add(counter, 0, 1); Atomics.notify(counter, 0); };
port.on('message', (job) => { require('node:fs').appendFileSync(${JSON.stringify(jobsSeen)}, 'x'); ${onJob} });
reply({ ready: true });
`,
      );
      return { file, execArgv: [] };
    };
    const dies = worker('process.exit(1);');
    const fails = worker("reply({ index: job.index, error: 'no' });");
    for (const script of [dies, fails]) {
      const stats: PoolStats = { workers: 0, byWorkers: 0, inProcess: 0, waitMs: 0 };
      assert.deepEqual(await collect(analyzeAll(items, { workers: 2, script, stats })), inProcess(items));
      assert.deepEqual([stats.byWorkers, stats.inProcess], [0, items.length]);
      // The blocking reader sees no exit event: a worker silent for stallMs is given up.
      const blocked: PoolStats = { workers: 0, byWorkers: 0, inProcess: 0, waitMs: 0 };
      assert.deepEqual([...analyzeAllSync(items, { workers: 2, script, stats: blocked, stallMs: 300 })], inProcess(items));
      assert.deepEqual([blocked.byWorkers, blocked.inProcess], [0, items.length]);
    }
    assert.ok(existsSync(jobsSeen), 'the workers were given items');
  });

  it('lets the workspace take a text prepared beforehand: the same report', () => {
    const items = corpusItems().slice(0, 64);
    const plain = new Workspace();
    plain.batch(() => items.forEach((item) => plain.setDocument(item.path, item.text)));
    const pooled = new Workspace();
    pooled.batch(() => {
      let i = 0;
      for (const prepared of analyzeAllSync(items, { workers: 2, help: false })) pooled.setDocument(items[i]!.path, items[i++]!.text, { prepared });
    });
    assert.deepEqual(pooled.report(), plain.report());
  });
});
