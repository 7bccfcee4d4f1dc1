/**
 * Test harness: the built language server (`dist/server.cjs --stdio`) as a child
 * process, spoken to over a real JSON-RPC connection the way an editor does. It answers
 * the server's own requests (configuration, registrations, progress) and records what
 * the server sends.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-languageserver/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver';

import { serverBundle } from './build.js';

export { examplesDir } from './paths.js';

export function uriOf(fsPath: string): string {
  return pathToFileURL(fsPath).href;
}

/** A temp copy of a folder (the examples, the seeds), removed by the caller. */
export function tempCopy(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-server-'));
  cpSync(source, dir, { recursive: true });
  return dir;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export interface ShownMessage {
  type: number;
  message: string;
}

export interface StartOptions {
  /** Workspace folders (absolute paths). */
  folders: string[];
  /** The `corroborate` settings section (per folder it is the same). */
  settings?: Record<string, unknown>;
}

export class LspClient {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  readonly messages: ShownMessage[] = [];
  readonly logs: string[] = [];
  readonly indexing: { done: number; total: number }[] = [];
  readonly registrations: unknown[] = [];
  claimsChanged = 0;
  /** The server's answer to initialize. */
  capabilities: Record<string, any> = {};
  private readonly waiters: (() => void)[] = [];
  stderr = '';

  private constructor(
    readonly connection: MessageConnection,
    readonly process: ChildProcess,
    public settings: Record<string, unknown>,
  ) {}

  /** Starts a server and waits until its start-up indexing is done. */
  static async startIndexed(options: StartOptions): Promise<LspClient> {
    const client = await LspClient.start(options);
    await client.waitIndexed();
    return client;
  }

  static async start(options: StartOptions): Promise<LspClient> {
    const child = spawn(process.execPath, [await serverBundle(), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(connection, child, options.settings ?? {});
    child.stderr!.on('data', (chunk) => (client.stderr += String(chunk)));
    connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) => (item.section === 'corroborate' ? client.settings : null)),
    );
    connection.onRequest('client/registerCapability', (params: { registrations: unknown[] }) => {
      client.registrations.push(...params.registrations);
      return null;
    });
    connection.onRequest('client/unregisterCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('window/showMessageRequest', (params: ShownMessage) => {
      client.messages.push(params);
      client.wake();
      return null;
    });
    connection.onRequest('workspace/semanticTokens/refresh', () => null);
    connection.onRequest('workspace/codeLens/refresh', () => null);
    connection.onNotification('$/progress', () => undefined);
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      client.diagnostics.set(params.uri, params.diagnostics);
      client.wake();
    });
    connection.onNotification('window/showMessage', (params: ShownMessage) => {
      client.messages.push(params);
      client.wake();
    });
    connection.onNotification('window/logMessage', (params: ShownMessage) => {
      client.logs.push(params.message);
    });
    connection.onNotification('corroborate/indexing', (params: { done: number; total: number }) => {
      client.indexing.push(params);
      client.wake();
    });
    connection.onNotification('corroborate/claimsChanged', () => {
      client.claimsChanged++;
      client.wake();
    });
    connection.listen();
    const initialized = await connection.sendRequest<{ capabilities: Record<string, any> }>('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: options.folders.map((f) => ({ uri: uriOf(f), name: f.split(/[\\/]/).pop() })),
      capabilities: {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true }, workspaceFolders: true },
        window: { workDoneProgress: true, showMessage: {} },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, versionSupport: true },
          semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
        },
      },
    });
    client.capabilities = initialized.capabilities;
    await connection.sendNotification('initialized', {});
    return client;
  }

  private wake(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  /** Waits until `predicate` holds (checked after each message from the server). */
  async waitFor<T>(what: string, predicate: () => T | undefined | null | false, timeoutMs = 20000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = predicate();
      if (value) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}; server stderr: ${this.stderr.slice(-2000)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 100));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Waits for the end of start-up indexing (the last progress notification). */
  waitIndexed(): Promise<{ done: number; total: number }> {
    return this.waitFor('indexing to finish', () => {
      const last = this.indexing[this.indexing.length - 1];
      return last && last.done === last.total && this.claimsChanged > 0 ? last : undefined;
    });
  }

  /** The semantic token types, in the server's legend order. */
  get tokenTypes(): string[] {
    return this.capabilities.semanticTokensProvider.legend.tokenTypes;
  }

  /** Marks the current point; `waitReindexed(mark)` then waits for an indexing that ends after it. */
  mark(): { indexing: number; claims: number } {
    return { indexing: this.indexing.length, claims: this.claimsChanged };
  }

  waitReindexed(mark: { indexing: number; claims: number }): Promise<true> {
    return this.waitFor('re-indexing to finish', () => {
      const last = this.indexing[this.indexing.length - 1];
      return this.indexing.length > mark.indexing && last!.done === last!.total && this.claimsChanged > mark.claims ? true : undefined;
    });
  }

  /** Changes the settings the client answers with, tells the server, and waits until it has applied them. */
  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    const mark = this.mark();
    this.settings = settings;
    await this.notify('workspace/didChangeConfiguration', { settings: null });
    await this.waitFor('the settings to be applied', () => this.claimsChanged > mark.claims);
    // A change of the files to read re-indexes: wait for its end too.
    await new Promise((r) => setTimeout(r, 20));
    if (this.indexing.length > mark.indexing) await this.waitReindexed(mark);
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  open(fsPath: string, text = readFileSync(fsPath, 'utf8'), version = 1): Promise<void> {
    return this.notify('textDocument/didOpen', { textDocument: { uri: uriOf(fsPath), languageId: 'article', version, text } });
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
      await this.notify('exit', null);
    } catch {
      // The server may already be gone.
    }
    this.connection.dispose();
    if (this.process.exitCode === null) {
      await Promise.race([new Promise((r) => this.process.once('exit', r)), new Promise((r) => setTimeout(r, 2000))]);
      if (this.process.exitCode === null) this.process.kill();
    }
  }
}
