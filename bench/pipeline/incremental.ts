/**
 * Incremental edits on a built index: in an article that states a story's planted
 * disagreeing strikers figure (and whose figure-mismatch finding the cold run found),
 * the figure is set to the value the other outlets give, then put back. Each edit is
 * timed the way the language server pays for it: `setDocument` (analysis and
 * re-cross-referencing) plus `findingsFor` of every path it reports as changed (what the
 * server publishes). Expected: after the fix no figure-mismatch is left on that line;
 * after the revert the document's findings are exactly what they were.
 */
import { formatNumber } from '../corpus/core.js';
import type { Corpus } from '../corpus/index.js';
import type { ReportFinding } from '../../src/core/report.js';
import type { Workspace } from '../../src/core/workspace.js';
import { percentile, since } from './stats.js';

interface EditTarget {
  path: string;
  line: number;
  original: string;
  fixed: string;
}

export interface LatencySummary {
  count: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export interface IncrementalResult {
  documents: number;
  /** Articles eligible for an edit (a found figure plant); edits cycle through them. */
  targets: number;
  edits: number;
  /** Edit to findings ready (setDocument + findingsFor of the changed paths). */
  latency: LatencySummary;
  /** setDocument alone. */
  setDocument: LatencySummary;
  fix: LatencySummary;
  revert: LatencySummary;
  /** Mean number of paths setDocument reported as changed. */
  meanChangedPaths: number;
  /** Fixes after which a figure-mismatch was still on the edited line. */
  fixMismatches: number;
  /** Reverts after which the document's findings differed from before the edits. */
  revertMismatches: number;
  /** Up to five examples of mismatches, for the lead to look at. */
  mismatchExamples: string[];
  /** Whether the edits stopped early at the time budget. */
  stoppedAtBudget: boolean;
}

function summarize(values: readonly number[]): LatencySummary {
  return { count: values.length, p50Ms: percentile(values, 50), p95Ms: percentile(values, 95), maxMs: values.length ? Math.max(...values) : Number.NaN };
}

/** A finding without its claim id (ids may be renumbered when a claim is formed again). */
function findingKey(findings: readonly ReportFinding[]): string {
  return JSON.stringify(findings.map((f) => [f.code, f.severity, f.range, f.message, f.related.map((r) => [r.path, r.range, r.message])]));
}

/** "lost figure-mismatch@3, gained …" (line 1-based): what a reviewer needs to find the case. */
function describeDifference(before: readonly ReportFinding[], after: readonly ReportFinding[]): string {
  const label = (f: ReportFinding) => `${f.code}@${f.range.start.line + 1}`;
  const keys = (list: readonly ReportFinding[]) => list.map((f) => findingKey([f]));
  const [b, a] = [keys(before), keys(after)];
  const lost = before.filter((_, i) => !a.includes(b[i]!)).map(label);
  const gained = after.filter((_, i) => !b.includes(a[i]!)).map(label);
  return `${before.length} -> ${after.length} findings; lost [${lost.join(', ')}], gained [${gained.join(', ')}]`;
}

const hasFigureMismatchOn = (findings: readonly ReportFinding[], line: number) => findings.some((f) => f.code === 'figure-mismatch' && f.range.start.line === line);

/** Articles whose planted figure disagreement the built index reports, with the text that fixes it. */
export function editTargets(corpus: Corpus, workspace: Workspace): EditTarget[] {
  const articles = new Map(corpus.articles.map((a) => [a.path, a]));
  const targets: EditTarget[] = [];
  for (const plant of corpus.plants) {
    if (plant.kind !== 'figure') continue;
    const wrong = formatNumber(Number(plant.values.disagree));
    const right = formatNumber(Number(plant.values.agree));
    for (const path of plant.paths.disagree) {
      const article = articles.get(path)!;
      const line = article.coreLines.figure;
      if (!hasFigureMismatchOn(workspace.findingsFor(path), line)) continue;
      const lines = article.text.split('\n');
      if (!lines[line]?.includes(wrong)) continue;
      lines[line] = lines[line]!.replace(wrong, right);
      targets.push({ path, line, original: article.text, fixed: lines.join('\n') });
    }
  }
  return targets;
}

/** `budgetSeconds` bounds the whole loop: on a slow index 200 edits could take many minutes. */
export function runEdits(corpus: Corpus, workspace: Workspace, edits: number, budgetSeconds = Infinity): IncrementalResult {
  const began = performance.now();
  let stoppedAtBudget = false;
  const targets = editTargets(corpus, workspace);
  const total: number[] = [];
  const setOnly: number[] = [];
  const fix: number[] = [];
  const revert: number[] = [];
  let changedPaths = 0;
  let fixMismatches = 0;
  let revertMismatches = 0;
  const mismatchExamples: string[] = [];
  const timedSet = (path: string, text: string): number => {
    const start = performance.now();
    const changed = workspace.setDocument(path, text);
    setOnly.push(since(start));
    for (const p of changed) workspace.findingsFor(p);
    changedPaths += changed.size;
    return since(start);
  };
  for (let i = 0; targets.length > 0 && total.length < edits; i++) {
    if (since(began) > budgetSeconds * 1000) {
      stoppedAtBudget = true;
      break;
    }
    const target = targets[i % targets.length]!;
    const beforeFindings = workspace.findingsFor(target.path);
    const before = { findings: beforeFindings, key: findingKey(beforeFindings) };
    const fixMs = timedSet(target.path, target.fixed);
    total.push(fixMs);
    fix.push(fixMs);
    if (hasFigureMismatchOn(workspace.findingsFor(target.path), target.line)) {
      fixMismatches++;
      if (mismatchExamples.length < 5) mismatchExamples.push(`${target.path}:${target.line + 1}: figure-mismatch still there after the fix`);
    }
    if (total.length >= edits) {
      workspace.setDocument(target.path, target.original); // leave the index as it was, untimed
      break;
    }
    const revertMs = timedSet(target.path, target.original);
    total.push(revertMs);
    revert.push(revertMs);
    const after = workspace.findingsFor(target.path);
    if (findingKey(after) !== before.key) {
      revertMismatches++;
      if (mismatchExamples.length < 5) mismatchExamples.push(`${target.path}: after putting the text back ${describeDifference(before.findings, after)}`);
    }
  }
  return {
    documents: corpus.articles.length,
    targets: targets.length,
    edits: total.length,
    latency: summarize(total),
    setDocument: summarize(setOnly),
    fix: summarize(fix),
    revert: summarize(revert),
    meanChangedPaths: setOnly.length ? changedPaths / setOnly.length : 0,
    fixMismatches,
    revertMismatches,
    mismatchExamples,
    stoppedAtBudget,
  };
}
