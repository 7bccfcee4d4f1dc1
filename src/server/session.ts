/**
 * The server's life: workspace folders and their settings, (re-)indexing with progress,
 * file watchers, decisions, and telling the person about skipped files once.
 */
import { basename } from 'node:path';
import { DidChangeWatchedFilesNotification, MessageType, ShowMessageNotification, type Connection, type Disposable, type FileEvent, type WorkspaceFolder } from 'vscode-languageserver';
import { Corpus } from './corpus.js';
import { loadDecisions, publishedChanges } from './decisions.js';
import { DiagnosticsPublisher } from './diagnostics.js';
import { indexFiles, listFiles, type IndexResult } from './indexer.js';
import { uriToFsPath } from './paths.js';
import { ClaimsChangedNotification, IndexingNotification, type IndexingParams } from './protocol.js';
import { Root, sharedPrefixes, type Folder } from './roots.js';
import { outletOf } from './selection.js';
import { changesSelection, DEFAULT_SETTINGS, parseSettings, type Settings } from './settings.js';
import type { DocumentSync } from './sync.js';
import { fileWatchers, sortFileEvents } from './watchers.js';

export interface ClientSupport {
  configuration: boolean;
  /** The client re-asks for code lenses / semantic tokens when told to. */
  codeLensRefresh: boolean;
  semanticTokensRefresh: boolean;
  watchedFilesDynamic: boolean;
  relativePatterns: boolean;
}

export class Session {
  readonly corpus: Corpus;
  readonly publisher: DiagnosticsPublisher;
  sync!: DocumentSync;
  private folders: WorkspaceFolder[] = [];
  /** Raw `corroborate` settings pushed by a client without `workspace/configuration`. */
  private pushedSettings: unknown = undefined;
  private generation = 0;
  private watcher: Disposable | null = null;
  private readonly toldTooBig = new Set<string>();
  /** Resolves when the latest indexing has finished. */
  ready: Promise<void> = Promise.resolve();

  constructor(
    private readonly connection: Connection,
    private readonly support: ClientSupport,
    versionOf: (uri: string) => number | undefined,
  ) {
    // Problems in a `.corroborate.json` are the person's to fix: show them.
    this.corpus = new Corpus((message) => this.showMessage(MessageType.Warning, `Corroborate: ${message}`));
    this.publisher = new DiagnosticsPublisher(connection, versionOf);
  }

  setFolders(folders: WorkspaceFolder[]): void {
    this.folders = folders.filter((f) => uriToFsPath(f.uri) !== null);
  }

  changeFolders(added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[]): void {
    const gone = new Set(removed.map((f) => f.uri));
    this.setFolders([...this.folders.filter((f) => !gone.has(f.uri)), ...added]);
  }

  pushSettings(raw: unknown): void {
    this.pushedSettings = raw;
  }

  /** The display name of a document's source: its outlet from `.corroborate.json`, else its file name. */
  sourceName(root: Root, path: string): string {
    const located = root.resolve(path);
    return (located && outletOf(located, this.corpus.configs)) ?? basename(path);
  }

  private async settingsFor(scopeUri?: string): Promise<Settings> {
    if (!this.support.configuration) return parseSettings(this.pushedSettings ?? DEFAULT_SETTINGS);
    try {
      return parseSettings(await this.connection.workspace.getConfiguration(scopeUri ? { scopeUri, section: 'corroborate' } : { section: 'corroborate' }));
    } catch (err) {
      this.connection.console.warn(`cannot read settings (${(err as Error).message}); using defaults`);
      return parseSettings(undefined);
    }
  }

  private settingsTimer: NodeJS.Timeout | undefined;
  private crossRoots = false;

  /**
   * Settings changed (VS Code says so for any setting): re-index when the files to read
   * changed, else only show the index differently. A burst of notifications is one change.
   */
  settingsChanged(): void {
    clearTimeout(this.settingsTimer);
    this.settingsTimer = setTimeout(() => {
      this.applySettings().catch((err) => this.connection.console.error(`settings: ${(err as Error).stack ?? err}`));
    }, 50);
  }

  private async applySettings(): Promise<void> {
    await this.ready;
    const folders = this.corpus.roots.flatMap((r) => r.folders);
    const global = await this.settingsFor();
    const fresh = await Promise.all(folders.map((f) => this.settingsFor(f.uri)));
    const reindex = global.crossRoots !== this.crossRoots || folders.some((f, i) => changesSelection(f.settings, fresh[i]!));
    if (reindex) {
      await this.reindex();
      return;
    }
    folders.forEach((f, i) => (f.settings = fresh[i]!));
    for (const root of this.corpus.roots) this.publisher.publish(root, root.workspace.paths());
    this.claimsChanged();
    this.refreshTokens();
  }

  /** Drops the index and reads every folder again. */
  reindex(): Promise<void> {
    const generation = ++this.generation;
    this.ready = this.indexAll(generation).catch((err) => this.connection.console.error(`indexing failed: ${(err as Error).stack ?? err}`));
    return this.ready;
  }

