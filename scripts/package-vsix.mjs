#!/usr/bin/env node
// Packages the extension as a .vsix with @vscode/vsce, offline.
//
// package.json's "files" (for the npm package of the CLI) and .vscodeignore cannot be combined
// in one vsce run, so the extension is packaged from a staging copy of the repository whose
// manifest has no "files"; .vscodeignore chooses what goes in. Builds first unless --no-build.
//
// Usage: node scripts/package-vsix.mjs [--out FILE.vsix] [--no-build]
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { out: { type: 'string' }, 'no-build': { type: 'boolean', default: false } } });
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const out = resolve(values.out ?? join(root, `${manifest.name}-${manifest.version}.vsix`));
// Never copied: dependencies (the bundles hold what they need), VCS data, test installs, old packages.
const skipped = new Set(['node_modules', '.git', '.vscode-test', 'out']);

if (!values['no-build']) execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
for (const bundle of ['dist/extension.cjs', 'dist/server.cjs']) {
  if (!existsSync(join(root, bundle))) console.warn(`package-vsix: ${bundle} is missing; the .vsix will not work without it`);
}

const stage = mkdtempSync(join(tmpdir(), 'corroborate-vsix-'));
try {
  for (const entry of readdirSync(root)) {
    if (skipped.has(entry) || entry.endsWith('.vsix')) continue;
    cpSync(join(root, entry), join(stage, entry), { recursive: true });
  }
  const { files: _npmFiles, ...vsixManifest } = manifest;
  writeFileSync(join(stage, 'package.json'), JSON.stringify(vsixManifest, null, 2));
  const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  execFileSync(
    process.execPath,
    // No repository field (a private project) and relative README links stay relative.
    [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out],
    { cwd: stage, stdio: 'inherit' },
  );
} finally {
  rmSync(stage, { recursive: true, force: true });
}
console.log(`package-vsix: wrote ${out}`);
