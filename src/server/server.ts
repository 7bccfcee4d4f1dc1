/**
 * The Corroborate language server: wiring of LSP messages to the index. Works over
 * --node-ipc and --stdio. Every handler catches and logs its own errors, so a file that
 * breaks the analysis never stops the server.
 */
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActionsFor } from './codeActions.js';
import { codeLenses } from './codeLens.js';
import { claims, documentStatus, exportReport } from './customRequests.js';
import { recordDecision } from './decisions.js';
import { hoverAt } from './hover.js';
import { definitionAt, referencesAt } from './navigation.js';
import {
  ClaimsRequest,
  DocumentStatusRequest,
  ExportReportRequest,
  RecordDecisionRequest,
  ReindexRequest,
  type ClaimsParams,
  type DocumentStatusParams,
  type ExportReportParams,
  type RecordDecisionParams,
  type RecordDecisionResult,
} from './protocol.js';
import type { Located } from './roots.js';
import { LEGEND, semanticTokens } from './semanticTokens.js';
import { Session } from './session.js';
import { DocumentSync } from './sync.js';

declare const CORROBORATE_VERSION: string | undefined;
const VERSION = typeof CORROBORATE_VERSION === 'string' ? CORROBORATE_VERSION : '0.0.0-dev';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let session!: Session;
let configurationRegistration = false;

/** Runs a handler; on an exception logs it and answers `fallback`. */
function guard<P extends unknown[], R>(name: string, fallback: R, handler: (...args: P) => R): (...args: P) => R {
  return (...args: P) => {
    try {
      return handler(...args);
    } catch (err) {
      connection.console.error(`${name} failed: ${(err as Error).stack ?? err}`);
      return fallback;
    }
  };
}

/** Like `guard`, for handlers that wait. */
function guardAsync<P extends unknown[], R>(name: string, fallback: R, handler: (...args: P) => Promise<R>): (...args: P) => Promise<R> {
  return async (...args: P) => {
    try {
      return await handler(...args);
    } catch (err) {
      connection.console.error(`${name} failed: ${(err as Error).stack ?? err}`);
      return fallback;
    }
  };
}

/** The indexed document behind a URI, once the index holds its latest text. */
async function locate(uri: string): Promise<Located | null> {
  await session.sync.settled(uri);
  const located = session.corpus.locateUri(uri);
  return located && located.root.workspace.has(located.path) ? located : null;
}

connection.onInitialize((params): InitializeResult => {
  const capabilities = params.capabilities;
  session = new Session(
    connection,
    {
      configuration: capabilities.workspace?.configuration === true,
      codeLensRefresh: capabilities.workspace?.codeLens?.refreshSupport === true,
      semanticTokensRefresh: capabilities.workspace?.semanticTokens?.refreshSupport === true,
      watchedFilesDynamic: capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
      relativePatterns: capabilities.workspace?.didChangeWatchedFiles?.relativePatternSupport === true,
    },
    (uri) => documents.get(uri)?.version,
  );
  session.sync = new DocumentSync(session.corpus, documents, {
    publish: (root, paths) => session.publisher.publish(root, paths),
    changed: () => session.claimsChanged(),
    tooBig: (path, reason) => session.tellTooBig(path, reason),
    error: (message) => connection.console.error(message),
  });
  configurationRegistration = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  const folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []);
  session.setFolders(folders);
  const settings = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
  if (settings !== undefined) session.pushSettings(settings);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      codeLensProvider: { resolveProvider: false },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      semanticTokensProvider: { legend: LEGEND, full: true, range: false },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'corroborate', version: VERSION },
  };
});

connection.onInitialized(() => {
  if (configurationRegistration) {
    connection.client.register(DidChangeConfigurationNotification.type, { section: 'corroborate' }).catch((err: Error) => connection.console.warn(`cannot follow settings: ${err.message}`));
  }
  connection.workspace.onDidChangeWorkspaceFolders((event) => {
    session.changeFolders(event.added, event.removed);
    void session.reindex();
  });
  void session.reindex();
});

