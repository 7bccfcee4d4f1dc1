/** Next / previous discrepancy: moves through Corroborate's diagnostics across all files. */
import * as vscode from 'vscode';

export const DIAGNOSTIC_SOURCE = 'Corroborate';

interface Stop {
  uri: vscode.Uri;
  range: vscode.Range;
}

/** Every Corroborate diagnostic in the workspace, by file then position. */
export function discrepancyStops(): Stop[] {
  const stops: Stop[] = [];
  for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) {
    for (const d of diagnostics) if (d.source === DIAGNOSTIC_SOURCE) stops.push({ uri, range: d.range });
  }
  return stops.sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()) || a.range.start.compareTo(b.range.start));
}

function compare(stop: Stop, uri: vscode.Uri, position: vscode.Position): number {
  return stop.uri.toString().localeCompare(uri.toString()) || stop.range.start.compareTo(position);
}

/** The stop after (or before) the cursor, wrapping around at the ends. */
export function nextStop(stops: Stop[], uri: vscode.Uri | undefined, position: vscode.Position | undefined, direction: 1 | -1): Stop | undefined {
  if (!stops.length) return undefined;
  if (!uri || !position) return direction === 1 ? stops[0] : stops[stops.length - 1];
  if (direction === 1) return stops.find((s) => compare(s, uri, position) > 0) ?? stops[0];
  return [...stops].reverse().find((s) => compare(s, uri, position) < 0) ?? stops[stops.length - 1];
}

export async function goToDiscrepancy(direction: 1 | -1): Promise<Stop | undefined> {
  const editor = vscode.window.activeTextEditor;
  // The selection's start: after a jump the whole finding is selected and `active` is its end.
  const stop = nextStop(discrepancyStops(), editor?.document.uri, editor?.selection.start, direction);
  if (!stop) {
    void vscode.window.showInformationMessage('Corroborate: no discrepancies in the workspace.');
    return undefined;
  }
  await vscode.window.showTextDocument(stop.uri, { selection: stop.range, preview: false });
  return stop;
}
