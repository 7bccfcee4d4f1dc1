import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The real seed articles live outside the project, in `../shared/seeds` (CI has it too);
 * the project holds no third-party article text.
 */
export const SEEDS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'seeds');

/** File names of the seed articles, sorted. */
export function seedNames(): string[] {
  return readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt')).sort();
}

/** The text of the seed whose file name starts with `prefix` ("000", or the whole name). */
export function readSeed(prefix: string): string {
  const name = seedNames().find((n) => n.startsWith(prefix));
  if (!name) throw new Error(`no seed article named ${prefix}* in ${SEEDS_DIR}`);
  return readFileSync(join(SEEDS_DIR, name), 'utf8');
}
