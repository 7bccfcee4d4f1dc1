/**
 * People's decisions (`.corroborate/annotations.jsonld`, written by the editor) as the
 * command line applies them: the nearest such file above each article, read once.
 * Paths in it are relative to the folder that holds `.corroborate/`.
 */
import { existsSync } from 'node:fs';
import { dirname, join, parse, relative, sep } from 'node:path';
import type { Decision } from '../core/annotations/index.js';
import { ANNOTATIONS_PATH, readAnnotationsFile } from '../node/annotationsFile.js';

export interface DecisionScope {
  /** Folder that holds `.corroborate/` (the workspace root the editor used). */
  root: string;
  decisions: Decision[];
}

export class DecisionLocator {
  private readonly byFolder = new Map<string, DecisionScope | null>();

  constructor(private readonly warn: (message: string) => void) {}

  /** The decisions that govern a file (absolute path), or null when there are none. */
  forFile(file: string): DecisionScope | null {
    return this.forFolder(dirname(file));
  }

  /** The file's path as decisions name it. */
  static pathIn(scope: DecisionScope, file: string): string {
    return relative(scope.root, file).split(sep).join('/');
  }

  private forFolder(folder: string): DecisionScope | null {
    if (this.byFolder.has(folder)) return this.byFolder.get(folder)!;
    let found: DecisionScope | null;
    if (existsSync(join(folder, ...ANNOTATIONS_PATH.split('/')))) {
      const { decisions, problems, malformed } = readAnnotationsFile(folder);
      for (const problem of problems) this.warn(problem);
      if (malformed) this.warn(`${join(folder, ANNOTATIONS_PATH)}: decisions not applied until the file is repaired`);
      found = { root: folder, decisions };
    } else {
      found = folder === parse(folder).root ? null : this.forFolder(dirname(folder));
    }
    this.byFolder.set(folder, found);
    return found;
  }
}
