/** Where the project and its examples are, for the server tests. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const examplesDir = join(projectRoot, 'examples');
