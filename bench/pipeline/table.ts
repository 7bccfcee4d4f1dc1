/** Plain-text tables of the pipeline benchmark (what `npm run bench` prints). */
import type { ColdResult } from './cold.js';
import type { IncrementalResult } from './incremental.js';
import type { LspResult } from './lsp.js';
import type { HotFunction } from './profile.js';
import type { Verdict } from './targets.js';

/** Rows of label + cells, the label column padded to its widest entry. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]! + 2))).join('').trimEnd()).join('\n');
}

const s = (seconds: number) => `${seconds.toFixed(2)} s`;
const mb = (megabytes: number) => `${megabytes.toFixed(0)} MB`;
const ms = (milliseconds: number) => (Number.isNaN(milliseconds) ? 'n/a' : `${milliseconds.toFixed(1)} ms`);
const share = (part: number, whole: number) => `${((100 * part) / whole).toFixed(0)}%`;

export function coldTable(runs: readonly ColdResult[]): string {
  const rows: [string, (r: ColdResult) => string][] = [
    ['documents (stories, plants)', (r) => `${r.documents} (${r.stories}, ${r.plants})`],
    ['article text', (r) => `${r.megabytes.toFixed(2)} MB`],
    ['cold run: one Workspace.batch', (r) => s(r.seconds)],
    ['  analyse (setDocument calls)', (r) => `${s(r.analyseSeconds)} (${share(r.analyseSeconds, r.seconds)})`],
    ['  cross-reference (batch end)', (r) => `${s(r.crossReferenceSeconds)} (${share(r.crossReferenceSeconds, r.seconds)})`],
    ['MB/s', (r) => r.megabytesPerSecond.toFixed(3)],
    ['documents/s', (r) => r.documentsPerSecond.toFixed(1)],
    ['peak RSS (before the run)', (r) => `${mb(r.peakRssMb)} (${mb(r.rssBeforeMb)})`],
    ['heap after the run and a GC', (r) => (r.heapAfterMb === null ? 'n/a' : mb(r.heapAfterMb))],
    ['report() afterwards', (r) => s(r.reportSeconds)],
    ['facts / claims / findings', (r) => `${r.facts} / ${r.claims} / ${r.findings}`],
    ['planted disagreements found', (r) => `${r.accuracy.found}/${r.accuracy.plants} (${(100 * r.accuracy.recall).toFixed(1)}%)`],
    ['baseline chrono.parse', (r) => (r.baseline ? `${s(r.baseline.seconds)}, ${r.baseline.megabytesPerSecond.toFixed(2)} MB/s` : 'not run')],
    ['pipeline speed / chrono speed', (r) => (r.baseline ? `${(r.megabytesPerSecond / r.baseline.megabytesPerSecond).toFixed(3)}x` : 'n/a')],
  ];
  return table([['', ...runs.map((r) => `${r.documents.toLocaleString('en-US')} documents`)], ...rows.map(([label, cell]) => [label, ...runs.map(cell)])]);
}

export function incrementalTable(i: IncrementalResult): string {
  const latency = (l: IncrementalResult['latency']) => `p50 ${ms(l.p50Ms)}, p95 ${ms(l.p95Ms)}, max ${ms(l.maxMs)} (${l.count})`;
  return table([
    ['index', `${i.documents} documents; ${i.targets} articles with a found figure plant to edit`],
    ['edits', `${i.edits}${i.stoppedAtBudget ? ' (stopped at the time budget)' : ''}: figure set to the other outlets' value, then put back`],
    ['edit -> findings ready', latency(i.latency)],
    ['  setDocument alone', latency(i.setDocument)],
    ['  fixes / reverts', `p95 ${ms(i.fix.p95Ms)} / ${ms(i.revert.p95Ms)}`],
    ['paths reported changed per edit', i.meanChangedPaths.toFixed(1)],
    ['findings not as expected', `${i.fixMismatches} fixes still flagged, ${i.revertMismatches} reverts not restored`],
    ...i.mismatchExamples.map((e) => ['  e.g.', e]),
  ]);
}

export function lspTable(l: LspResult): string {
  const sec = (v: number | null) => (v === null ? 'n/a' : `${(v / 1000).toFixed(2)} s`);
  return table([
    ['corpus', `${l.documents} documents in one workspace folder, dist/server.cjs --stdio`],
    ['initialize -> answer', sec(l.initializeMs)],
    ['initialize -> first publishDiagnostics', sec(l.firstDiagnosticsMs)],
    ['initialize -> indexed, all published', sec(l.indexedMs)],
    ['files with diagnostics', String(l.filesWithDiagnostics)],
    ['server peak RSS', l.peakRssMb === null ? 'n/a' : mb(l.peakRssMb)],
    ...(l.error ? [['error', l.error]] : []),
  ]);
}

export function targetsTable(verdicts: readonly Verdict[]): string {
  const mark = (v: Verdict) => (v.met === null ? '-' : v.met ? 'met' : 'NOT MET');
  return table([['target (issue 7)', 'goal', 'measured', ''], ...verdicts.map((v) => [v.what, v.target, v.measured, mark(v)])]);
}

export function profileTable(totalMs: number, functions: readonly HotFunction[]): string {
  return table([
    ['self time', 'share', 'function', 'where'],
    ...functions.map((f) => [`${f.selfMs.toFixed(0)} ms`, `${(100 * f.share).toFixed(1)}%`, f.name, f.where]),
    ['', '', `(of ${(totalMs / 1000).toFixed(1)} s sampled)`, ''],
  ]);
}
