/**
 * Files matching the include globs open as the `article` language. `filenamePatterns` in
 * package.json cannot follow globs from settings, so plain-text documents are switched here
 * as they open; a `.txt` outside the globs stays plain text.
 */
import * as vscode from 'vscode';
import { isArticleFile, SECTION } from './settings.js';

export const ARTICLE = 'article';
const PLAINTEXT = 'plaintext';

async function assign(document: vscode.TextDocument): Promise<void> {
  if (document.uri.scheme !== 'file') return;
  try {
    if (document.languageId === PLAINTEXT && isArticleFile(document.uri)) {
      await vscode.languages.setTextDocumentLanguage(document, ARTICLE);
    } else if (document.languageId === ARTICLE && !isArticleFile(document.uri)) {
      // The settings changed and the file is no longer one of the articles.
      await vscode.languages.setTextDocumentLanguage(document, PLAINTEXT);
    }
  } catch {
    // The document was closed meanwhile: nothing to switch.
  }
}

export function registerArticleLanguage(context: vscode.ExtensionContext): void {
  const assignAll = () => Promise.all(vscode.workspace.textDocuments.map(assign));
  void assignAll();
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((document) => void assign(document)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`${SECTION}.include`) || event.affectsConfiguration(`${SECTION}.exclude`)) void assignAll();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void assignAll()),
  );
}
