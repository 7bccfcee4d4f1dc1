/**
 * The server bundle the tests start: `dist/server.cjs` when it is newer than every
 * source file (as after `npm run build`), else a fresh bundle of the current sources in
 * a temp folder of this test process (test files run in parallel; none writes dist/).
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { projectRoot } from './paths.js';

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

let bundle: Promise<string> | null = null;

async function makeBundle(): Promise<string> {
  const dist = join(projectRoot, 'dist', 'server.cjs');
  try {
    if (statSync(dist).mtimeMs >= newestSource(join(projectRoot, 'src'))) return dist;
  } catch {
    // No bundle yet: build one.
  }
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-bundle-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const outfile = join(dir, 'server.cjs');
  await build({
    entryPoints: [join(projectRoot, 'src', 'server', 'server.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'error',
    define: { CORROBORATE_VERSION: JSON.stringify('0.0.0-test') },
  });
  return outfile;
}

/** Path of the server bundle to run (built at most once per test process). */
export function serverBundle(): Promise<string> {
  bundle ??= makeBundle();
  return bundle;
}