  private async indexAll(generation: number): Promise<void> {
    const stale = () => generation !== this.generation;
    const global = await this.settingsFor();
    const folders: Folder[] = [];
    for (const wf of this.folders) {
      const fsPath = uriToFsPath(wf.uri)!;
      folders.push({ uri: wf.uri, fsPath, name: wf.name || basename(fsPath), prefix: '', settings: await this.settingsFor(wf.uri), decisions: [] });
    }
    if (stale()) return;
    this.crossRoots = global.crossRoots;
    if (global.crossRoots && folders.length > 1) {
      sharedPrefixes(folders.map((f) => f.name)).forEach((prefix, i) => (folders[i]!.prefix = prefix));
      this.corpus.roots = [new Root(folders)];
    } else {
      this.corpus.roots = folders.map((f) => new Root([f]));
    }
    this.corpus.reloadConfigs();
    this.publisher.clearAll();
    for (const folder of folders) this.reportDecisionProblems(loadDecisions(folder));
    await this.registerWatchers(folders);

    const lists = this.corpus.roots.map((root) => listFiles(root, this.corpus, (message) => this.connection.console.warn(message)));
    const total = lists.reduce((n, files) => n + files.length, 0);
    const progress = await this.connection.window.createWorkDoneProgress();
    progress.begin('Corroborate: indexing', 0, `0/${total} files`, false);
    let done = 0;
    let lastSent = 0;
    const report = () => {
      const now = Date.now();
      if (done > 0 && done < total && now - lastSent < 100) return;
      lastSent = now;
      void this.connection.sendNotification(IndexingNotification, { done, total } satisfies IndexingParams);
      progress.report(total ? Math.round((100 * done) / total) : 100, `${done}/${total} files`);
    };
    report();
    const tooBig: IndexResult['tooBig'] = [];
    for (const [i, root] of this.corpus.roots.entries()) {
      const result = await indexFiles(
        lists[i]!,
        this.corpus,
        () => {
          if (stale()) throw new StaleIndexing();
          done++;
          report();
        },
        (message) => this.connection.console.log(message),
      ).catch((err) => {
        if (err instanceof StaleIndexing) return null;
        throw err;
      });
      if (!result || stale()) break;
      tooBig.push(...result.tooBig);
      this.publisher.publish(root, root.workspace.paths());
    }
    progress.done();
    if (stale()) return;
    if (tooBig.length > 0) {
      tooBig.forEach(({ path }) => this.toldTooBig.add(path));
      const entries = tooBig.map(({ path, reason }) => `${path}: ${reason}`);
      const list = entries.length === 1 ? entries[0]! : `${entries.length} files: ${entries.join('; ')}`;
      this.showMessage(MessageType.Info, `Corroborate skipped ${list}.`);
    }
    this.sync.reapplyOpenDocuments();
    this.claimsChanged();
    this.refreshTokens();
  }

  private refreshTimer: NodeJS.Timeout | undefined;

  /** The claims changed: the claims view, and (shortly, once for a burst) the lenses of open files. */
  claimsChanged(): void {
    void this.connection.sendNotification(ClaimsChangedNotification);
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      if (this.support.codeLensRefresh) this.connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
    }, 300);
  }

  /** Settings or decisions changed what every open file shows. */
  private refreshTokens(): void {
    if (this.support.semanticTokensRefresh) this.connection.sendRequest('workspace/semanticTokens/refresh').catch(() => undefined);
  }

  /** One message per file too big to analyse, however often it is opened or edited. */
  tellTooBig(path: string, reason: string): void {
    if (this.toldTooBig.has(path)) return;
    this.toldTooBig.add(path);
    this.showMessage(MessageType.Info, `Corroborate skipped ${path}: ${reason}.`);
  }

  /** A plain notification: the person need not answer, and nothing waits for them. */
  showMessage(type: MessageType, message: string): void {
    void this.connection.sendNotification(ShowMessageNotification.type, { type, message });
  }

  private reportDecisionProblems(problems: string[]): void {
    if (problems.length === 0) return;
    this.showMessage(MessageType.Warning, `Corroborate: ${problems.join('; ')} (the file is left as it is).`);
  }

  /** Watch the articles (include globs), the config files and the annotations files. */
  private async registerWatchers(folders: readonly Folder[]): Promise<void> {
    if (!this.support.watchedFilesDynamic) return;
    this.watcher?.dispose();
    this.watcher = null;
    try {
      const watchers = fileWatchers(folders, this.support.relativePatterns);
      this.watcher = await this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    } catch (err) {
      this.connection.console.warn(`cannot watch files: ${(err as Error).message}`);
    }
  }

  /** Watched files: config files re-index, annotations files re-apply decisions, articles are re-read. */
  watchedFilesChanged(changes: readonly FileEvent[]): void {
    const sorted = sortFileEvents(changes, this.corpus.roots.flatMap((r) => r.folders));
    sorted.decisions.forEach((folder) => this.decisionsChanged(folder));
    if (sorted.configChanged) void this.reindex();
    else if (sorted.articles.length > 0) this.sync.watchedFilesChanged(sorted.articles);
  }

  /** Re-reads a folder's decisions and re-applies them (publication dates, ignored findings). */
  decisionsChanged(folder: Folder): void {
    const root = this.corpus.roots.find((r) => r.folders.includes(folder));
    if (!root) return;
    const before = folder.decisions;
    this.reportDecisionProblems(loadDecisions(folder));
    this.applyDecisions(root, folder, before);
  }

  applyDecisions(root: Root, folder: Folder, before: readonly Folder['decisions'][number][]): void {
    const changed = new Set<string>();
    for (const rel of publishedChanges(before, folder.decisions)) {
      const located = root.resolve(folder.prefix + rel);
      if (located && root.workspace.has(located.path)) this.corpus.refresh(located).changed.forEach((p) => changed.add(p));
    }
    root.workspace.paths().forEach((p) => changed.add(p));
    this.publisher.publish(root, changed);
    this.claimsChanged();
  }
}

class StaleIndexing extends Error {}
