import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import { isFindingIgnored, publishedDecision } from '../core/annotations/index.js';
import type { Report } from '../core/report.js';
import type { PublicationDate } from '../core/types.js';
import { Workspace } from '../core/workspace.js';
import type { CheckOptions } from './args.js';
import { ConfigLocator, type LoadedConfig } from '../node/configFiles.js';
import { resolveInputs } from './inputs.js';
import { decodeText } from '../node/readText.js';
import { analyzeAllSync, type AnalysisItem } from '../node/analysisPool.js';
import { DecisionLocator, type DecisionScope } from './decisionFiles.js';

export interface CheckResult {
  report: Report;
  /** Files or inputs that could not be read: the run exits 2 after reporting the rest. */
  unreadable: string[];
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

function toSlashes(path: string): string {
  return path.split(sep).join('/');
}

/**
 * Publication date from outside the text: `--published` first, then a person's decision
 * recorded in the editor, then per-file metadata in `.corroborate.json`.
 */
function externalPublished(file: string, options: CheckOptions, loaded: LoadedConfig, scope: DecisionScope | null): PublicationDate | null {
  if (options.published) return { date: options.published, from: 'option' };
  const decided = scope && publishedDecision(DecisionLocator.pathIn(scope, file), scope.decisions)?.date;
  if (decided) return { date: decided, from: 'config' };
  if (loaded.root === null) return null;
  const meta = loaded.config.files[toSlashes(relative(loaded.root, file))];
  return meta?.published ? { date: meta.published, from: 'config' } : null;
}

type ReadResult = { text: string } | { problem: string };

function readArticle(file: string, shown: string, maxFileSize: number, warn: (m: string) => void): ReadResult {
  try {
    const size = statSync(file).size;
    if (size > maxFileSize) {
      return { problem: `${shown}: skipped: ${formatBytes(size)} is over the ${formatBytes(maxFileSize)} limit (raise "maxFileSize" in .corroborate.json)` };
    }
    const decoded = decodeText(readFileSync(file));
    if (!decoded.ok) return { problem: `${shown}: skipped: ${decoded.reason}` };
    if (decoded.note) warn(`${shown}: ${decoded.note}`);
    return { text: decoded.text };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { problem: `${shown}: cannot read (${code ?? (err as Error).message})` };
  }
}

/** Reads, analyses and cross-references the inputs; never throws for bad input files. */
export function runCheck(options: CheckOptions, cwd: string, warn: (message: string) => void): CheckResult {
  const configs = new ConfigLocator(options.configPath, warn);
  const { files, problems } = resolveInputs(options.inputs, cwd, configs);
  const unreadable = [...problems];
  const workspace = new Workspace();
  const decisionFiles = new DecisionLocator(warn);
  const scopes = new Map<string, { file: string; scope: DecisionScope }>();
  const items: AnalysisItem[] = [];
  for (const file of files) {
    const shown = toSlashes(relative(cwd, file));
    const loaded = configs.forFolder(dirname(file));
    const read = readArticle(file, shown, loaded.config.maxFileSize, warn);
    if ('problem' in read) {
      unreadable.push(read.problem);
      continue;
    }
    const scope = decisionFiles.forFile(file);
    if (scope) scopes.set(shown, { file, scope });
    items.push({ path: shown, text: read.text, published: externalPublished(file, options, loaded, scope) });
  }
  // One cross-referencing pass for the whole set, not one per file. The texts are analysed
  // on worker threads (CORROBORATE_WORKERS=0: in-process) and put in in the same order.
  workspace.batch(() => {
    let i = 0;
    for (const prepared of analyzeAllSync(items)) {
      const { path, text, published } = items[i++]!;
      workspace.setDocument(path, text, { published, prepared });
    }
  });
  return { report: withoutIgnored(workspace, scopes), unreadable };
}

/** The report less the findings a person chose to ignore in the editor. */
function withoutIgnored(workspace: Workspace, scopes: Map<string, { file: string; scope: DecisionScope }>): Report {
  const report = workspace.report();
  if (!scopes.size) return report;
  const findings = report.findings.filter((finding) => {
    const entry = scopes.get(finding.path);
    const document = workspace.document(finding.path);
    if (!entry || !document) return true;
    const at = { path: DecisionLocator.pathIn(entry.scope, entry.file), code: finding.code, start: document.lines.offsetAt(finding.range.start), end: document.lines.offsetAt(finding.range.end) };
    return !isFindingIgnored(at, entry.scope.decisions, document.text);
  });
  return { ...report, findings };
}
