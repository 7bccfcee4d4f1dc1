/**
 * Prepares many texts on worker threads (`analysisWorker.ts`), for loading a folder cold:
 * `prepareDocument` (the analysis, shingles, story terms and signatures) is most of the
 * cost of `Workspace.setDocument` and needs nothing from the workspace, so the workers do
 * it while the main thread puts earlier results in.
 *
 * Results come in input order, one per item, equal to `prepareDocument(text, { published })`
 * in-process (the line index and the term weights are built again here: a structured
 * clone loses classes).
 * `undefined` means the analysis threw: the caller's own `setDocument` then analyses the
 * text and fails where it would have without the pool.
 *
 * Small inputs (under 32 items per worker) stay in-process with no worker at all. The
 * calling thread analyses too whenever its next result is not there yet. A worker that
 * cannot start, throws or falls silent leaves its items to the calling thread: nothing is
 * lost and nothing crashes. `analyzeAllSync` blocks (`Atomics.wait`) for callers that are
 * synchronous (the CLI); `analyzeAll` awaits (the language server, the bench).
 * `CORROBORATE_WORKERS=N` caps the number of workers (0: in-process).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { AnalyzedDocument } from '../core/document.js';
import { adoptSignature, type FactSignature } from '../core/claims/signature.js';
import type { TermPool } from '../core/claims/termWeights.js';
import { prepareDocument, type PreparedDocument } from '../core/prepare.js';
import type { ShingleSketch } from '../core/sources.js';
import { LineIndex } from '../core/text/lineIndex.js';
import { sharedWord } from '../core/text/sharedWords.js';
import type { PublicationDate } from '../core/types.js';
import type { AnalysisJob, AnalysisReply } from './analysisWorker.js';

export interface AnalysisItem {
  path: string;
  text: string;
  published: PublicationDate | null;
}

export interface PoolOptions {
  /** Most workers to start; default `CORROBORATE_WORKERS`, else `os.availableParallelism() - 1` (at least 1). 0: in-process. */
  workers?: number;
  /** The worker script and its Node flags (`defaultWorkerScript`). */
  script?: { file: string; execArgv: string[] };
  /** A worker silent this long with work outstanding is given up (its items done in-process). */
  stallMs?: number;
  /** How long a worker may take to start. */
  startMs?: number;
  /** Whether the calling thread analyses items while it waits for workers (default true). */
  help?: boolean;
  /** Filled in as the results come: how the work was shared (for tests and the benchmark). */
  stats?: PoolStats;
}

export interface PoolStats {
  /** Workers started. */
  workers: number;
  /** Results analysed on a worker thread / on the calling thread. */
  byWorkers: number;
  inProcess: number;
  /** Time the calling thread spent waiting for workers, ms. */
  waitMs: number;
}

/** Items per worker below which a worker is not worth starting (start-up and compiling the code cost ~0.1-1 s). */
const ITEMS_PER_WORKER = 32;
/** Jobs in flight per worker: enough to keep it busy, few enough to keep results near the reader. */
const IN_FLIGHT = 8;

/** The number of workers the environment asks for, or null for the default. */
function workersFromEnv(): number | null {
  const value = process.env.CORROBORATE_WORKERS;
  if (value === undefined || value.trim() === '') return null;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? n : null;
}

/** Workers to start: the calling thread analyses too, so one core's worth fewer by default. */
export function workerCount(items: number, workers?: number): number {
  const wanted = workers ?? workersFromEnv() ?? Math.max(1, availableParallelism() - 1);
  return Math.max(0, Math.min(wanted, Math.floor(items / ITEMS_PER_WORKER)));
}

/**
 * The bundled worker next to dist/cli.cjs and dist/server.cjs; run from the sources (tsx:
 * the bench, the tests), the worker bundled once per process with esbuild into a temp
 * folder (Node 20 runs no `--import tsx` loader hooks in a worker).
 */
export function defaultWorkerScript(): { file: string; execArgv: string[] } | null {
  let here: string;
  try {
    here = dirname(fileURLToPath(import.meta.url));
  } catch {
    return null;
  }
  const bundled = join(here, 'analysisWorker.cjs');
  if (existsSync(bundled)) return { file: bundled, execArgv: [] };
  const source = join(here, 'analysisWorker.ts');
  if (!existsSync(source)) return null;
  sourceBundle ??= bundleSource(source);
  return sourceBundle ? { file: sourceBundle, execArgv: [] } : null;
}

let sourceBundle: string | null | undefined;

function bundleSource(source: string): string | null {
  try {
    // A development dependency, there when running from the sources.
    const esbuild = createRequire(import.meta.url)('esbuild') as { buildSync(options: object): unknown };
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-worker-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'analysisWorker.cjs');
    esbuild.buildSync({ entryPoints: [source], outfile: file, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'silent' });
    return file;
  } catch {
    return null;
  }
}

/** `cloned` as a slice of `text` when it lies within [from, to) (a quotation's words inside its marks). */
function sliceOf(text: string, cloned: string, from: number, to: number): string {
  const at = text.indexOf(cloned, from);
  return at >= 0 && at + cloned.length <= to ? text.slice(at, at + cloned.length) : cloned;
}

