/**
 * The Corroborate VS Code client: assigns the `article` language, starts the language server,
 * and adds what only VS Code has: the Claims view, language status, commands, walkthrough.
 */
import * as vscode from 'vscode';
import type { ClaimsResult, DocumentStatusResult, IndexingParams, RecordDecisionParams } from '../server/protocol.js';
import type { CorroborateApi } from './api.js';
import { registerArticleLanguage } from './articleLanguage.js';
import { ClaimsView, CLAIMS_VIEW } from './claimsView.js';
import { createLanguageClient } from './client.js';
import { goToDiscrepancy } from './commands/discrepancies.js';
import { exportReport } from './commands/exportReport.js';
import { openExamples } from './commands/openExamples.js';
import { recordDecision, setPublicationDate } from './commands/recordDecision.js';
import { showClaim } from './commands/showClaim.js';
import {
  ClaimsChangedNotification,
  ClaimsRequest,
  ClientCommands,
  DocumentStatusRequest,
  IndexingNotification,
  ReindexRequest,
} from './protocolMethods.js';
import { Server } from './server.js';
import { StatusItems } from './statusItems.js';

let stopClient: (() => Promise<void>) | undefined;

/** Runs `fn` at most once per `ms`, after the last call (bursts of notifications). */
function debounce(fn: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
}

export function activate(context: vscode.ExtensionContext): CorroborateApi {
  const output = vscode.window.createOutputChannel('Corroborate', { log: true });
  registerArticleLanguage(context);

  const client = createLanguageClient(context, output);
  const server = new Server(client);
  const claimsView = new ClaimsView(server);
  const status = new StatusItems(server);
  let indexing: IndexingParams | null = null;
  context.subscriptions.push(output, claimsView, status);

  const refreshClaims = debounce(() => void claimsView.refresh(), 200);
  const updateStatus = debounce(() => void status.update(), 200);
  client.onNotification(IndexingNotification, (progress: IndexingParams) => {
    indexing = progress;
    status.setIndexing(progress);
  });
  client.onNotification(ClaimsChangedNotification, () => {
    refreshClaims();
    updateStatus();
  });

  const ready = client.start().then(
    () => {
      void claimsView.refresh();
      void status.update();
    },
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      output.error(`The language server could not start: ${message}`);
      void vscode.window.showErrorMessage(`Corroborate: the language server could not start (${message}).`, 'Show Log').then((choice) => {
        if (choice) output.show();
      });
      throw error;
    },
  );
  // Callers that do not await `ready` must not see an unhandled rejection.
  ready.catch(() => undefined);
  stopClient = () => (client.needsStop() ? client.stop() : Promise.resolve());

  const register = (id: string, fn: (...args: never[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  register('corroborate.reindex', async () => {
    await server.requestOrWarn(ReindexRequest);
  });
  register('corroborate.showClaims', () => vscode.commands.executeCommand(`${CLAIMS_VIEW}.focus`));
  register('corroborate.setPublicationDate', (uri?: vscode.Uri, date?: string) => setPublicationDate(server, uri, date));
  register('corroborate.exportReport', (format?: 'json' | 'sarif', target?: vscode.Uri) => exportReport(server, format, target));
  register('corroborate.nextDiscrepancy', () => goToDiscrepancy(1));
  register('corroborate.previousDiscrepancy', () => goToDiscrepancy(-1));
  register('corroborate.openExamples', (parent?: vscode.Uri) => openExamples(context, parent));
  register(ClientCommands.recordDecision, async (params: RecordDecisionParams) => {
    const result = await recordDecision(server, params);
    if (result?.ok) refreshClaims();
    return result;
  });
  register(ClientCommands.showClaim, (uri: Parameters<typeof showClaim>[0], position: Parameters<typeof showClaim>[1], locations: Parameters<typeof showClaim>[2]) =>
    showClaim(uri, position, locations),
  );

  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(() => updateStatus()));

  return {
    ready,
    claims: async (disputedOnly = false) => (await server.request<ClaimsResult>(ClaimsRequest, { disputedOnly })).claims,
    claimsTreeRoots: () => claimsView.rootItems(),
    documentStatus: (uri) => server.request<DocumentStatusResult>(DocumentStatusRequest, { uri }),
    indexing: () => indexing,
    restartServer: async () => {
      await client.restart();
    },
  };
}

export async function deactivate(): Promise<void> {
  await stopClient?.();
}
