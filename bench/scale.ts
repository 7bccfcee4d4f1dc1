/**
 * The scale benchmark of issue 4: `corroborate check` on a generated multi-source corpus
 * of n/2 and n articles (default n = 2000), run as a subprocess the way a user runs it.
 * Reports wall time, documents/s, MB/s, the child's peak RSS, the time ratio n vs n/2
 * (≈2 when the cost grows linearly, 4 when it grows with the square), and accuracy
 * against the planted disagreements. Prints a table, writes bench/results/scale.json.
 *
 *   node --import tsx bench/scale.ts [--documents 2000] [--seed 1] [--out DIR]
 *
 * Without --out the corpora go to a temporary folder that is removed afterwards.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus, scorePlants, writeCorpus, type Corpus, type PlantScore, type ReportFinding } from './corpus/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI = join(ROOT, 'dist', 'cli.cjs');
export const RESULTS = join(ROOT, 'bench', 'results', 'scale.json');
/** GNU time: the only way here to read a child's peak RSS (its resourceUsage() stays in the child). */
const GNU_TIME = '/usr/bin/time';

export interface CheckRun {
  /** Wall time of the whole subprocess, node start-up included, in seconds. */
  seconds: number;
  /** Peak resident set of the child in MB, or null when GNU time is not installed. */
  peakRssMb: number | null;
  exitCode: number | null;
  stderr: string;
  /** Size of the JSON report on stdout, in MB. */
  reportMb: number;
  /** Why the report could not be read, or null. */
  parseError: string | null;
  /** The parsed JSON report, or null when the output was not JSON. */
  report: { facts?: unknown[]; claims?: unknown[]; findings?: ReportFinding[] } | null;
}

/** Runs `node dist/cli.cjs check <dir> --format json`, its report written to `reportPath`. */
export function runCheck(dir: string, reportPath: string): CheckRun {
  const rssPath = `${reportPath}.rss`;
  const command = [process.execPath, CLI, 'check', dir, '--format', 'json'];
  const timed = existsSync(GNU_TIME);
  const out = openSync(reportPath, 'w');
  const began = performance.now();
  const child = timed
    ? spawnSync(GNU_TIME, ['-f', '%M', '-o', rssPath, ...command], { stdio: ['ignore', out, 'pipe'], maxBuffer: 64 * 1024 * 1024 })
    : spawnSync(command[0]!, command.slice(1), { stdio: ['ignore', out, 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - began) / 1000;
  closeSync(out);
  let peakRssMb: number | null = null;
  if (timed && existsSync(rssPath)) {
    // GNU time prints "Command exited with non-zero status N" first when the exit code is not 0.
    const kb = Number(readFileSync(rssPath, 'utf8').trim().split('\n').pop());
    if (Number.isFinite(kb)) peakRssMb = kb / 1024;
  }
  let report: CheckRun['report'] = null;
  let parseError: string | null = null;
  try {
    // Node cannot hold a string over ~512 MB: a larger report fails here, and says so.
    report = JSON.parse(readFileSync(reportPath, 'utf8')) as CheckRun['report'];
  } catch (error) {
    parseError = (error as Error).message;
  }
  const reportMb = statSync(reportPath).size / 1e6;
  return { seconds, peakRssMb, exitCode: child.status, stderr: String(child.stderr ?? '').slice(0, 4000), reportMb, parseError, report };
}

/** The line of stderr that names the error ("RangeError: …"), or its first line. */
export function errorLine(stderr: string): string | null {
  const lines = stderr.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.find((l) => /^\w*Error\b|^FATAL ERROR/.test(l)) ?? lines[0] ?? null;
}

export interface ScaleRow {
  documents: number;
  stories: number;
  plants: number;
  megabytes: number;
  generateSeconds: number;
  seconds: number;
  documentsPerSecond: number;
  megabytesPerSecond: number;
  peakRssMb: number | null;
  exitCode: number | null;
  /** Why there is no report (a crash), or null. */
  error: string | null;
  reportMb: number;
  facts: number | null;
  claims: number | null;
  accuracy: PlantScore | null;
}

function corpusBytes(corpus: Corpus): number {
  return corpus.articles.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0);
}

/** Generates, writes and checks one corpus of `documents` articles under `workDir`. */
export function measure(seed: number, documents: number, workDir: string): ScaleRow {
  const began = performance.now();
  const corpus = generateCorpus({ seed, documents });
  const generateSeconds = (performance.now() - began) / 1000;
  const dir = join(workDir, `corpus-${documents}`);
  rmSync(dir, { recursive: true, force: true });
  writeCorpus(corpus, dir);
  const run = runCheck(dir, join(workDir, `report-${documents}.json`));
  // Exit code 1 only says there are warnings; without a report the run failed.
  const failed = run.report === null || (run.exitCode !== 0 && run.exitCode !== 1);
  if (failed) console.error(`corroborate check failed on ${documents} documents (exit code ${run.exitCode}):\n${run.stderr.slice(0, 1500)}`);
  const megabytes = corpusBytes(corpus) / 1e6;
  const findings = run.report?.findings;
  return {
    documents: corpus.articles.length,
    stories: corpus.stories.length,
    plants: corpus.plants.length,
    megabytes,
    generateSeconds,
    seconds: run.seconds,
    documentsPerSecond: corpus.articles.length / run.seconds,
    megabytesPerSecond: megabytes / run.seconds,
    peakRssMb: run.peakRssMb,
    exitCode: run.exitCode,
    error: failed ? (errorLine(run.stderr) ?? `report of ${run.reportMb.toFixed(0)} MB not readable: ${run.parseError}`) : null,
    reportMb: run.reportMb,
    facts: run.report?.facts?.length ?? null,
    claims: run.report?.claims?.length ?? null,
    accuracy: Array.isArray(findings) ? scorePlants(corpus, findings) : null,
  };
}

function formatTable(rows: ScaleRow[], ratio: number | null): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const fields: [string, (r: ScaleRow) => string][] = [
    ['documents (stories)', (r) => `${r.documents} (${r.stories})`],
    ['article text', (r) => `${r.megabytes.toFixed(2)} MB`],
    ['wall time of check', (r) => `${r.seconds.toFixed(2)} s`],
    ['documents/s', (r) => r.documentsPerSecond.toFixed(0)],
    ['MB/s', (r) => r.megabytesPerSecond.toFixed(2)],
    ['peak RSS of the child', (r) => (r.peakRssMb === null ? 'n/a' : `${r.peakRssMb.toFixed(0)} MB`)],
    ['exit code', (r) => String(r.exitCode)],
    ['error', (r) => r.error ?? 'none'],
    ['JSON report', (r) => `${r.reportMb.toFixed(1)} MB`],
    ['facts / claims / findings', (r) => `${r.facts ?? '?'} / ${r.claims ?? '?'} / ${r.accuracy?.findings ?? '?'}`],
    ['planted disagreements found', (r) => (r.accuracy ? `${r.accuracy.found}/${r.accuracy.plants} = ${pct(r.accuracy.recall)}` : 'n/a')],
    ['  date / figure / quote', (r) => (r.accuracy ? (['date', 'figure', 'quote'] as const).map((k) => `${r.accuracy!.byKind[k].found}/${r.accuracy!.byKind[k].plants}`).join(' / ') : 'n/a')],
    ['findings linking stories (false)', (r) => (r.accuracy ? `${r.accuracy.crossStory} (${r.accuracy.crossStoryOnCoreLines} on core sentences)` : 'n/a')],
    ['corpus generation', (r) => `${r.generateSeconds.toFixed(2)} s`],
  ];
  const width = Math.max(...fields.map(([k]) => k.length));
  const column = Math.max(...fields.flatMap(([, f]) => rows.map((r) => f(r).length))) + 3;
  const lines = fields.map(([k, f]) => `${k.padEnd(width)}  ${rows.map((r) => f(r).padEnd(column)).join('')}`.trimEnd());
  const verdict = ratio === null ? 'n/a: a run failed' : `${ratio.toFixed(2)} (2.0 = linear, 4.0 = quadratic)`;
  lines.push(`${'time ratio n vs n/2'.padEnd(width)}  ${verdict}`);
  return lines.join('\n');
}

