/**
 * Start-up indexing: every selected file under a root's folders goes into its
 * Workspace. Yields to the event loop between files so requests are answered meanwhile.
 * The files are read first and analysed on worker threads (`analysisPool`), each put in
 * as its analysis comes, in the same order as without workers.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PreparedDocument } from '../core/prepare.js';
import { analyzeAll, type AnalysisItem } from '../node/analysisPool.js';
import type { Corpus } from './corpus.js';
import { readArticle } from './fileReader.js';
import { toSlashes } from './paths.js';
import type { Located, Root } from './roots.js';
import { externalPublished, isExcludedFolder, maxFileSize } from './selection.js';

export interface IndexResult {
  /** Workspace paths whose findings may have changed. */
  changed: Set<string>;
  /** Each file skipped for its size, and why. */
  tooBig: { path: string; reason: string }[];
}

/** The selected files of a root, in a stable order. */
export function listFiles(root: Root, corpus: Corpus, onError: (message: string) => void): Located[] {
  const files: Located[] = [];
  for (const folder of root.folders) {
    const walk = (dir: string, relDir: string) => {
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch (err) {
        onError(`cannot list ${dir}: ${(err as Error).message}`);
        return;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) {
        const absolute = join(dir, entry.name);
        const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
        if (entry.isDirectory()) {
          if (!isExcludedFolder(folder, rel, absolute, corpus.configs)) walk(absolute, rel);
        } else if (entry.isFile()) {
          const located = root.locate(absolute);
          // A nested workspace folder's files belong to that folder.
          if (located && toSlashes(located.folder.fsPath) === toSlashes(folder.fsPath) && corpus.isSelected(located)) files.push(located);
        }
      }
    };
    walk(folder.fsPath, '');
  }
  return files;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Reads `files` (from `listFiles`) into their Workspace; `onProgress` after each file. */
export async function indexFiles(
  files: readonly Located[],
  corpus: Corpus,
  onProgress: () => void,
  onError: (message: string) => void,
): Promise<IndexResult> {
  const changed = new Set<string>();
  const tooBig: IndexResult['tooBig'] = [];
  // Cross-reference once per root when every file is in, not once per file.
  const roots = [...new Set(files.map((f) => f.root))];
  for (const root of roots) root.workspace.beginBatch();
  try {
    await readAll(files, corpus, onProgress, onError, changed, tooBig);
  } finally {
    for (const root of roots) {
      try {
        root.workspace.endBatch().forEach((p) => changed.add(p));
      } catch (err) {
        onError(`cross-referencing failed: ${(err as Error).stack ?? err}`);
      }
    }
  }
  return { changed, tooBig };
}

/** A file read ahead for the pool; null: left to `corpus.readFromDisk` (unselected, unreadable, too big). */
function readAhead(located: Located, corpus: Corpus): AnalysisItem | null {
  try {
    if (!corpus.isSelected(located)) return null;
    const limit = maxFileSize(located, corpus.configs);
    const read = readArticle(located.fsPath, limit);
    if (!read.ok || Buffer.byteLength(read.text, 'utf8') > limit) return null;
    return { path: located.path, text: read.text, published: externalPublished(located, corpus.configs) };
  } catch {
    return null;
  }
}

/** What `corpus.setText` does, with the text prepared beforehand. */
function putAnalysed(located: Located, item: AnalysisItem, prepared: PreparedDocument | undefined): Set<string> {
  located.root.skipped.delete(located.path);
  return located.root.workspace.setDocument(located.path, item.text, { published: item.published, prepared });
}

async function readAll(
  files: readonly Located[],
  corpus: Corpus,
  onProgress: () => void,
  onError: (message: string) => void,
  changed: Set<string>,
  tooBig: IndexResult['tooBig'],
): Promise<void> {
  const ahead = files.map((located) => readAhead(located, corpus));
  const items = ahead.filter((item): item is AnalysisItem => item !== null);
  const analyses = analyzeAll(items)[Symbol.asyncIterator]();
  try {
    for (let i = 0; i < files.length; i++) {
      const located = files[i]!;
      const root = located.root;
      const item = ahead[i];
      try {
        if (item) {
          const next = await analyses.next();
          putAnalysed(located, item, next.done ? undefined : next.value).forEach((p) => changed.add(p));
        } else {
          const update = corpus.readFromDisk(located);
          update.changed.forEach((p) => changed.add(p));
          if (update.tooBig) tooBig.push({ path: located.path, reason: update.tooBig });
          const reason = root.skipped.get(located.path);
          if (reason && !update.tooBig) onError(`${located.path}: skipped: ${reason}`);
        }
      } catch (err) {
        onError(`${located.path}: analysis failed: ${(err as Error).stack ?? err}`);
      }
      onProgress();
      await yieldToEventLoop();
    }
  } finally {
    // Stops the workers when indexing ends early (a newer indexing replaced this one).
    await analyses.return?.();
  }
}
