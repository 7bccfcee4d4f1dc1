/**
 * Keeps the index current with the editor and the disk: an edited document is
 * re-analysed after a short pause (only that document), saved or requested documents at
 * once, a closed one falls back to its file, and files changed on disk that are not open
 * are read again.
 */
import { FileChangeType, type FileEvent, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Corpus, FileUpdate } from './corpus.js';
import { uriToFsPath } from './paths.js';
import type { Root } from './roots.js';

export const DEBOUNCE_MS = 200;

export interface SyncHooks {
  /** Publish diagnostics for these paths of a root. */
  publish(root: Root, paths: Set<string>): void;
  /** Something in the index changed (claims view refresh). */
  changed(): void;
  /** A file is too big to analyse: tell the person once. */
  tooBig(path: string, reason: string): void;
  error(message: string): void;
}

export class DocumentSync {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** uri -> the document version the index holds, so stale work is skipped. */
  private readonly analysedVersion = new Map<string, number>();
  /** Requests waiting for a pending analysis of a uri. */
  private readonly waiting = new Map<string, (() => void)[]>();

  constructor(
    private readonly corpus: Corpus,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly hooks: SyncHooks,
  ) {}

  /** An edit: re-analyse after a pause, restarting the pause on each keystroke. */
  schedule(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.analyse(uri);
        this.release(uri);
      }, DEBOUNCE_MS),
    );
  }

  /**
   * Resolves once the index holds the document's latest text: at once, or when the
   * pending analysis has run (a request does not cut the pause after typing short).
   */
  settled(uri: string): Promise<void> {
    if (this.timers.has(uri)) return new Promise((resolve) => this.waiting.set(uri, [...(this.waiting.get(uri) ?? []), resolve]));
    this.flush(uri);
    return Promise.resolve();
  }

  private release(uri: string): void {
    const waiters = this.waiting.get(uri) ?? [];
    this.waiting.delete(uri);
    waiters.forEach((resolve) => resolve());
  }

  /** Before answering a request on a document: make sure the index has its latest text. */
  flush(uri: string): void {
    const document = this.documents.get(uri);
    if (this.timers.has(uri) || (document && this.analysedVersion.get(uri) !== document.version)) {
      clearTimeout(this.timers.get(uri));
      this.timers.delete(uri);
      this.analyse(uri);
    }
    this.release(uri);
  }

  /** Analyses the open document's current text, unless the index already holds that version. */
  analyse(uri: string): void {
    const document = this.documents.get(uri);
    const located = this.corpus.locateUri(uri);
    if (!document || !located || !this.corpus.isSelected(located)) return;
    if (this.analysedVersion.get(uri) === document.version && located.root.workspace.has(located.path)) return;
    located.root.rememberUri(located.path, uri);
    this.apply(located.root, located.path, () => this.corpus.setText(located, document.getText()));
    this.analysedVersion.set(uri, document.version);
  }

  /** A closed document: the file on disk is the truth again. */
  closed(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.release(uri);
    this.analysedVersion.delete(uri);
    const located = this.corpus.locateUri(uri);
    if (located) this.apply(located.root, located.path, () => this.corpus.readFromDisk(located));
  }

  /** The index was rebuilt: open documents' text wins over the disk. */
  reapplyOpenDocuments(): void {
    this.analysedVersion.clear();
    for (const document of this.documents.all()) this.analyse(document.uri);
  }

  /** Files created, changed or deleted on disk (only those not open in the editor). */
  watchedFilesChanged(changes: readonly FileEvent[]): void {
    const open = new Set(this.documents.all().map((d) => uriToFsPath(d.uri)));
    for (const change of changes) {
      const fsPath = uriToFsPath(change.uri);
      if (fsPath === null || open.has(fsPath)) continue;
      const located = this.corpus.locateFsPath(fsPath);
      if (!located) continue;
      const { root, path } = located;
      if (change.type === FileChangeType.Deleted) {
        // A deleted folder arrives as one event: forget every file under it.
        const gone = root.workspace.has(path) || root.skipped.has(path) ? [path] : root.workspace.paths().filter((p) => p.startsWith(`${path}/`));
        for (const p of gone) {
          const each = root.resolve(p);
          if (each) this.apply(root, p, () => ({ changed: this.corpus.forget(each) }));
        }
      } else {
        this.apply(root, path, () => this.corpus.readFromDisk(located));
      }
    }
  }

  private apply(root: Root, path: string, update: () => FileUpdate): void {
    try {
      const result = update();
      if (result.tooBig) this.hooks.tooBig(path, result.tooBig);
      this.hooks.publish(root, result.changed);
      this.hooks.changed();
    } catch (err) {
      this.hooks.error(`${path}: analysis failed: ${(err as Error).stack ?? err}`);
    }
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const uri of [...this.waiting.keys()]) this.release(uri);
  }
}
