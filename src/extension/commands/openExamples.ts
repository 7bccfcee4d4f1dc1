/**
 * `corroborate.openExamples` (the walkthrough's first step): copies the bundled example
 * articles to a folder the person chooses, then opens that copy, so the originals inside the
 * extension stay untouched.
 */
import * as vscode from 'vscode';

const FOLDER_NAME = 'corroborate-examples';

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

export async function openExamples(context: vscode.ExtensionContext, parent?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const source = vscode.Uri.joinPath(context.extensionUri, 'examples');
  let where = parent;
  if (!where) {
    const picked = await vscode.window.showOpenDialog({
      title: `Corroborate: where to put the example articles (a "${FOLDER_NAME}" folder is created there)`,
      openLabel: 'Copy the examples here',
      canSelectFiles: false,
      canSelectFolders: true,
      canSelectMany: false,
    });
    where = picked?.[0];
    if (!where) return undefined;
  }
  const target = vscode.Uri.joinPath(where, FOLDER_NAME);
  try {
    if (!(await exists(target))) await vscode.workspace.fs.copy(source, target, { overwrite: false });
  } catch (error) {
    void vscode.window.showErrorMessage(`Corroborate: could not copy the examples to ${target.fsPath}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  if (!parent) await vscode.commands.executeCommand('vscode.openFolder', target, { forceNewWindow: Boolean(vscode.workspace.workspaceFolders?.length) });
  return target;
}
