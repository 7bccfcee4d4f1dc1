#!/usr/bin/env node
// `npm run test:electron`: the same suite in desktop VS Code through @vscode/test-electron, where
// VS Code can be downloaded (not on these machines: use `npm run test:e2e` there). Builds the
// extension and the suite, copies ../shared/seeds (or SEEDS_DIR) to a temporary workspace,
// then examples/, and runs the suite on each.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';
import { buildSuite } from './buildSuite.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const seeds = resolve(process.env.SEEDS_DIR ?? join(root, '..', 'shared', 'seeds'));

execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
const base = mkdtempSync(join(tmpdir(), 'corroborate-electron-'));
let failed = false;
try {
  const suite = await buildSuite(join(base, 'suite', 'suite.cjs'));
  for (const [name, source] of [['seeds', seeds], ['examples', join(root, 'examples')]]) {
    const workspace = join(base, name);
    cpSync(source, workspace, { recursive: true });
    try {
      await runTests({
        extensionDevelopmentPath: root,
        extensionTestsPath: suite,
        launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', `--user-data-dir=${join(base, `user-data-${name}`)}`],
      });
    } catch (error) {
      console.error(`test:electron (${name}): ${error?.message ?? error}`);
      failed = true;
    }
  }
} finally {
  rmSync(base, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
