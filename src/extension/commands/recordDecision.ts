/**
 * `corroborate.recordDecision`: the quick fixes' command. Asks for a reason or a date when the
 * server says so (unless the caller already gave one), then sends `corroborate/recordDecision`.
 * Also `corroborate.setPublicationDate` for the active article.
 */
import * as vscode from 'vscode';
import type { DocumentStatusResult, RecordDecisionParams, RecordDecisionResult } from '../../server/protocol.js';
import { DocumentStatusRequest, RecordDecisionRequest } from '../protocolMethods.js';
import type { Server } from '../server.js';

/** Why a YYYY-MM-DD string is not a calendar date, or null when it is one. */
export function dateProblem(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return 'Write the date as YYYY-MM-DD, e.g. 2021-12-28.';
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? null : 'No such day in the calendar.';
}

function askDate(current: string | undefined): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: 'Corroborate: publication date',
    prompt: 'The date this article was published; relative dates ("on Monday") are resolved against it.',
    placeHolder: 'YYYY-MM-DD',
    value: current,
    validateInput: (value) => dateProblem(value),
  });
}

export async function recordDecision(server: Server, params: RecordDecisionParams): Promise<RecordDecisionResult | undefined> {
  const { ask, ...decision } = params;
  if (ask === 'reason' && decision.reason === undefined) {
    const reason = await vscode.window.showInputBox({
      title: 'Corroborate: ignore this finding',
      prompt: 'Why? (optional; kept with the decision in .corroborate/annotations.jsonld)',
      placeHolder: 'e.g. checked with the organisers: the date moved',
    });
    if (reason === undefined) return undefined; // cancelled
    if (reason.trim()) decision.reason = reason.trim();
  }
  if (ask === 'date' && decision.date === undefined) {
    const date = await askDate(undefined);
    if (date === undefined) return undefined;
    decision.date = date.trim();
  }
  const result = await server.requestOrWarn<RecordDecisionResult>(RecordDecisionRequest, decision);
  if (result && !result.ok) void vscode.window.showWarningMessage(`Corroborate: nothing recorded. ${result.message ?? ''}`.trim());
  return result;
}

export async function setPublicationDate(server: Server, uri?: vscode.Uri, date?: string): Promise<RecordDecisionResult | undefined> {
  const target = uri ?? vscode.window.activeTextEditor?.document.uri;
  if (!target) {
    void vscode.window.showInformationMessage('Corroborate: open an article first.');
    return undefined;
  }
  let chosen = date;
  if (chosen === undefined) {
    const status = await server.request<DocumentStatusResult>(DocumentStatusRequest, { uri: target.toString() }).catch(() => null);
    chosen = await askDate(status?.published ?? undefined);
    if (chosen === undefined) return undefined;
  }
  const problem = dateProblem(chosen);
  if (problem) {
    void vscode.window.showErrorMessage(`Corroborate: ${problem}`);
    return undefined;
  }
  const start = { line: 0, character: 0 };
  return recordDecision(server, { kind: 'published', uri: target.toString(), range: { start, end: start }, date: chosen.trim() });
}
