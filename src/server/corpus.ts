/**
 * Everything the server has indexed: the roots (one Workspace each), the
 * `.corroborate.json` files that govern them, and the rules for putting a file's text
 * into its Workspace (selection, size limit, publication date from outside the text).
 */
import { ConfigLocator } from '../node/configFiles.js';
import { readArticle, tooBigReason } from './fileReader.js';
import { uriToFsPath } from './paths.js';
import type { Located, Root } from './roots.js';
import { externalPublished, isSelected, maxFileSize } from './selection.js';

/** What putting one file into the index did. */
export interface FileUpdate {
  /** Workspace paths whose findings may have changed. */
  changed: Set<string>;
  /** Set when the file was skipped for its size (the caller tells the person once). */
  tooBig?: string;
}

export class Corpus {
  roots: Root[] = [];
  configs: ConfigLocator;

  constructor(private readonly warn: (message: string) => void) {
    this.configs = new ConfigLocator(null, warn);
  }

  /** Forget every cached `.corroborate.json` (one changed on disk). */
  reloadConfigs(): void {
    this.configs = new ConfigLocator(null, this.warn);
  }

  locateUri(uri: string): Located | null {
    const fsPath = uriToFsPath(uri);
    return fsPath === null ? null : this.locateFsPath(fsPath);
  }

  locateFsPath(fsPath: string): Located | null {
    let best: Located | null = null;
    for (const root of this.roots) {
      const located = root.locate(fsPath);
      if (located && (!best || located.folder.fsPath.length > best.folder.fsPath.length)) best = located;
    }
    return best;
  }

  isSelected(located: Located): boolean {
    return isSelected(located, this.configs);
  }

  /** Analyses `text` as the file's content (an open editor's or the disk's). */
  setText(located: Located, text: string): FileUpdate {
    const { root, path } = located;
    const limit = maxFileSize(located, this.configs);
    const size = Buffer.byteLength(text, 'utf8');
    if (size > limit) return { ...this.skip(located, tooBigReason(size, limit)), tooBig: tooBigReason(size, limit) };
    root.skipped.delete(path);
    const changed = root.workspace.setDocument(path, text, { published: externalPublished(located, this.configs) });
    return { changed };
  }

  /** Reads the file from disk; a file no longer selected or unreadable leaves the index. */
  readFromDisk(located: Located): FileUpdate {
    if (!this.isSelected(located)) return { changed: this.forget(located) };
    const read = readArticle(located.fsPath, maxFileSize(located, this.configs));
    if (read.ok) return this.setText(located, read.text);
    if (read.tooBig) return { ...this.skip(located, read.reason), tooBig: read.reason };
    if (read.missing) return { changed: this.forget(located) };
    return this.skip(located, read.reason);
  }

  /** Re-analyses a document already indexed with its current text (its publication date changed). */
  refresh(located: Located): FileUpdate {
    const document = located.root.workspace.document(located.path);
    return document ? this.setText(located, document.text) : { changed: new Set() };
  }

  forget(located: Located): Set<string> {
    located.root.skipped.delete(located.path);
    if (!located.root.workspace.has(located.path)) return new Set([located.path]);
    const changed = located.root.workspace.removeDocument(located.path);
    changed.add(located.path);
    return changed;
  }

  private skip(located: Located, reason: string): FileUpdate {
    const changed = this.forget(located);
    located.root.skipped.set(located.path, reason);
    return { changed };
  }
}
