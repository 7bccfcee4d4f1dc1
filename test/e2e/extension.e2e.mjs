#!/usr/bin/env node
// End-to-end check of the TextMate grammars in a real VS Code (code-server) driven by Chromium.
//
// Starts code-server on a free loopback port with a fresh user-data dir and our extension copied
// into a fresh extensions dir, opens test/e2e/fixtures/article.md, and checks through the DOM that
// Monaco paints the date, figures and quotation in prose with colours that differ from plain text,
// and leaves the same date inside a fenced code block unpainted. Then it runs "Developer: Inspect
// Editor Tokens and Scopes" on the date and checks the scope shown. Then opens
// test/e2e/fixtures/.corroborate.json, which holds two values our JSON schema rejects, and checks that
// the Problems panel lists exactly those two problems with the messages VS Code's JSON service gives
// for our schema (so `contributes.jsonValidation` reached it), and that hovering a key shows the
// schema's description. Writes three screenshots, stops code-server (its whole process group) and
// exits non-zero on any failure.
//
// Not part of `npm test`: see test/e2e/README.md for the one-off installs and the command.

import { spawn, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtureDir = join(root, 'test', 'e2e', 'fixtures');
const fixtureName = 'article.md';
const configName = '.corroborate.json';
// Where the extension's files are copied from: the repository, or (to see the checks fail) a copy
// of it with a part of package.json removed.
const extensionSource = resolve(process.env.E2E_EXTENSION_DIR ?? root);

const codeServerBin = process.env.CODE_SERVER ?? join(root, '.vscode-test', 'code-server', 'node_modules', '.bin', 'code-server');
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const outDir = process.env.E2E_OUT_DIR ?? tmpdir();
const checkShot = join(outDir, 'grammar-check.png');
const inspectShot = join(outDir, 'grammar-inspect.png');
const problemsShot = join(outDir, 'config-problems.png');

const DATE_SCOPE = 'variable.other.constant.date.corroborate';
// The files VS Code needs to load a declarative extension (what a .vsix would carry).
const extensionFiles = ['package.json', 'syntaxes', 'schemas', 'README.md', 'LICENSE'];

const failures = [];
let passed = 0;
function check(ok, message) {
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${message}`);
  if (ok) passed++;
  else failures.push(message);
}

function log(message) {
  console.log(`[e2e] ${message}`);
}

function freeLoopbackPort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function waitForHttp(url, timeoutMs, isAlive) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error('code-server exited before it answered');
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no answer from ${url} after ${timeoutMs} ms`);
}

/** Every process under `pid` (the file watcher and extension host are children, grandchildren). */
function descendants(pid) {
  let table;
  try {
    table = execFileSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' });
  } catch {
    return [];
  }
  const children = new Map();
  for (const line of table.trim().split('\n')) {
    const [child, parent] = line.trim().split(/\s+/).map(Number);
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent).push(child);
  }
  const found = [];
  const stack = [pid];
  while (stack.length) {
    for (const child of children.get(stack.pop()) ?? []) {
      found.push(child);
      stack.push(child);
    }
  }
  return found;
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM the process group we started, then SIGKILL whatever of it (or its descendants) is left. */
async function stopCodeServer(child) {
  if (!child?.pid) return;
  const tree = [child.pid, ...descendants(child.pid)];
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // group already gone
  }
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline && tree.some(isRunning)) await new Promise((r) => setTimeout(r, 100));
  for (const pid of tree.filter(isRunning)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // raced with its exit
    }
  }
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // group already gone
  }
  const left = tree.filter(isRunning);
  check(left.length === 0, `code-server and its ${tree.length - 1} descendant(s) stopped${left.length ? ` (left: ${left.join(' ')})` : ''}`);
}

/** A fresh extensions dir, user-data dir and workspace, all under one temporary directory. */
function prepareDirs() {
  const base = mkdtempSync(join(tmpdir(), 'corroborate-e2e-'));
  const extensionsDir = join(base, 'extensions');
  const userDataDir = join(base, 'user-data');
  const workspace = join(base, 'workspace');

  const manifest = JSON.parse(readFileSync(join(extensionSource, 'package.json'), 'utf8'));
  const extensionDir = join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
  mkdirSync(extensionDir, { recursive: true });
  for (const file of extensionFiles) cpSync(join(extensionSource, file), join(extensionDir, file), { recursive: true });

  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  const settings = {
    // Without these a modal trust dialog or a welcome page gets in the way of every click.
    'security.workspace.trust.enabled': false,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
  };
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));

  cpSync(fixtureDir, workspace, { recursive: true });
  return { base, extensionsDir, userDataDir, workspace, extensionDir };
}

