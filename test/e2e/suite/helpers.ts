/** Small helpers for the in-editor suite: finding words, waiting, reading diagnostics and tokens. */
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { Words } from './scenarios.js';

export const SOURCE = 'Corroborate';
export const EXTENSION_ID = 'corroborate.corroborate';

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `probe` until it returns something truthy; returns the last value (falsy on timeout). */
export async function poll<T>(probe: () => T | Promise<T>, timeoutMs: number, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await probe();
  while (!value && Date.now() < deadline) {
    await sleep(intervalMs);
    value = await probe();
  }
  return value;
}

export function folderUri(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the suite needs a workspace folder');
  return folder.uri;
}

export function fileUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(folderUri(), name);
}

export function baseName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? '';
}

/** The text VS Code would show: the open document's, or the file's on disk. */
export function textOf(uri: vscode.Uri): string {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  return open ? open.getText() : readFileSync(uri.fsPath, 'utf8');
}

/** LSP position of a UTF-16 offset (`\n`, `\r\n` and lone `\r` end lines). */
export function positionAt(text: string, offset: number): vscode.Position {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) continue; // the \n of \r\n ends the line
    if (c === 10 || c === 13) {
      line++;
      lineStart = i + 1;
    }
  }
  return new vscode.Position(line, offset - lineStart);
}

/** The range of `words` in `text` (the first occurrence after `words.after`). */
export function rangeIn(text: string, words: Words): vscode.Range {
  const from = words.after ? text.indexOf(words.after) : 0;
  if (from < 0) throw new Error(`"${words.after}" is not in the text`);
  const start = text.indexOf(words.text, from + (words.after?.length ?? 0));
  if (start < 0) throw new Error(`"${words.text}" is not in the text after "${words.after ?? ''}"`);
  return new vscode.Range(positionAt(text, start), positionAt(text, start + words.text.length));
}

/** Every range of `needle` in `text`. */
export function allRangesIn(text: string, needle: string): vscode.Range[] {
  const ranges: vscode.Range[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    ranges.push(new vscode.Range(positionAt(text, at), positionAt(text, at + needle.length)));
  }
  return ranges;
}

/** The words at a range of a file (open or not). */
export function wordsAt(uri: vscode.Uri, range: vscode.Range): string {
  const text = textOf(uri);
  const lines = text.split(/\r\n|\r|\n/);
  if (range.start.line === range.end.line) return (lines[range.start.line] ?? '').slice(range.start.character, range.end.character);
  const parts = [(lines[range.start.line] ?? '').slice(range.start.character)];
  for (let l = range.start.line + 1; l < range.end.line; l++) parts.push(lines[l] ?? '');
  parts.push((lines[range.end.line] ?? '').slice(0, range.end.character));
  return parts.join('\n');
}

export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/**
 * What a file's findings say, whatever their order: each finding's code and range with its
 * related locations and what each says ("agrees: …"), sorted. The finding's own message is left
 * out: the server may name the sources in another order after edits.
 */
export function findingsKey(uri: vscode.Uri): string {
  const at = (r: vscode.Range) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
  return JSON.stringify(
    ours(uri)
      .map((d) => `${codeOf(d)}@${at(d.range)} <- ${(d.relatedInformation ?? []).map((r) => `${r.location.uri.toString()}#${at(r.location.range)} ${r.message}`).sort().join(' ')}`)
      .sort(),
  );
}

/** Resolves when `probe` holds, checked at once and on every diagnostics change (or rejects after `timeoutMs`). */
export function whenDiagnostics(probe: () => boolean, timeoutMs: number, what: string): Promise<number> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    if (probe()) return resolve(0);
    const done = (error?: Error) => {
      clearTimeout(timer);
      clearInterval(interval);
      listener.dispose();
      if (error) reject(error);
      else resolve(Date.now() - started);
    };
    const listener = vscode.languages.onDidChangeDiagnostics(() => {
      if (probe()) done();
    });
    // Also poll: a change event can come before the collection holds the new state.
    const interval = setInterval(() => probe() && done(), 50);
    const timer = setTimeout(() => done(new Error(`${what}: not within ${timeoutMs} ms`)), timeoutMs);
  });
}

export interface Token {
  range: vscode.Range;
  type: string;
}

/** The semantic tokens of a document, decoded with the provider's legend. */
export async function semanticTokens(uri: vscode.Uri): Promise<Token[]> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', uri);
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', uri);
  if (!legend || !tokens) return [];
  const out: Token[] = [];
  let line = 0;
  let character = 0;
  const data = tokens.data;
  for (let i = 0; i + 4 < data.length; i += 5) {
    const deltaLine = data[i]!;
    line += deltaLine;
    character = deltaLine ? data[i + 1]! : character + data[i + 1]!;
    const length = data[i + 2]!;
    out.push({ range: new vscode.Range(line, character, line, character + length), type: legend.tokenTypes[data[i + 3]!] ?? `#${data[i + 3]}` });
  }
  return out;
}

/** Definition results as plain locations (a provider may answer Location or LocationLink). */
export function asLocations(results: (vscode.Location | vscode.LocationLink)[] | undefined): vscode.Location[] {
  return (results ?? []).map((r) =>
    'targetUri' in r ? new vscode.Location(r.targetUri, r.targetSelectionRange ?? r.targetRange) : new vscode.Location(r.uri, r.range),
  );
}
