/**
 * The cold run as one esbuild bundle with a source map, for profiling: tsx hands V8
 * whitespace-minified code whose positions its source maps do not match, while a bundle's
 * functions map back to their TypeScript lines (bench/pipeline/profile.ts) — and a bundle
 * is how the CLI and the server run the engine anyway.
 */
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles `entry` into a new folder under `parent` and returns the bundle's path. The
 * folder must sit two levels below the project root, like bench/corpus/, because the
 * corpus finds examples/ relative to its own module URL.
 */
export async function bundleForProfile(entry: string, parent: string): Promise<{ dir: string; file: string }> {
  const dir = mkdtempSync(join(parent, '.profile-'));
  const file = join(dir, 'cold.mjs');
  await build({
    entryPoints: [entry],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'external',
    logLevel: 'error',
    // Bundled CommonJS dependencies call require(): give the ESM bundle one.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  return { dir, file };
}