function startCodeServer({ base, extensionsDir, userDataDir, workspace }, port) {
  const logFile = join(base, 'code-server.log');
  const logFd = openSync(logFile, 'a');
  const args = [
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--extensions-dir', extensionsDir,
    '--user-data-dir', userDataDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    workspace,
  ];
  // detached: its own process group, so stopping it also stops the watcher and extension host.
  const child = spawn(codeServerBin, args, { detached: true, stdio: ['ignore', logFd, logFd] });
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  return { child, logFile, isAlive: () => !exited };
}

/**
 * Every rendered token span of the active editor, by model line, with its computed colour.
 * A wrapped line is several view lines; the gutter numbers only its first one, so the rows
 * without a number are glued back onto the line before.
 */
async function readEditorTokens(page) {
  return page.evaluate(() => {
    const editor = document.querySelector('.part.editor .monaco-editor');
    if (!editor) return [];
    const numberAt = new Map();
    for (const row of editor.querySelectorAll('.margin-view-overlays > div')) {
      numberAt.set(parseFloat(row.style.top) || 0, row.querySelector('.line-numbers')?.textContent.trim() ?? '');
    }
    const rows = [...editor.querySelectorAll('.view-lines .view-line')]
      .map((line) => ({ top: parseFloat(line.style.top) || 0, line }))
      .sort((a, b) => a.top - b.top);
    const lines = [];
    for (const { top, line } of rows) {
      const spans = [...line.querySelectorAll('span[class*="mtk"]')].map((span) => ({
        text: span.textContent.replace(/\u00a0/g, ' '),
        className: span.className,
        color: getComputedStyle(span).color,
      }));
      if (numberAt.get(top) === '' && lines.length) lines[lines.length - 1].push(...spans);
      else lines.push(spans);
    }
    return lines;
  });
}

function spanWith(lines, lineText, tokenText) {
  const line = lines.find((spans) => spans.map((s) => s.text).join('').includes(lineText));
  return line?.find((s) => s.text.includes(tokenText));
}

/** Opens a workspace file and waits until the editor shows `shownText` from it. */
async function openFixture(page, name, shownText) {
  // Quick Open is the keyboard path a user takes; the Explorer row is the fallback.
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  try {
    await input.waitFor({ state: 'visible', timeout: 10000 });
    await input.fill(name);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 10000 });
    await page.keyboard.press('Enter');
  } catch {
    log(`Quick Open did not answer; opening ${name} from the Explorer`);
    await page.keyboard.press('Escape');
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).click();
  }
  await page.locator('.part.editor .monaco-editor .view-lines', { hasText: shownText }).waitFor({ timeout: 30000 });
}

async function checkColours(page) {
  // Grammars load asynchronously: the first render may be all plain text. Wait for the date.
  let lines = [];
  const deadline = Date.now() + 30000;
  while (Date.now() < deadline) {
    lines = await readEditorTokens(page);
    const date = spanWith(lines, 'Russia will meet', 'Jan. 11');
    const plain = spanWith(lines, 'Russia will meet', 'Russia');
    if (date && plain && date.color !== plain.color) break;
    await page.waitForTimeout(250);
  }

  const plain = spanWith(lines, 'Russia will meet', 'Russia');
  const prose = {
    'date "Jan. 11"': spanWith(lines, 'Russia will meet', 'Jan. 11'),
    'figure "122,000"': spanWith(lines, 'Russia will meet', '122,000'),
    'figure "$300 million"': spanWith(lines, 'Russia will meet', '$300'),
    'quotation "major round of talks"': spanWith(lines, 'Russia will meet', 'major round'),
    'date "January 12, 2022"': spanWith(lines, 'NATO ministers', 'January 12'),
  };
  check(Boolean(plain), `plain prose span found (${plain?.color})`);
  for (const [what, span] of Object.entries(prose)) {
    check(Boolean(span) && span.color !== plain?.color, `${what} painted: ${span?.color} vs plain ${plain?.color} (span "${span?.text}")`);
  }
  // The date span holds the date only: the grammar, not a whole-line colour, painted it.
  check(prose['date "Jan. 11"']?.text.trim() === 'Jan. 11', `date span is exactly "Jan. 11" (got "${prose['date "Jan. 11"']?.text}")`);

  const codeDate = spanWith(lines, 'Log entry', 'Jan. 11');
  const codeStart = spanWith(lines, 'Log entry', 'Log');
  check(Boolean(codeDate) && codeDate.color === codeStart?.color, `date in the fenced code block has the code's colour: ${codeDate?.color} vs ${codeStart?.color} (span "${codeDate?.text}")`);
  check(Boolean(codeDate) && codeDate.color !== prose['date "Jan. 11"']?.color, 'date in the fenced code block is not painted as a date');
  return lines;
}

