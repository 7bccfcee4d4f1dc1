/**
 * People's decisions (`.corroborate/annotations.jsonld`): read per workspace folder,
 * recorded through the atomic file store, and re-applied to the index. A malformed file
 * is reported and never overwritten.
 */
import { makeDecision, publishedDecision, type Decision } from '../core/annotations/index.js';
import { isIsoDate } from '../core/config.js';
import { readAnnotationsFile, updateAnnotationsFile } from '../node/annotationsFile.js';
import type { Corpus } from './corpus.js';
import type { RecordDecisionParams, RecordDecisionResult } from './protocol.js';
import type { Folder, Located } from './roots.js';

/** Reads a folder's decisions. Returns the problems to show; a malformed file keeps the old decisions. */
export function loadDecisions(folder: Folder): string[] {
  const read = readAnnotationsFile(folder.fsPath);
  if (!read.malformed) folder.decisions = read.decisions;
  return read.problems;
}

/** Folder-relative paths whose recorded publication date differs between two decision lists. */
export function publishedChanges(before: readonly Decision[], after: readonly Decision[]): string[] {
  const paths = new Set([...before, ...after].filter((d) => d.kind === 'published').map((d) => d.path));
  return [...paths].filter((p) => publishedDecision(p, before)?.date !== publishedDecision(p, after)?.date);
}

function validate(params: RecordDecisionParams): string | null {
  if (!params || typeof params !== 'object') return 'no decision given';
  if (!['ignore', 'verified', 'published'].includes(params.kind)) return `unknown decision kind ${JSON.stringify(params.kind)}`;
  if (params.kind === 'published' && (typeof params.date !== 'string' || !isIsoDate(params.date))) {
    return `a publication date must be a real date written YYYY-MM-DD (got ${JSON.stringify(params.date ?? null)})`;
  }
  const r = params.range;
  if (!r || typeof r.start?.line !== 'number' || typeof r.end?.line !== 'number') return 'the decision has no valid range';
  return null;
}

export interface Recorded {
  result: RecordDecisionResult;
  located?: Located;
  decision?: Decision;
}

/** Writes the decision to the folder's annotations file and updates the folder's decisions. */
export function recordDecision(corpus: Corpus, params: RecordDecisionParams): Recorded {
  const problem = validate(params);
  if (problem) return { result: { ok: false, message: problem } };
  const located = corpus.locateUri(params.uri);
  if (!located) return { result: { ok: false, message: `${params.uri} is not in a workspace folder` } };
  const document = located.root.workspace.document(located.path);
  if (!document) return { result: { ok: false, message: `${located.path} is not analysed` } };
  const span = { start: document.lines.offsetAt(params.range.start), end: document.lines.offsetAt(params.range.end) };
  const extra = {
    ...(params.code ? { code: params.code } : {}),
    ...(params.reason ? { reason: params.reason } : {}),
    ...(params.kind === 'published' && params.date ? { date: params.date } : {}),
  };
  const decision = makeDecision(params.kind, located.rel, document.text, span, extra);
  const written = updateAnnotationsFile(located.folder.fsPath, (decisions) => [...decisions, decision]);
  if (!written.ok) return { result: { ok: false, message: written.message } };
  located.folder.decisions = written.decisions;
  return { result: { ok: true }, located, decision };
}
