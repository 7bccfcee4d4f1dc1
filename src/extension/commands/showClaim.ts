/** `corroborate.showClaim` (from code lenses): the peek view on the claim's other facts. */
import * as vscode from 'vscode';
import { toLocation, toPosition, toUri } from '../lspConvert.js';

type Json = Parameters<typeof toLocation>[0];

export async function showClaim(uri: string | vscode.Uri, position: Parameters<typeof toPosition>[0], locations: Json[] = []): Promise<void> {
  await vscode.commands.executeCommand('editor.action.peekLocations', toUri(uri), toPosition(position), locations.map(toLocation), 'peek');
}