async function inspectDateScope(page) {
  // Put the cursor inside the prose date, then run the command from the palette (F1).
  const dateSpan = page
    .locator('.part.editor .monaco-editor .view-line', { hasText: 'Russia will meet' })
    .locator('span[class*="mtk"]', { hasText: 'Jan. 11' })
    .first();
  await dateSpan.click();
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10000 });
  await input.fill('>Developer: Inspect Editor Tokens and Scopes');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Inspect Editor Tokens and Scopes' }).first().waitFor({ timeout: 10000 });
  await page.keyboard.press('Enter');
  const widget = page.locator('.token-inspect-widget');
  await widget.waitFor({ state: 'visible', timeout: 15000 });
  // The widget fills in the TextMate scopes once the token information arrives.
  await page.waitForFunction((scope) => document.querySelector('.token-inspect-widget')?.textContent.includes(scope), DATE_SCOPE, { timeout: 15000 }).catch(() => {});
  const text = (await widget.textContent()) ?? '';
  // The heading holds the token (spaces shown as middle dots) and then its length ("7 chars").
  const token = await widget.evaluate((el) => {
    const heading = el.querySelector('.tiw-token');
    if (!heading) return null;
    const length = heading.querySelector('.tiw-token-length')?.textContent ?? '';
    return heading.textContent.slice(0, heading.textContent.length - length.length).replace(/\u00b7/g, ' ').trim();
  });
  await page.screenshot({ path: inspectShot });
  log(`wrote ${inspectShot}`);
  check(token === 'Jan. 11', `Inspect Editor Tokens inspects the whole date token (got "${token}")`);
  check(text.includes(DATE_SCOPE), `Inspect Editor Tokens shows ${DATE_SCOPE} on it`);
}

/** 1-based line of the first occurrence of `needle` in `text`. */
function lineOf(text, needle) {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

/**
 * The problems the Problems panel lists, by file: its tree has a row per file (with a count badge)
 * followed by a row per problem (message and "[Ln 4, Col 34]").
 */
async function readProblems(page) {
  return page.evaluate(() => {
    const files = [];
    for (const row of document.querySelectorAll('.markers-panel .monaco-list-row')) {
      const message = row.querySelector('.marker-message');
      if (!message) {
        const name = row.querySelector('.label-name')?.textContent ?? '';
        files.push({ name, badge: row.querySelector('.monaco-count-badge')?.textContent ?? '', problems: [] });
        continue;
      }
      const at = /Ln (\d+), Col (\d+)/.exec(row.querySelector('.marker-line')?.textContent ?? '');
      files.at(-1)?.problems.push({
        message: message.textContent ?? '',
        severity: row.querySelector('.marker-icon')?.className.replace('marker-icon', '').trim() ?? '',
        line: at ? Number(at[1]) : null,
      });
    }
    return files;
  });
}

/** Polls the Problems panel until it lists the config file's problems and the list stops changing. */
async function waitForProblems(page, name, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let previous = null;
  let current = [];
  while (Date.now() < deadline) {
    current = (await readProblems(page)).find((file) => file.name === name)?.problems ?? [];
    const key = JSON.stringify(current);
    // The JSON server publishes a document's diagnostics in one go; two equal reads make sure.
    if (current.length && key === previous) return current;
    previous = key;
    await page.waitForTimeout(500);
  }
  return current;
}

async function checkConfigProblems(page) {
  // What we expect comes from the fixture and the schema themselves, not from copies of them here.
  const config = readFileSync(join(fixtureDir, configName), 'utf8');
  const schema = JSON.parse(readFileSync(join(extensionSource, 'schemas', 'corroborate-config.schema.json'), 'utf8'));
  const datePattern = schema.properties.files.additionalProperties.properties.published.pattern;
  const sizeDescription = schema.properties.maxFileSize.description;
  const publishedLine = lineOf(config, '"published"');
  const sizeLine = lineOf(config, '"maxFileSize"');

  await openFixture(page, configName, 'maxFileSize');
  // Problems panel (Ctrl+Shift+M); the JSON language server starts and validates in its own time.
  await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: 15000 });
  const problems = await waitForProblems(page, configName, 30000);
  await page.screenshot({ path: problemsShot });
  log(`wrote ${problemsShot}`);
  const listed = problems.map((p) => `Ln ${p.line} ${p.severity}: ${p.message}`).join(' | ');

  const datePatternProblem = problems.find((p) => p.message.includes(`String does not match the pattern of "${datePattern}"`));
  check(datePatternProblem?.line === publishedLine, `${configName}: "published" is checked against the schema's date pattern on line ${publishedLine} (got ${datePatternProblem ? `line ${datePatternProblem.line}` : 'no such problem'})`);
  const sizeTypeProblem = problems.find((p) => p.message.includes('Incorrect type. Expected "number"'));
  check(sizeTypeProblem?.line === sizeLine, `${configName}: "maxFileSize" must be a number, reported on line ${sizeLine} (got ${sizeTypeProblem ? `line ${sizeTypeProblem.line}` : 'no such problem'})`);
  // Exactly those two: the valid fields (include, the file key, outlet) raise nothing.
  check(problems.length === 2 && problems.every((p) => p.line === publishedLine || p.line === sizeLine), `${configName}: exactly 2 problems, none on a valid field (got ${problems.length}: ${listed || 'none'})`);

  // Hovering a key shows the schema's description of it.
  const key = page
    .locator('.part.editor .monaco-editor .view-line', { hasText: 'maxFileSize' })
    .locator('span[class*="mtk"]', { hasText: 'maxFileSize' })
    .first();
  await key.hover();
  const hover = await page
    .waitForFunction((text) => [...document.querySelectorAll('.monaco-hover')].some((el) => el.textContent.includes(text)), sizeDescription, { timeout: 10000 })
    .then(() => true, () => false);
  check(hover, `hovering "maxFileSize" shows the schema's description ("${sizeDescription}")`);
}

