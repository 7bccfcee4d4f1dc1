/**
 * `npm run bench` (issue 7): speed, memory and scale of the whole pipeline on generated
 * multi-source corpora (bench/corpus, fixed seed). Prints tables and writes
 * bench/results/pipeline.json.
 *
 *   npm run bench -- [--sizes 1000,10000] [--seed 1] [--edits 200] [--edit-budget 600]
 *                    [--lsp-documents 1000] [--heap-mb N] [--workers N] [--profile] [--timeml] [--out FILE]
 *
 * - cold run, each size in a child process of its own (bench/pipeline/cold.ts): every
 *   article into one `Workspace.batch`; MB/s, documents/s, wall time, peak RSS; plain
 *   `chrono.parse` over the same texts as the baseline; then `--edits` incremental edits
 *   on the built index (bounded by `--edit-budget` seconds); `--heap-mb` sets the
 *   child's heap limit (Node's default, about 4 GB, is enough for 10,000 articles);
 *   `--workers N` caps the worker threads that analyse the texts (0: in-process; default:
 *   the pool's own choice, as `corroborate check` makes it), in the language server too
 *   (`CORROBORATE_WORKERS`);
 * - the language server on `--lsp-documents` articles written to a temp folder (0: skip;
 *   needs `npm run build`);
 * - `--profile`: one more cold run of the smallest size, as an esbuild bundle, with a V8
 *   CPU profile of the run alone; prints the top 10 self-time functions (mapped back to
 *   the TypeScript lines) and where the .cpuprofile is (open it in Chrome DevTools or VS
 *   Code). Whole-process alternative (positions then are tsx's, not the sources'):
 *   `node --cpu-prof --import tsx bench/pipeline/cold.ts --documents 1000 --seed 1 --result /tmp/r.json`;
 * - `--timeml`: the earlier engine-only ratios on the TimeML articles (bench/timeml.ts).
 *
 * 10,000 documents take a few minutes on a 2-core machine (a run that fails, as an
 * out-of-memory would, is reported and recorded); `--sizes 1000` for a quick run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus, writeCorpus } from './corpus/index.js';
import { bundleForProfile } from './pipeline/bundle.js';
import type { ColdResult } from './pipeline/cold.js';
import { timeServerStartup, type LspResult } from './pipeline/lsp.js';
import { hotFunctions, type HotFunction } from './pipeline/profile.js';
import { coldTable, incrementalTable, lspTable, profileTable, table, targetsTable } from './pipeline/table.js';
import { judge } from './pipeline/targets.js';
import { timemlRatios, timemlRows, type TimemlRatios } from './timeml.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const COLD = join(ROOT, 'bench', 'pipeline', 'cold.ts');
const SERVER = join(ROOT, 'dist', 'server.cjs');
const RESULTS = join(ROOT, 'bench', 'results', 'pipeline.json');
const LSP_TIMEOUT_MS = 15 * 60 * 1000;

interface Options {
  sizes: number[];
  seed: number;
  edits: number;
  editBudget: number;
  lspDocuments: number;
  profile: boolean;
  timeml: boolean;
  out: string;
  /** --max-old-space-size for the cold runs (Node's default heap limit is about 4 GB here). */
  heapMb: number | undefined;
  /** Worker threads for the cold runs' analyses (0: in-process); undefined: the pool's default. */
  workers: number | undefined;
}

function integer(name: string, text: string, min: number): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < min) throw new Error(`--${name} must be an integer of at least ${min}, got ${JSON.stringify(text)}`);
  return n;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      seed: { type: 'string', default: '1' },
      edits: { type: 'string', default: '200' },
      'edit-budget': { type: 'string', default: '600' },
      'lsp-documents': { type: 'string', default: '1000' },
      profile: { type: 'boolean', default: false },
      timeml: { type: 'boolean', default: false },
      out: { type: 'string', default: RESULTS },
      'heap-mb': { type: 'string' },
      workers: { type: 'string' },
    },
  });
  const sizes = values.sizes.split(',').map((s) => integer('sizes', s.trim(), 1));
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    seed: integer('seed', values.seed, 0),
    edits: integer('edits', values.edits, 0),
    editBudget: integer('edit-budget', values['edit-budget'], 1),
    lspDocuments: integer('lsp-documents', values['lsp-documents'], 0),
    profile: values.profile,
    timeml: values.timeml,
    out: resolve(values.out),
    heapMb: values['heap-mb'] === undefined ? undefined : integer('heap-mb', values['heap-mb'], 256),
    workers: values.workers === undefined ? undefined : integer('workers', values.workers, 0),
  };
}

