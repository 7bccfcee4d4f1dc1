/** The `corroborate.*` settings the client itself needs (the server reads the rest). */
import * as vscode from 'vscode';
import { minimatch } from 'minimatch';

export const SECTION = 'corroborate';
const DEFAULT_INCLUDE = ['**/*.txt', '**/*.md'];
// Never articles, whatever the settings say (the server skips them too).
const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/.git/**'];

function globs(value: unknown, fallback: string[]): string[] {
  return Array.isArray(value) ? value.filter((g): g is string => typeof g === 'string' && g.length > 0) : fallback;
}

/**
 * Whether a file belongs to the articles of its workspace folder: inside a folder, matching
 * `corroborate.include` and none of `corroborate.exclude` (globs relative to that folder).
 */
export function isArticleFile(uri: vscode.Uri): boolean {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return false;
  const relative = vscode.workspace.asRelativePath(uri, false);
  const config = vscode.workspace.getConfiguration(SECTION, uri);
  const include = globs(config.get('include'), DEFAULT_INCLUDE);
  const exclude = [...ALWAYS_EXCLUDED, ...globs(config.get('exclude'), [])];
  const matches = (glob: string) => minimatch(relative, glob, { dot: true, matchBase: !glob.includes('/') });
  return include.some(matches) && !exclude.some(matches);
}