const KINDS = new Map<string, AnalyzedDocument['facts'][number]['kind']>(['date', 'figure', 'quote'].map((kind) => [kind, kind as AnalyzedDocument['facts'][number]['kind']]));

/** The prepared document from a worker's reply: the text's own slices, a new line index, signatures adopted. */
function rebuild(text: string, reply: { published: unknown; regions: unknown; facts: unknown; signatures: unknown; storyTerms: unknown; shingles: unknown }): PreparedDocument {
  const facts = reply.facts as AnalyzedDocument['facts'];
  for (const fact of facts) {
    // A slice of the text shares its memory; the cloned string does not.
    const slice = text.slice(fact.start, fact.end);
    if (slice === fact.text) fact.text = slice;
    // Kinds, value types, dates, units and speakers repeat: one copy each (`sharedWord`).
    fact.kind = KINDS.get(fact.kind) ?? fact.kind;
    if (fact.kind === 'date') {
      fact.value.timex = sharedWord(fact.value.timex);
      fact.value.type = sharedWord(fact.value.type) as typeof fact.value.type;
    } else if (fact.kind === 'figure') {
      if (fact.value.unit !== null) fact.value.unit = sharedWord(fact.value.unit);
    } else {
      fact.value.text = sliceOf(text, fact.value.text, fact.start, fact.end);
      if (fact.value.speaker !== null) fact.value.speaker = sharedWord(fact.value.speaker);
    }
  }
  const analysis: AnalyzedDocument = { text, lines: new LineIndex(text), published: reply.published as AnalyzedDocument['published'], regions: reply.regions as AnalyzedDocument['regions'], facts };
  const pools = new Map<unknown, TermPool>();
  const signatures = (reply.signatures as FactSignature[]).map((sig) => adoptSignature(sig, pools));
  return { analysis, signatures, storyTerms: reply.storyTerms as Map<string, number>, shingles: reply.shingles as ShingleSketch };
}

function inProcess(item: AnalysisItem): PreparedDocument | undefined {
  try {
    return prepareDocument(item.text, { published: item.published });
  } catch {
    return undefined;
  }
}

interface Slot {
  worker: Worker;
  port: MessagePort;
  ready: boolean;
  dead: boolean;
  started: number;
  lastHeard: number;
  /** Indexes sent and not answered. */
  outstanding: Set<number>;
}

/** Workers, the shared counter they bump after each reply, and who holds which item. */
class Pool {
  readonly counter = new Int32Array(new SharedArrayBuffer(4));
  private readonly slots: Slot[] = [];
  /** Results not read yet, and which of them this thread analysed while it waited. */
  private readonly results = new Map<number, PreparedDocument | undefined>();
  private readonly helped = new Set<number>();
  private next = 0;

  constructor(
    private readonly items: readonly AnalysisItem[],
    count: number,
    script: { file: string; execArgv: string[] },
    private readonly stallMs: number,
    private readonly startMs: number,
    private readonly stats: PoolStats,
  ) {
    for (let i = 0; i < count; i++) {
      try {
        const { port1, port2 } = new MessageChannel();
        const worker = new Worker(script.file, { execArgv: script.execArgv, workerData: { port: port2, signal: this.counter.buffer }, transferList: [port2], stdout: false, stderr: false });
        worker.unref();
        const slot: Slot = { worker, port: port1, ready: false, dead: false, started: Date.now(), lastHeard: Date.now(), outstanding: new Set() };
        // Seen only when the event loop runs (the async reader); the sync one relies on time limits.
        const lost = () => this.kill(slot);
        worker.on('error', lost);
        worker.on('exit', lost);
        this.slots.push(slot);
        stats.workers++;
      } catch {
        break;
      }
    }
  }

  get live(): boolean {
    return this.slots.some((s) => !s.dead);
  }

  /** Reads every reply waiting, hands out work, gives up on workers that fell silent. */
  pump(): void {
    const now = Date.now();
    for (const slot of this.slots) {
      if (slot.dead) continue;
      for (let message = receiveMessageOnPort(slot.port); message; message = receiveMessageOnPort(slot.port)) this.receive(slot, message.message as AnalysisReply, now);
      if (slot.dead) continue;
      if (!slot.ready ? now - slot.started > this.startMs : slot.outstanding.size > 0 && now - slot.lastHeard > this.stallMs) {
        this.kill(slot);
        continue;
      }
      // Work only for a worker that started: until then this thread does it (`help`).
      while (slot.ready && slot.outstanding.size < IN_FLIGHT && this.next < this.items.length) {
        const index = this.next++;
        const { text, published } = this.items[index]!;
        try {
          slot.port.postMessage({ index, text, published } satisfies AnalysisJob);
          slot.outstanding.add(index);
        } catch {
          // Left to the main thread (`take`).
        }
      }
    }
  }

  private receive(slot: Slot, reply: AnalysisReply, now: number): void {
    slot.lastHeard = now;
    if ('ready' in reply) {
      slot.ready = true;
      return;
    }
    slot.outstanding.delete(reply.index);
    if (this.results.has(reply.index)) return;
    // After an error the item is held by no one: `take` analyses it in-process.
    if (!('error' in reply)) this.results.set(reply.index, rebuild(this.items[reply.index]!.text, reply));
  }

