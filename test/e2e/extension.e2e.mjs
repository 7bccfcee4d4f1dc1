#!/usr/bin/env node
// End-to-end test of the extension in a real VS Code: code-server 4.100.3 driven by Debian's
// Chromium (playwright-core). See test/e2e/README.md.
//
// 1. Installs code-server and Chromium if missing (scripts/install-vscode-test.sh), builds and
//    packages the extension as a .vsix (scripts/package-vsix.mjs), packages the test driver
//    (test/e2e/driver + the bundled suite), installs both into a fresh extensions dir.
// 2. Starts code-server on a free loopback port with fresh user data.
// 3. In test/e2e/fixtures: the grammar and .corroborate.json schema checks through the DOM.
// 4. In a temporary copy of ../shared/seeds, then of examples/: the driver runs the suite
//    (test/e2e/suite) on activation and writes JSON results; the harness screenshots and checks
//    the UI at the suite's checkpoint, reloads the window, and waits for phase 2.
// 5. Stops every process it started and exits non-zero on any failure.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { grammarAndSchemaChecks } from './harness/grammarChecks.mjs';
import { ensureInstalled, installedFiles, installExtensions, packageDriver, packageExtension } from './harness/install.mjs';
import { freeLoopbackPort, startCodeServer, stopCodeServer, waitForHttp } from './harness/processes.mjs';
import { check, log, summary } from './harness/report.mjs';
import { walkthroughCheck } from './harness/walkthroughCheck.mjs';
import { runWorkspace } from './harness/suiteRun.mjs';
import { EXAMPLES, SEEDS } from './suite/scenarios.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtureDir = join(root, 'test', 'e2e', 'fixtures');
const seedsDir = resolve(process.env.SEEDS_DIR ?? join(root, '..', 'shared', 'seeds'));
const codeServerBin = process.env.CODE_SERVER ?? join(root, '.vscode-test', 'code-server', 'node_modules', '.bin', 'code-server');
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const outDir = resolve(process.env.E2E_OUT_DIR ?? join(root, 'out', 'e2e'));
const only = process.env.E2E_ONLY ? process.env.E2E_ONLY.split(',') : null;
const wanted = (part) => !only || only.includes(part);