connection.onDidChangeConfiguration((change) => {
  const settings = (change.settings as { corroborate?: unknown } | null)?.corroborate;
  if (settings !== undefined) session.pushSettings(settings);
  session.settingsChanged();
});

documents.onDidOpen(guard('didOpen', undefined, (e) => session.sync.flush(e.document.uri)));
documents.onDidChangeContent(guard('didChange', undefined, (e) => session.sync.schedule(e.document.uri)));
documents.onDidSave(guard('didSave', undefined, (e) => session.sync.flush(e.document.uri)));
documents.onDidClose(guard('didClose', undefined, (e) => session.sync.closed(e.document.uri)));
connection.onDidChangeWatchedFiles(guard('didChangeWatchedFiles', undefined, (params) => session.watchedFilesChanged(params.changes)));

connection.languages.semanticTokens.on(
  guardAsync('semanticTokens', { data: [] }, async (params) => {
    const located = await locate(params.textDocument.uri);
    const document = located?.root.workspace.document(located.path);
    if (!located || !document) return { data: [] };
    return semanticTokens(document, located.root.workspace.factsFor(located.path), located.folder.settings);
  }),
);

connection.onHover(
  guardAsync('hover', null, async (params) => {
    const located = await locate(params.textDocument.uri);
    return located ? hoverAt(located, params.position, (path) => session.sourceName(located.root, path)) : null;
  }),
);

connection.onDefinition(
  guardAsync('definition', [], async (params) => {
    const located = await locate(params.textDocument.uri);
    return located ? definitionAt(located, params.position) : [];
  }),
);

connection.onReferences(
  guardAsync('references', [], async (params) => {
    const located = await locate(params.textDocument.uri);
    return located ? referencesAt(located, params.position, params.context.includeDeclaration) : [];
  }),
);

connection.onCodeLens(
  guardAsync('codeLens', [], async (params) => {
    const located = await locate(params.textDocument.uri);
    return located ? codeLenses(located) : [];
  }),
);

connection.onCodeAction(
  guardAsync('codeAction', [], async (params) => {
    const located = await locate(params.textDocument.uri);
    return located ? codeActionsFor(located, params.context.diagnostics, (path) => session.sourceName(located.root, path)) : [];
  }),
);

connection.onRequest(
  ClaimsRequest,
  guard('claims', { claims: [] }, (params: ClaimsParams) => claims(session.corpus, params)),
);

connection.onRequest(
  DocumentStatusRequest,
  guardAsync('documentStatus', { published: null, publishedFrom: null, counts: { date: 0, figure: 0, quote: 0 }, skipped: 'internal error' }, async (params: DocumentStatusParams) => {
    await session.sync.settled(params.uri);
    return documentStatus(session.corpus, params);
  }),
);

connection.onRequest(ReindexRequest, async () => {
  await session.reindex();
  return null;
});

connection.onRequest(ExportReportRequest, async (params: ExportReportParams) => {
  await session.ready;
  return guard('exportReport', { content: '' }, () => exportReport(session.corpus, params, VERSION))();
});

connection.onRequest(
  RecordDecisionRequest,
  guardAsync('recordDecision', { ok: false, message: 'internal error; see the Corroborate output' } as RecordDecisionResult, async (params: RecordDecisionParams) => {
    await session.sync.settled(params?.uri ?? '');
    const recorded = recordDecision(session.corpus, params);
    if (recorded.located && recorded.decision) {
      const { root, folder } = recorded.located;
      const before = folder.decisions.filter((d) => d.id !== recorded.decision!.id);
      session.applyDecisions(root, folder, before);
    }
    return recorded.result;
  }),
);

// Nothing a handler forgot to await may stop the server.
process.on('unhandledRejection', (reason) => connection.console.error(`unhandled: ${(reason as Error)?.stack ?? reason}`));

connection.onShutdown(() => session?.sync.dispose());

documents.listen(connection);
connection.listen();
