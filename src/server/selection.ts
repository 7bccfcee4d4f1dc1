/**
 * Which files of a workspace folder are articles to index, and what publication date
 * they get from outside their text. The settings' globs and the nearest
 * `.corroborate.json`'s globs must both let a file in, as `corroborate check` does.
 */
import { dirname, relative } from 'node:path';
import { minimatch } from 'minimatch';
import { publishedDecision } from '../core/annotations/index.js';
import { DEFAULT_CONFIG } from '../core/config.js';
import type { PublicationDate } from '../core/types.js';
import type { ConfigLocator } from '../node/configFiles.js';
import { toSlashes } from './paths.js';
import type { Folder, Located } from './roots.js';

function matchesAny(rel: string, globs: readonly string[]): boolean {
  return globs.some((glob) => minimatch(rel, glob, { dot: true }));
}

export function isSelected(located: Located, configs: ConfigLocator): boolean {
  const { settings } = located.folder;
  if (!matchesAny(located.rel, settings.include) || matchesAny(located.rel, settings.exclude)) return false;
  const { config, root } = configs.forFolder(dirname(located.fsPath));
  if (root === null) return true;
  const rel = toSlashes(relative(root, located.fsPath));
  return matchesAny(rel, config.include) && !matchesAny(rel, config.exclude);
}

/** Whether the walk can skip a whole sub-folder (`folderRel` relative to the workspace folder). */
export function isExcludedFolder(folder: Folder, folderRel: string, absolute: string, configs: ConfigLocator): boolean {
  if (matchesAny(`${folderRel}/x`, folder.settings.exclude)) return true;
  const { config, root } = configs.forFolder(absolute);
  if (root === null) return false;
  const rel = toSlashes(relative(root, absolute));
  return rel !== '' && !rel.startsWith('..') && matchesAny(`${rel}/x`, config.exclude);
}

/** The size limit: a `.corroborate.json` that changes it wins over the setting. */
export function maxFileSize(located: Located, configs: ConfigLocator): number {
  const { config, root } = configs.forFolder(dirname(located.fsPath));
  if (root !== null && config.maxFileSize !== DEFAULT_CONFIG.maxFileSize) return config.maxFileSize;
  return located.folder.settings.maxFileSize;
}

/** A person's recorded decision first, then the per-file metadata of `.corroborate.json`. */
export function externalPublished(located: Located, configs: ConfigLocator): PublicationDate | null {
  const decision = publishedDecision(located.rel, located.folder.decisions);
  if (decision?.date) return { date: decision.date, from: 'config' };
  const { config, root } = configs.forFolder(dirname(located.fsPath));
  if (root === null) return null;
  const meta = config.files[toSlashes(relative(root, located.fsPath))];
  return meta?.published ? { date: meta.published, from: 'config' } : null;
}

/** The outlet named in `.corroborate.json`, if any, for messages ("Coastal Wire's wording"). */
export function outletOf(located: Located, configs: ConfigLocator): string | null {
  const { config, root } = configs.forFolder(dirname(located.fsPath));
  if (root === null) return null;
  return config.files[toSlashes(relative(root, located.fsPath))]?.outlet ?? null;
}
