// Bundles the in-editor suite (test/e2e/suite/index.ts, with mocha) into one CommonJS file that
// an extension host can require without node_modules: `vscode` stays external.
import { build } from 'esbuild';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function buildSuite(outfile) {
  await build({
    entryPoints: [join(root, 'test', 'e2e', 'suite', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode'],
    sourcemap: 'inline',
    // mocha's parallel mode resolves files we never load; its warnings say so.
    logLevel: 'error',
  });
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = resolve(process.argv[2] ?? join(root, 'out', 'e2e', 'suite.cjs'));
  await buildSuite(out);
  console.log(`built ${out}`);
}
