import { readdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { minimatch } from 'minimatch';
import type { ConfigLocator } from '../node/configFiles.js';

export interface ResolvedInputs {
  /** Absolute paths, in a stable order, each once. */
  files: string[];
  /** Inputs that matched nothing or could not be listed, with the reason. */
  problems: string[];
}

const GLOB_CHARS = /[*?[\]{}]/;

function toSlashes(path: string): string {
  return path.split(sep).join('/');
}

function walk(folder: string, visit: (file: string) => void, skip: (dir: string) => boolean): void {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!skip(path)) walk(path, visit, skip);
    } else if (entry.isFile()) {
      visit(path);
    }
  }
}

/**
 * Whether `file`, found under the folder `walkRoot` given on the command line, is one to
 * read: the nearest config governs it, with its globs relative to the config's folder
 * (or to `walkRoot` when there is no config).
 */
function isSelected(file: string, walkRoot: string, configs: ConfigLocator): boolean {
  const { config, root } = configs.forFolder(dirname(file));
  const rel = toSlashes(relative(root ?? walkRoot, file));
  const matches = (globs: string[]) => globs.some((g) => minimatch(rel, g, { dot: true }));
  return matches(config.include) && !matches(config.exclude);
}

// A folder is skipped when a folder glob like `**/node_modules/**` excludes everything in it.
function isExcludedFolder(dir: string, walkRoot: string, configs: ConfigLocator): boolean {
  const { config, root } = configs.forFolder(dir);
  const rel = toSlashes(relative(root ?? walkRoot, dir));
  return rel !== '' && config.exclude.some((g) => minimatch(`${rel}/x`, g, { dot: true }));
}

/** The folder a glob's matches must lie under: its leading segments without glob characters. */
function globBase(pattern: string): string {
  const parts = toSlashes(pattern).split('/');
  const base: string[] = [];
  for (const part of parts) {
    if (GLOB_CHARS.test(part)) break;
    base.push(part);
  }
  if (base.length === parts.length) base.pop();
  return base.join('/') || '.';
}

/**
 * Expands files, folders and globs given on the command line. A named file is always
 * read; a folder's files are filtered by the config's include/exclude globs; a glob is
 * matched against paths relative to the working directory.
 */
export function resolveInputs(inputs: readonly string[], cwd: string, configs: ConfigLocator): ResolvedInputs {
  const seen = new Set<string>();
  const files: string[] = [];
  const problems: string[] = [];
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      files.push(file);
    }
  };
  for (const input of inputs) {
    const absolute = resolve(cwd, input);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      stats = null;
    }
    if (stats?.isFile()) {
      add(absolute);
    } else if (stats?.isDirectory()) {
      const before = files.length;
      try {
        walk(absolute, (file) => isSelected(file, absolute, configs) && add(file), (dir) => isExcludedFolder(dir, absolute, configs));
      } catch (err) {
        problems.push(`${input}: cannot list folder (${(err as Error).message})`);
        continue;
      }
      if (files.length === before) problems.push(`${input}: folder has no files to check (looked for ${configs.forFolder(absolute).config.include.join(', ')})`);
    } else if (GLOB_CHARS.test(input)) {
      const base = resolve(cwd, globBase(input));
      const pattern = toSlashes(isAbsolute(input) ? relative(cwd, input) : input).replace(/^\.\//, '');
      const before = files.length;
      try {
        walk(base, (file) => minimatch(toSlashes(relative(cwd, file)), pattern, { dot: false }) && add(file), (dir) => isExcludedFolder(dir, base, configs));
      } catch {
        // A glob whose base folder does not exist simply matches nothing.
      }
      if (files.length === before) problems.push(`${input}: no files match this pattern`);
    } else {
      problems.push(`${input}: no such file or folder`);
    }
  }
  return { files, problems };
}