function writeAtomic(path: string, data: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, path);
}

function parseOptions(argv: string[]): { documents: number; seed: number; out: string | undefined } {
  const { values } = parseArgs({ args: argv, options: { documents: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } } });
  const documents = Number(values.documents ?? 2000);
  const seed = Number(values.seed ?? 1);
  if (!Number.isSafeInteger(documents) || documents < 2) throw new Error(`--documents must be an integer of at least 2, got ${values.documents}`);
  if (!Number.isSafeInteger(seed)) throw new Error(`--seed must be an integer, got ${values.seed}`);
  return { documents, seed, out: values.out };
}

export function main(argv: string[]): number {
  let options: ReturnType<typeof parseOptions>;
  try {
    options = parseOptions(argv);
  } catch (error) {
    console.error(`bench/scale: ${(error as Error).message}\nusage: node --import tsx bench/scale.ts [--documents 2000] [--seed 1] [--out DIR]`);
    return 2;
  }
  if (!existsSync(CLI)) {
    console.error(`bench/scale: ${CLI} is missing; run \`npm run build\` first.`);
    return 2;
  }
  const workDir = options.out ? resolve(options.out) : mkdtempSync(join(tmpdir(), 'corroborate-scale-'));
  mkdirSync(workDir, { recursive: true });
  const builtBefore = statSync(CLI).mtime.toISOString();
  try {
    const half = Math.floor(options.documents / 2);
    const rows = [measure(options.seed, half, workDir), measure(options.seed, options.documents, workDir)];
    // A crashed run's time says nothing about scaling.
    const ratio = rows.every((r) => r.error === null) ? rows[1]!.seconds / rows[0]!.seconds : null;
    console.log(`corroborate check, ${half} and ${options.documents} generated articles (seed ${options.seed}), ${cpus().length} cores, Node ${process.version}`);
    console.log(formatTable(rows, ratio));
    const builtAfter = statSync(CLI).mtime.toISOString();
    if (builtAfter !== builtBefore) console.log(`\nwarning: dist/cli.cjs was rebuilt during the run (${builtBefore} -> ${builtAfter}); the runs may have used different builds.`);
    const result = {
      date: new Date().toISOString(),
      command: `node --import tsx bench/scale.ts --documents ${options.documents} --seed ${options.seed}`,
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? null, node: process.version },
      cliBuilt: builtBefore,
      cliRebuiltDuringRun: builtAfter !== builtBefore,
      seed: options.seed,
      timeRatio: ratio,
      rows,
    };
    writeAtomic(RESULTS, JSON.stringify(result, null, 2) + '\n');
    console.log(`\nwritten: ${RESULTS}${options.out ? `; corpora and reports kept in ${workDir}` : ''}`);
    return rows.every((r) => r.error === null) ? 0 : 1;
  } finally {
    if (!options.out) rmSync(workDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
