/** Writes a file through a temporary sibling and a rename, so a failed write never leaves half a file. */
import * as vscode from 'vscode';

export async function writeFileAtomically(target: vscode.Uri, content: string): Promise<void> {
  const name = target.path.split('/').pop() ?? 'file';
  const temporary = vscode.Uri.joinPath(target, '..', `.${name}.${Date.now()}.tmp`);
  await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(content));
  try {
    await vscode.workspace.fs.rename(temporary, target, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
    throw error;
  }
}