async function main() {
  for (const [what, path] of [['code-server', codeServerBin], ['Chromium', chromiumPath]]) {
    if (!existsSync(path)) throw new Error(`${what} not found at ${path}; see test/e2e/README.md`);
  }
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new Error('playwright-core is not installed; run `npm install --no-save playwright-core` (see test/e2e/README.md)');
  }
  mkdirSync(outDir, { recursive: true });

  const dirs = prepareDirs();
  const port = await freeLoopbackPort();
  log(`extension copied to ${dirs.extensionDir}`);
  log(`starting code-server on 127.0.0.1:${port}`);
  const started = Date.now();
  const server = startCodeServer(dirs, port);
  // code-server runs in its own process group, so Ctrl+C would not reach it: stop it ourselves.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      try {
        process.kill(-server.child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      if (!process.env.E2E_KEEP_TMP) rmSync(dirs.base, { recursive: true, force: true });
      process.exit(130);
    });
  }
  let browser;
  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60000, server.isAlive);
    log(`code-server answered after ${((Date.now() - started) / 1000).toFixed(1)} s`);

    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 800 } });
    page.setDefaultTimeout(30000);
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(dirs.workspace)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    // The Explorer lists the workspace once the workbench has restored.
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: fixtureName }).waitFor({ timeout: 60000 });
    log(`workbench ready after ${((Date.now() - started) / 1000).toFixed(1)} s`);

    await openFixture(page, fixtureName, 'Lavrov');
    const lines = await checkColours(page);
    await page.screenshot({ path: checkShot });
    log(`wrote ${checkShot}`);
    if (failures.length) {
      for (const spans of lines) console.log('  ' + spans.map((s) => `[${s.text}|${s.color}]`).join(''));
    }
    await inspectDateScope(page);
    await page.keyboard.press('Escape');
    await checkConfigProblems(page);
  } catch (error) {
    check(false, `harness error: ${error?.message ?? error}`);
    const logText = existsSync(server.logFile) ? readFileSync(server.logFile, 'utf8') : '';
    console.log(`--- code-server log (tail) ---\n${logText.split('\n').slice(-30).join('\n')}`);
  } finally {
    await browser?.close().catch(() => {});
    await stopCodeServer(server.child);
    if (!process.env.E2E_KEEP_TMP) rmSync(dirs.base, { recursive: true, force: true });
  }

  // The plain closing line CI reads: "N passed, N failed".
  console.log(`\ne2e: ${passed} passed, ${failures.length} failed`);
  process.exitCode = failures.length ? 1 : 0;
}

main().catch((error) => {
  console.error(error?.message ?? error);
  process.exitCode = 1;
});
