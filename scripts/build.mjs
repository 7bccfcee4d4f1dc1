// Bundles the CLI, the language server and the extension with esbuild (one file each in dist/).
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));


const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  // White space and syntax made compact, names kept (stack traces stay readable): the
  // packaged extension (server, worker, client) must stay under 5 MB unpacked.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  // CommonJS has no import.meta: the bundle's own file URL instead (the analysis pool finds its worker by it).
  define: { CORROBORATE_VERSION: JSON.stringify(version), 'import.meta.url': 'importMetaUrl' },
  inject: ['scripts/importMetaUrl.mjs'],
};

const entries = [
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.cjs', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['src/server/server.ts'], outfile: 'dist/server.cjs' },
  // The analysis pool's worker thread (src/node/analysisPool.ts), started by the CLI and the server.
  { entryPoints: ['src/node/analysisWorker.ts'], outfile: 'dist/analysisWorker.cjs' },
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.cjs', external: ['vscode'] },
].filter((e) => existsSync(e.entryPoints[0]));

await Promise.all(entries.map((e) => build({ ...common, ...e })));
console.log(`built ${entries.map((e) => e.outfile).join(', ')}`);
