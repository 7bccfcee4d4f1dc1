/**
 * The language client: starts `dist/server.cjs` over Node IPC for articles, Markdown and
 * plain-text files. All analysis lives in the server; if it dies, the library's default
 * error handler restarts it.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { ARTICLE } from './articleLanguage.js';
import { SECTION } from './settings.js';

export const SERVER_FILE = ['dist', 'server.cjs'];

export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = vscode.Uri.joinPath(context.extensionUri, ...SERVER_FILE).fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: ARTICLE },
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
    ],
    synchronize: {
      configurationSection: SECTION,
      // Files that are not open change too (another program, git): the index follows them.
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.{txt,text,md,markdown}'),
        vscode.workspace.createFileSystemWatcher('**/.corroborate.json'),
        vscode.workspace.createFileSystemWatcher('**/.corroborate/annotations.jsonld'),
      ],
    },
    outputChannel: output,
  };
  return new LanguageClient('corroborate', 'Corroborate', serverOptions, clientOptions);
}
