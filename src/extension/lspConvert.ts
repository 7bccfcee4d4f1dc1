/**
 * Arguments of commands the server puts in code lenses and code actions arrive as plain LSP
 * JSON (uri strings, {line, character}); tests and other callers pass VS Code objects. These
 * accept both.
 */
import * as vscode from 'vscode';

interface LspPosition {
  line: number;
  character: number;
}
interface LspRange {
  start: LspPosition;
  end: LspPosition;
}
interface LspLocation {
  uri: string | vscode.Uri;
  range: LspRange | vscode.Range;
}

export function toUri(value: string | vscode.Uri): vscode.Uri {
  return typeof value === 'string' ? vscode.Uri.parse(value) : value;
}

export function toPosition(value: LspPosition | vscode.Position): vscode.Position {
  return value instanceof vscode.Position ? value : new vscode.Position(value.line, value.character);
}

export function toRange(value: LspRange | vscode.Range): vscode.Range {
  return value instanceof vscode.Range ? value : new vscode.Range(toPosition(value.start), toPosition(value.end));
}

export function toLocation(value: LspLocation | vscode.Location): vscode.Location {
  return value instanceof vscode.Location ? value : new vscode.Location(toUri(value.uri), toRange(value.range));
}

/** The LSP form of a range, as requests to the server carry it. */
export function toLspRange(range: vscode.Range): LspRange {
  return {
    start: { line: range.start.line, character: range.start.character },
    end: { line: range.end.line, character: range.end.character },
  };
}
