/** `corroborate.exportReport`: the workspace report as JSON or SARIF, saved where the person says. */
import * as vscode from 'vscode';
import type { ExportReportParams, ExportReportResult } from '../../server/protocol.js';
import { writeFileAtomically } from '../atomicWrite.js';
import { ExportReportRequest } from '../protocolMethods.js';
import type { Server } from '../server.js';

type Format = ExportReportParams['format'];
const EXTENSION: Record<Format, string> = { json: 'json', sarif: 'sarif' };

export async function exportReport(server: Server, format?: Format, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  let chosen = format;
  if (!chosen) {
    const pick = await vscode.window.showQuickPick(
      [
        { label: 'JSON', description: 'the version-1 report (documents, facts, claims, findings)', format: 'json' as const },
        { label: 'SARIF', description: 'SARIF 2.1.0, for code-scanning tools', format: 'sarif' as const },
      ],
      { title: 'Corroborate: export report', placeHolder: 'Format' },
    );
    if (!pick) return undefined;
    chosen = pick.format;
  }
  let destination = target;
  if (!destination) {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const name = `corroborate-report.${EXTENSION[chosen]}`;
    destination = await vscode.window.showSaveDialog({
      title: 'Corroborate: save the report',
      defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
      filters: { [chosen.toUpperCase()]: [EXTENSION[chosen]] },
    });
    if (!destination) return undefined;
  }
  const result = await server.requestOrWarn<ExportReportResult>(ExportReportRequest, { format: chosen } satisfies ExportReportParams);
  if (!result) return undefined;
  if (typeof result.content !== 'string' || !result.content) {
    void vscode.window.showErrorMessage('Corroborate: the language server returned an empty report; nothing was written (see the "Corroborate" output).');
    return undefined;
  }
  try {
    await writeFileAtomically(destination, result.content);
  } catch (error) {
    void vscode.window.showErrorMessage(`Corroborate: could not write ${destination.fsPath}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  if (!target) {
    const open = await vscode.window.showInformationMessage(`Corroborate: report saved to ${vscode.workspace.asRelativePath(destination)}.`, 'Open');
    if (open) await vscode.window.showTextDocument(destination);
  }
  return destination;
}