interface FailedRun {
  documents: number;
  exitCode: number | null;
  signal: string | null;
  /** The line of the child's stderr that names the error (an out-of-memory, an exception). */
  error: string;
  /** Wall time of the child until it ended. */
  seconds: number;
}

/** The line of stderr that names the error, or its last line. */
function errorLine(stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.find((l) => /^FATAL ERROR|^\w*Error\b/.test(l)) ?? lines[lines.length - 1] ?? 'no message';
}

/**
 * One cold run in a child process; its result comes back through a temp file. The
 * child's stderr (progress lines) is shown as it comes and its tail kept, so a crash
 * (an out-of-memory) is reported with its reason.
 */
async function coldRun(documents: number, seed: number, workDir: string, extra: string[], options: { bundle?: string; heapMb?: number } = {}): Promise<ColdResult | FailedRun> {
  const result = join(workDir, `cold-${documents}-${extra.length}.json`);
  const script = options.bundle ? [options.bundle] : ['--import', 'tsx', COLD];
  const heap = options.heapMb ? [`--max-old-space-size=${options.heapMb}`] : [];
  const args = ['--expose-gc', ...heap, ...script, '--documents', String(documents), '--seed', String(seed), '--result', result, ...extra];
  const began = performance.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'pipe'] });
  let tail = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk);
    tail = (tail + String(chunk)).slice(-8000);
  });
  const [code, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null];
  if (code !== 0 || !existsSync(result)) {
    const failure = { documents, exitCode: code, signal, error: errorLine(tail), seconds: (performance.now() - began) / 1000 };
    console.error(`cold run of ${documents} documents failed (exit code ${code}${signal ? `, signal ${signal}` : ''}): ${failure.error}`);
    return failure;
  }
  return JSON.parse(readFileSync(result, 'utf8')) as ColdResult;
}

const failedRun = (run: ColdResult | FailedRun): run is FailedRun => 'error' in run;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** What was measured: the commit, the source files changed since it, and whether dist/server.cjs predates them. */
function sourceState(): { commit: string | null; changedSourceFiles: string[]; serverBuilt: string | null } {
  const git = (...args: string[]) => {
    const r = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
    return r.status === 0 ? r.stdout.trim() : null;
  };
  const changed = (git('status', '--porcelain', '--', 'src') ?? '').split('\n').filter(Boolean).map((l) => l.slice(3));
  return { commit: git('rev-parse', 'HEAD'), changedSourceFiles: changed, serverBuilt: existsSync(SERVER) ? statSync(SERVER).mtime.toISOString() : null };
}

function writeAtomic(path: string, data: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, path);
}