  /** The item's result when it is here, null while a live worker holds it, else done in-process. */
  take(index: number): { value: PreparedDocument | undefined } | null {
    if (this.results.has(index)) {
      const value = this.results.get(index);
      this.results.delete(index);
      if (this.helped.delete(index)) this.stats.inProcess++;
      else this.stats.byWorkers++;
      return { value };
    }
    if (this.slots.some((s) => !s.dead && s.outstanding.has(index))) return null;
    // Not handed out yet: a worker will take it once started (or this thread, `help`).
    if (index >= this.next && this.live) return null;
    // Never handed out (no worker left), its worker is gone, or it threw there.
    this.next = Math.max(this.next, index + 1);
    this.stats.inProcess++;
    return { value: inProcess(this.items[index]!) };
  }

  /**
   * Rather than wait, analyses the next item no worker has yet on this thread: a cold
   * load is then as fast as its slowest side with one worker fewer (each worker compiles
   * the analysis code afresh). False when there is none left.
   */
  help(): boolean {
    if (this.next >= this.items.length) return false;
    const index = this.next++;
    this.results.set(index, inProcess(this.items[index]!));
    this.helped.add(index);
    return true;
  }

  private kill(slot: Slot): void {
    if (slot.dead) return;
    slot.dead = true;
    // Its items are held by no one now: `take` analyses them in-process.
    slot.outstanding.clear();
    slot.port.close();
    void slot.worker.terminate().catch(() => undefined);
    // Wake a reader waiting for this worker's items.
    Atomics.add(this.counter, 0, 1);
    Atomics.notify(this.counter, 0);
  }

  close(): void {
    for (const slot of this.slots) this.kill(slot);
  }
}

type Step = { result: PreparedDocument | undefined } | { wait: number; ms: number };

/** The reading loop shared by both readers: results in input order, or a request to wait. */
function* steps(items: readonly AnalysisItem[], pool: Pool | null, stats: PoolStats, help: boolean): Generator<Step, void, void> {
  for (let i = 0; i < items.length; i++) {
    if (!pool) {
      stats.inProcess++;
      yield { result: inProcess(items[i]!) };
      continue;
    }
    for (;;) {
      const seen = Atomics.load(pool.counter, 0);
      pool.pump();
      const taken = pool.take(i);
      if (taken) {
        yield { result: taken.value };
        break;
      }
      if (!help || !pool.help()) yield { wait: seen, ms: 200 };
    }
  }
}

function statsOf(options: PoolOptions): PoolStats {
  options.stats ??= { workers: 0, byWorkers: 0, inProcess: 0, waitMs: 0 };
  return options.stats;
}

function startPool(items: readonly AnalysisItem[], options: PoolOptions): Pool | null {
  const count = workerCount(items.length, options.workers);
  if (count === 0) return null;
  const script = options.script ?? defaultWorkerScript();
  if (!script || !existsSync(script.file)) return null;
  try {
    const pool = new Pool(items, count, script, options.stallMs ?? 60_000, options.startMs ?? 10_000, statsOf(options));
    return pool.live ? pool : null;
  } catch {
    return null;
  }
}

/** Analyses `items` on worker threads, blocking the calling thread while it waits. */
export function* analyzeAllSync(items: readonly AnalysisItem[], options: PoolOptions = {}): Generator<PreparedDocument | undefined, void, void> {
  const pool = startPool(items, options);
  try {
    for (const step of steps(items, pool, statsOf(options), options.help ?? true)) {
      if ('wait' in step) {
        const began = performance.now();
        Atomics.wait(pool!.counter, 0, step.wait, step.ms);
        options.stats!.waitMs += performance.now() - began;
      } else yield step.result;
    }
  } finally {
    pool?.close();
  }
}

type WaitAsync = (array: Int32Array, index: number, value: number, timeout: number) => { async: boolean; value: Promise<unknown> | string };

/** Analyses `items` on worker threads; the event loop runs while it waits. */
export async function* analyzeAll(items: readonly AnalysisItem[], options: PoolOptions = {}): AsyncGenerator<PreparedDocument | undefined, void, void> {
  const pool = startPool(items, options);
  const waitAsync = (Atomics as unknown as { waitAsync?: WaitAsync }).waitAsync;
  try {
    for (const step of steps(items, pool, statsOf(options), options.help ?? true)) {
      if (!('wait' in step)) {
        yield step.result;
        continue;
      }
      const waited = waitAsync?.(pool!.counter, 0, step.wait, step.ms);
      if (waited && !waited.async) continue;
      // A waiter does not keep the event loop alive (the workers are unref'd): a timer does.
      let timer: NodeJS.Timeout | undefined;
      const began = performance.now();
      await Promise.race([waited?.value, new Promise((resolve) => (timer = setTimeout(resolve, waited ? step.ms : 5)))]);
      clearTimeout(timer);
      options.stats!.waitMs += performance.now() - began;
    }
  } finally {
    pool?.close();
  }
}