/** Fresh extensions, user-data and results dirs, and the workspaces, under one temporary directory. */
function prepareDirs() {
  const base = mkdtempSync(join(tmpdir(), 'corroborate-e2e-'));
  const dirs = {
    base,
    extensionsDir: join(base, 'extensions'),
    userDataDir: join(base, 'user-data'),
    resultsDir: join(base, 'results'),
    fixtures: join(base, 'fixtures'),
    seeds: join(base, 'seeds'),
    examples: join(base, 'examples'),
  };
  for (const dir of [dirs.extensionsDir, join(dirs.userDataDir, 'User'), dirs.resultsDir]) mkdirSync(dir, { recursive: true });
  const settings = {
    // Without these a modal trust dialog or a welcome page gets in the way of every click.
    'security.workspace.trust.enabled': false,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    // A reload must not ask about, or restore, edits: the suite saves what it changes.
    'files.hotExit': 'off',
    // Long lines wrap, so a screenshot shows whole sentences.
    'editor.wordWrap': 'on',
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
  };
  writeFileSync(join(dirs.userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  cpSync(fixtureDir, dirs.fixtures, { recursive: true });
  // The seeds are read from ../shared, never copied into the project.
  cpSync(seedsDir, dirs.seeds, { recursive: true });
  cpSync(join(root, 'examples'), dirs.examples, { recursive: true });
  return dirs;
}

/** The .vsix holds what the extension needs and stays small. */
function checkPackage(files) {
  if (!check(Boolean(files), 'the .vsix is installed')) return;
  const paths = files.map((f) => f.path);
  const size = files.reduce((sum, f) => sum + f.size, 0);
  for (const needed of ['package.json', 'dist/extension.cjs', 'dist/server.cjs', 'syntaxes/corroborate.article.tmLanguage.json', 'schemas/corroborate-config.schema.json', 'media/icon.png', 'examples/coastal-wire.txt']) {
    check(paths.includes(needed), `the .vsix holds ${needed}`);
  }
  const unwanted = paths.filter((p) => /^(src|test|node_modules|eval|bench|\.vscode-test)\//.test(p) || p.endsWith('.map'));
  check(unwanted.length === 0, `the .vsix holds no sources, tests, dependencies or source maps (${unwanted.slice(0, 5).join(', ') || 'none'})`);
  check(size < 5 * 1024 * 1024, `the unpacked extension is small: ${(size / 1024).toFixed(0)} KB in ${files.length} files`);
}

async function main() {
  const started = Date.now();
  ensureInstalled(root, codeServerBin, chromiumPath);
  for (const [what, path] of [['code-server', codeServerBin], ['Chromium', chromiumPath], ['the seed articles', seedsDir]]) {
    if (!existsSync(path)) throw new Error(`${what} not found at ${path}; see test/e2e/README.md`);
  }
  const { chromium } = await import('playwright-core');
  mkdirSync(outDir, { recursive: true });
  const dirs = prepareDirs();
  let server;
  let browser;
  // code-server runs in its own process group, so Ctrl+C would not reach it: stop it ourselves.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      try {
        if (server) process.kill(-server.child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      if (!process.env.E2E_KEEP_TMP) rmSync(dirs.base, { recursive: true, force: true });
      process.exit(130);
    });
  }
  try {
    const vsix = packageExtension(root, dirs.base, process.env.E2E_VSIX && resolve(process.env.E2E_VSIX));
    const driver = await packageDriver(root, dirs.base, { resultsDir: dirs.resultsDir, workspaces: [SEEDS.name, EXAMPLES.name], checkpointTimeoutMs: 90000 });
    const installed = installExtensions(codeServerBin, dirs, [vsix, driver]);
    log(`packaged and installed in ${((Date.now() - started) / 1000).toFixed(1)} s: ${installed.join('; ')}`);
    checkPackage(installedFiles(dirs.extensionsDir, 'corroborate.corroborate'));

    const port = await freeLoopbackPort();
    log(`starting code-server on 127.0.0.1:${port}`);
    server = startCodeServer(codeServerBin, dirs, dirs.fixtures, port);
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitForHttp(`${baseUrl}/healthz`, 60000, server.isAlive);
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    page.setDefaultTimeout(30000);
    // The workbench logs a warning for a contribution it rejects (a bad setting, scope, view...).
    const complaints = [];
    page.on('console', (message) => {
      if (['warning', 'error'].includes(message.type()) && /corroborate\.corroborate/i.test(message.text())) complaints.push(message.text().slice(0, 300));
    });

    if (wanted('fixtures')) {
      await page.goto(`${baseUrl}/?folder=${encodeURIComponent(dirs.fixtures)}`);
      await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'article.md' }).waitFor({ timeout: 60000 });
      log(`workbench ready after ${((Date.now() - started) / 1000).toFixed(1)} s`);
      await grammarAndSchemaChecks(page, { fixtureDir, schemaFile: join(root, 'schemas', 'corroborate-config.schema.json'), outDir });
      await walkthroughCheck(page, outDir).catch((error) => check(false, `walkthrough: ${error?.message ?? error}`));
    }
    for (const scenario of [SEEDS, EXAMPLES]) {
      if (!wanted(scenario.name)) continue;
      const phaseStart = Date.now();
      await runWorkspace(page, baseUrl, { scenario, workspace: dirs[scenario.name], resultsDir: dirs.resultsDir, outDir });
      log(`${scenario.name}: done in ${((Date.now() - phaseStart) / 1000).toFixed(1)} s`);
    }
    check(complaints.length === 0, `the workbench logged no warning or error about the extension${complaints.length ? `: ${complaints.join(' | ')}` : ''}`);
  } catch (error) {
    check(false, `harness error: ${error?.message ?? error}`);
  } finally {
    const { failed } = summary();
    if (failed && server && existsSync(server.logFile)) {
      console.log(`--- code-server log (tail) ---\n${readFileSync(server.logFile, 'utf8').split('\n').slice(-30).join('\n')}`);
    }
    await browser?.close().catch(() => {});
    if (server) await stopCodeServer(server.child);
    if (process.env.E2E_KEEP_TMP) log(`kept ${dirs.base}`);
    else rmSync(dirs.base, { recursive: true, force: true });
  }

  const { passed, failed } = summary();
  // The plain closing line CI reads: "N passed, N failed".
  console.log(`\ne2e: ${passed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(0)} s; screenshots in ${outDir})`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
  console.error(error?.message ?? error);
  process.exitCode = 1;
});
