// Everything the run needs before code-server starts: the installs (once), the extension's .vsix,
// the test driver's .vsix (with the suite bundled in), both installed into a fresh extensions dir.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSuite } from '../buildSuite.mjs';
import { log } from './report.mjs';

/** Runs scripts/install-vscode-test.sh when code-server or Chromium is missing. */
export function ensureInstalled(root, codeServerBin, chromiumPath) {
  if (existsSync(codeServerBin) && existsSync(chromiumPath)) return;
  log('code-server or Chromium missing: running scripts/install-vscode-test.sh');
  execFileSync('bash', [join(root, 'scripts', 'install-vscode-test.sh')], { cwd: root, stdio: 'inherit' });
}

/** Builds and packages the extension (scripts/package-vsix.mjs), unless a .vsix is given. */
export function packageExtension(root, base, givenVsix) {
  if (givenVsix) return givenVsix;
  const out = join(base, 'corroborate.vsix');
  execFileSync(process.execPath, [join(root, 'scripts', 'package-vsix.mjs'), '--out', out], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  return out;
}

/** The driver extension with the bundled suite and its config, packaged by vsce. */
export async function packageDriver(root, base, config) {
  const stage = join(base, 'driver');
  mkdirSync(stage, { recursive: true });
  const source = join(root, 'test', 'e2e', 'driver');
  for (const file of readdirSync(source)) copyFileSync(join(source, file), join(stage, file));
  await buildSuite(join(stage, 'suite.cjs'));
  writeFileSync(join(stage, 'config.json'), JSON.stringify(config, null, 2));
  const out = join(base, 'driver.vsix');
  const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', out], { cwd: stage, stdio: 'ignore' });
  return out;
}

export function installExtensions(codeServerBin, { extensionsDir, userDataDir }, vsixFiles) {
  const args = ['--extensions-dir', extensionsDir, '--user-data-dir', userDataDir];
  for (const vsix of vsixFiles) args.push('--install-extension', vsix);
  const output = execFileSync(codeServerBin, args, { encoding: 'utf8' });
  return output.trim().split('\n').filter((line) => /install/i.test(line));
}

/** What the installed .vsix unpacked to: the bundles and examples, no sources, tests or dependencies. */
export function installedFiles(extensionsDir, id) {
  const folder = readdirSync(extensionsDir).find((name) => name.startsWith(`${id}-`));
  if (!folder) return null;
  const files = [];
  const walk = (dir, prefix) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
      else files.push({ path: `${prefix}${entry.name}`, size: statSync(join(dir, entry.name)).size });
    }
  };
  walk(join(extensionsDir, folder), '');
  return files;
}
