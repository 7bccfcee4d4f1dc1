/**
 * Which Workspace holds which file. Each workspace folder has its own Workspace, or all
 * folders share one when `corroborate.crossRoots` is on; then paths carry the folder's
 * name so reports stay unambiguous. Paths given to the Workspace are relative, with '/'.
 */
import { join } from 'node:path';
import type { Decision } from '../core/annotations/index.js';
import { Workspace } from '../core/workspace.js';
import { fsPathToUri, relativeInside } from './paths.js';
import type { Settings } from './settings.js';

export interface Folder {
  uri: string;
  fsPath: string;
  name: string;
  /** Put before this folder's paths in a shared index ('' when the index has one folder). */
  prefix: string;
  settings: Settings;
  /** Decisions from this folder's `.corroborate/annotations.jsonld`. */
  decisions: Decision[];
}

/** A file placed in the index: the Workspace path and the folder-relative path decisions use. */
export interface Located {
  root: Root;
  folder: Folder;
  /** Path in the Workspace (what reports show). */
  path: string;
  /** Path relative to the folder (what `.corroborate.json` and annotations use). */
  rel: string;
  fsPath: string;
}

export class Root {
  workspace = new Workspace();
  /** Workspace path -> why the file is not analysed. */
  readonly skipped = new Map<string, string>();
  /** Workspace path -> the URI the client used for it, so diagnostics land on the same document. */
  private readonly clientUris = new Map<string, string>();

  constructor(readonly folders: Folder[]) {}

  /** Forgets every document (re-index). */
  reset(): void {
    this.workspace = new Workspace();
    this.skipped.clear();
  }

  locate(fsPath: string): Located | null {
    // The deepest folder wins when folders are nested.
    let best: Located | null = null;
    for (const folder of this.folders) {
      const rel = relativeInside(folder.fsPath, fsPath);
      if (rel === null) continue;
      if (best && best.folder.fsPath.length >= folder.fsPath.length) continue;
      best = { root: this, folder, rel, path: folder.prefix + rel, fsPath };
    }
    return best;
  }

  /** The file behind a Workspace path. */
  resolve(path: string): Located | null {
    for (const folder of this.folders) {
      if (!path.startsWith(folder.prefix)) continue;
      const rel = path.slice(folder.prefix.length);
      return { root: this, folder, rel, path, fsPath: join(folder.fsPath, ...rel.split('/')) };
    }
    return null;
  }

  rememberUri(path: string, uri: string): void {
    this.clientUris.set(path, uri);
  }

  uriOf(path: string): string {
    const known = this.clientUris.get(path);
    if (known) return known;
    const located = this.resolve(path);
    return located ? fsPathToUri(located.fsPath) : path;
  }
}

/** Unique prefixes for folders sharing one index: their names, numbered when two are alike. */
export function sharedPrefixes(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return `${n === 1 ? name : `${name}-${n}`}/`;
  });
}
