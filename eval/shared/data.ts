import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `../shared/data` beside the project checkout (CI has it there too). */
export const sharedDataDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'data');

export function dataPath(...parts: string[]): string {
  return join(sharedDataDir, ...parts);
}

/** Reads a JSON file, tolerating the UTF-8 byte-order mark the Recognizers-Text specs carry. */
export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as T;
}
