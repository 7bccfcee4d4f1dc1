/**
 * Which files the server asks the client to watch, and what a batch of file events
 * means: a `.corroborate.json` changed (re-index), a folder's decisions changed (re-apply),
 * or articles changed (re-read them).
 */
import { basename, join } from 'node:path';
import type { FileEvent, FileSystemWatcher } from 'vscode-languageserver';
import { ANNOTATIONS_PATH } from '../node/annotationsFile.js';
import { CONFIG_FILE_NAME } from '../node/configFiles.js';
import { uriToFsPath } from './paths.js';
import type { Folder } from './roots.js';

export function fileWatchers(folders: readonly Folder[], relativePatterns: boolean): FileSystemWatcher[] {
  const watchers: FileSystemWatcher[] = [];
  for (const folder of folders) {
    for (const pattern of [...folder.settings.include, `**/${CONFIG_FILE_NAME}`, ANNOTATIONS_PATH]) {
      watchers.push({ globPattern: relativePatterns ? { baseUri: folder.uri, pattern } : pattern });
    }
  }
  return watchers;
}

export interface SortedEvents {
  configChanged: boolean;
  /** Folders whose annotations file changed. */
  decisions: Folder[];
  articles: FileEvent[];
}

export function sortFileEvents(changes: readonly FileEvent[], folders: readonly Folder[]): SortedEvents {
  const sorted: SortedEvents = { configChanged: false, decisions: [], articles: [] };
  for (const change of changes) {
    const fsPath = uriToFsPath(change.uri);
    if (fsPath === null) continue;
    if (basename(fsPath) === CONFIG_FILE_NAME) {
      sorted.configChanged = true;
      continue;
    }
    const folder = folders.find((f) => join(f.fsPath, ANNOTATIONS_PATH) === fsPath);
    if (folder) {
      if (!sorted.decisions.includes(folder)) sorted.decisions.push(folder);
    } else {
      sorted.articles.push(change);
    }
  }
  return sorted;
}