async function main(argv: string[]): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(argv);
  } catch (error) {
    console.error(`bench: ${(error as Error).message}\nusage: npm run bench -- [--sizes 1000,10000] [--seed 1] [--edits 200] [--edit-budget 600] [--lsp-documents 1000] [--heap-mb N] [--workers N] [--profile] [--timeml] [--out FILE]`);
    return 2;
  }
  // The language server (and any child) reads the cap from the environment.
  if (options.workers !== undefined) process.env.CORROBORATE_WORKERS = String(options.workers);
  const workDir = mkdtempSync(join(tmpdir(), 'corroborate-bench-'));
  const source = sourceState();
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? null, memoryGb: totalmem() / 2 ** 30, node: process.version };
  console.log(`Corroborate pipeline benchmark: seed ${options.seed}, sizes ${options.sizes.join(', ')}; ${machine.cpus} cores (${machine.cpu}), Node ${machine.node}`);
  console.log(`sources: ${source.commit?.slice(0, 10) ?? 'unknown commit'}${source.changedSourceFiles.length ? ` + ${source.changedSourceFiles.length} changed files under src/` : ''}\n`);
  try {
    // One heavy child at a time (the machine has 2 cores and other work runs on it).
    // Edits at every size: a larger size may not finish, and the smaller one's latency still says something.
    const runs: ColdResult[] = [];
    const failed: FailedRun[] = [];
    const extra = [
      '--baseline',
      ...(options.edits > 0 ? ['--edits', String(options.edits), '--edit-budget', String(options.editBudget)] : []),
      ...(options.workers === undefined ? [] : ['--workers', String(options.workers)]),
    ];
    for (const size of options.sizes) {
      const run = await coldRun(size, options.seed, workDir, extra, { heapMb: options.heapMb });
      if (failedRun(run)) failed.push(run);
      else runs.push(run);
    }
    if (runs.length) console.log(`\nCold run: extract + cross-reference in one process\n${coldTable(runs)}`);
    for (const run of runs) if (run.incremental) console.log(`\nIncremental edits on the built index of ${run.documents} documents\n${incrementalTable(run.incremental)}`);

    let lsp: LspResult | null = null;
    if (options.lspDocuments > 0) {
      if (!existsSync(SERVER)) {
        console.error(`\nbench: ${SERVER} is missing; run \`npm run build\` first (language server section skipped).`);
      } else {
        if (statSync(SERVER).mtimeMs < newestMtime(join(ROOT, 'src'))) console.log('\nnote: dist/server.cjs is older than some file under src/; the server section measures that older build (`npm run build` first).');
        const folder = join(workDir, `lsp-${options.lspDocuments}`);
        writeCorpus(generateCorpus({ seed: options.seed, documents: options.lspDocuments }), folder);
        console.error(`[lsp] starting the server on ${options.lspDocuments} documents…`);
        lsp = await timeServerStartup(SERVER, folder, options.lspDocuments, LSP_TIMEOUT_MS);
        console.log(`\nLanguage server start-up\n${lspTable(lsp)}`);
      }
    }

    let profile: { documents: number; file: string; totalMs: number; top: HotFunction[] } | null = null;
    if (options.profile) {
      const documents = options.sizes[0]!;
      const file = join(tmpdir(), `corroborate-cold-${documents}.cpuprofile`);
      console.error(`[profile] cold run of ${documents} documents with the CPU profiler…`);
      const bundle = await bundleForProfile(COLD, join(ROOT, 'bench'));
      try {
        // In-process: the profile is of the main thread, where all the work then is.
        if (!failedRun(await coldRun(documents, options.seed, workDir, ['--profile', file, '--workers', '0'], { bundle: bundle.file, heapMb: options.heapMb }))) {
          const { totalMs, functions } = hotFunctions(file, ROOT);
          profile = { documents, file, totalMs, top: functions };
          console.log(`\nCPU profile of the cold run of ${documents} documents (self time): ${file}\n${profileTable(totalMs, functions)}`);
        }
      } finally {
        rmSync(bundle.dir, { recursive: true, force: true });
      }
    }

    let timeml: TimemlRatios | null = null;
    if (options.timeml) {
      timeml = timemlRatios();
      console.log(`\nEngine alone on the TimeML articles\n${table(timemlRows(timeml))}`);
    }

    const verdicts = judge(runs, lsp, failed);
    console.log(`\n${targetsTable(verdicts)}`);
    for (const f of failed) console.log(`\n${f.documents} documents: FAILED after ${f.seconds.toFixed(0)} s (exit code ${f.exitCode}${f.signal ? `, ${f.signal}` : ''}): ${f.error}`);
    const command = `npm run bench -- ${argv.join(' ')}`.trim();
    writeAtomic(options.out, JSON.stringify({ date: new Date().toISOString(), command, machine, source, seed: options.seed, runs, failed, heapMb: options.heapMb ?? null, workers: options.workers ?? null, lsp, profile, timeml, targets: verdicts }, null, 2) + '\n');
    console.log(`\nwritten: ${options.out}`);
    return failed.length || lsp?.error ? 1 : 0;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error((error as Error).stack ?? String(error));
    process.exitCode = 1;
  },
);
