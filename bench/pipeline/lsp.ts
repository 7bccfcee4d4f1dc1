/**
 * The language server on a generated corpus: `dist/server.cjs --stdio` spawned as an
 * editor spawns it, one workspace folder holding the corpus, spoken to over a real
 * JSON-RPC connection. Times from sending `initialize` to its answer, to the first
 * `textDocument/publishDiagnostics`, and to the end of start-up indexing (the server
 * publishes every file's diagnostics, then sends `corroborate/claimsChanged`). The
 * server's peak RSS comes from GNU time when it is installed.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { since } from './stats.js';

const GNU_TIME = '/usr/bin/time';

export interface LspResult {
  documents: number;
  /** initialize sent -> its answer. */
  initializeMs: number;
  /** initialize sent -> the first publishDiagnostics. */
  firstDiagnosticsMs: number | null;
  /** initialize sent -> indexing finished and every diagnostic published (claimsChanged after the last progress). */
  indexedMs: number | null;
  /** Files that got diagnostics during start-up. */
  filesWithDiagnostics: number;
  peakRssMb: number | null;
  error: string | null;
}

/** Starts the server on `folder` (already holding `documents` articles) and times its start-up. */
export async function timeServerStartup(serverBundle: string, folder: string, documents: number, timeoutMs: number): Promise<LspResult> {
  const rssFile = `${folder}.rss`;
  const timed = existsSync(GNU_TIME);
  const command = [process.execPath, serverBundle, '--stdio'];
  const child = timed ? spawn(GNU_TIME, ['-f', '%M', '-o', rssFile, ...command], { stdio: ['pipe', 'pipe', 'pipe'] }) : spawn(command[0]!, command.slice(1), { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));

  const uri = pathToFileURL(folder).href;
  const withDiagnostics = new Set<string>();
  let firstDiagnosticsMs: number | null = null;
  let indexedMs: number | null = null;
  let indexingDone = false;
  let finish: () => void = () => undefined;
  const indexed = new Promise<void>((resolve) => (finish = resolve));
  let start = 0;

  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('client/unregisterCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('window/showMessageRequest', () => null);
  connection.onRequest('workspace/semanticTokens/refresh', () => null);
  connection.onRequest('workspace/codeLens/refresh', () => null);
  connection.onNotification('$/progress', () => undefined);
  connection.onNotification('window/logMessage', () => undefined);
  connection.onNotification('window/showMessage', () => undefined);
  connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: unknown[] }) => {
    firstDiagnosticsMs ??= since(start);
    if (params.diagnostics.length > 0) withDiagnostics.add(params.uri);
  });
  connection.onNotification('corroborate/indexing', (params: { done: number; total: number }) => {
    indexingDone = params.total > 0 && params.done === params.total;
  });
  connection.onNotification('corroborate/claimsChanged', () => {
    if (!indexingDone || indexedMs !== null) return;
    indexedMs = since(start);
    finish();
  });
  connection.listen();

  let error: string | null = null;
  let initializeMs = Number.NaN;
  try {
    start = performance.now();
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: [{ uri, name: 'corpus' }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true } },
        window: { workDoneProgress: true },
        textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } },
      },
    });
    initializeMs = since(start);
    await connection.sendNotification('initialized', {});
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    const gone = exited.then(() => 'exited' as const);
    const outcome = await Promise.race([indexed.then(() => 'indexed' as const), timedOut, gone]);
    clearTimeout(timer);
    if (outcome !== 'indexed') error = `server ${outcome === 'timeout' ? `did not finish indexing in ${timeoutMs / 1000} s` : 'exited'}; stderr: ${stderr.slice(-500)}`;
  } catch (e) {
    error = `${(e as Error).message}; stderr: ${stderr.slice(-500)}`;
  }

  try {
    await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 5000))]);
    await connection.sendNotification('exit');
  } catch {
    // Already gone: the exit below covers it.
  }
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (child.exitCode === null) child.kill();
  await exited;
  connection.dispose();
  let peakRssMb: number | null = null;
  if (timed && existsSync(rssFile)) {
    const kb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
    if (Number.isFinite(kb)) peakRssMb = kb / 1024;
    rmSync(rssFile, { force: true });
  }
  return { documents, initializeMs, firstDiagnosticsMs, indexedMs, filesWithDiagnostics: withDiagnostics.size, peakRssMb, error };
}
