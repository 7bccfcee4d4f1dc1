/** File URIs <-> file-system paths, and the '/'-separated paths the Workspace reports. */
import { isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export function toSlashes(path: string): string {
  return path.split(sep).join('/');
}

/** The file-system path of a `file:` URI; null for other schemes (untitled, git, …) or a bad URI. */
export function uriToFsPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

export function fsPathToUri(fsPath: string): string {
  return pathToFileURL(fsPath).href;
}

/** `file` relative to `folder` with '/', or null when it is not inside it. */
export function relativeInside(folder: string, file: string): string | null {
  const rel = relative(folder, file);
  // Another drive on Windows gives an absolute path.
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return null;
  return toSlashes(rel);
}
