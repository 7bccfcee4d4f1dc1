// One workspace through the in-editor suite: open it, let the driver run phase 1 (screenshots and
// UI checks at its checkpoint), reload the window, let it run phase 2, report every test.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATE_SCOPE } from './grammarChecks.mjs';
import { check, log } from './report.mjs';
import { inspectTokenAt, readEditorTokens, runCommand, showProblems, spanWith, waitForProblems } from './ui.mjs';

const PHASE_TIMEOUT_MS = 300000;

async function waitForWorkbench(page, name) {
  await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 60000 });
}

/** Waits for the phase's results file, handling checkpoints on the way. */
async function waitForPhase(resultsDir, name, phase, onCheckpoint) {
  const results = join(resultsDir, `${name}-phase${phase}.json`);
  const deadline = Date.now() + PHASE_TIMEOUT_MS;
  const handled = new Set();
  while (Date.now() < deadline) {
    if (existsSync(results)) {
      if (phase === 1) check(handled.has('highlights'), `${name}: the suite reached its "highlights" checkpoint (screenshots)`);
      return JSON.parse(readFileSync(results, 'utf8'));
    }
    for (const label of ['highlights']) {
      const marker = join(resultsDir, `${name}-phase${phase}-${label}`);
      if (!handled.has(label) && existsSync(`${marker}.ready`)) {
        handled.add(label);
        try {
          await onCheckpoint(label);
        } catch (error) {
          check(false, `${name}: checkpoint "${label}": ${error?.message ?? error}`);
        }
        writeFileSync(`${marker}.done`, '');
      }
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return null;
}

function reportPhase(name, phase, results) {
  if (!check(Boolean(results), `${name} phase ${phase}: the suite reported within ${PHASE_TIMEOUT_MS / 1000} s`)) return;
  for (const test of results.tests) check(test.state === 'passed', `${name} phase ${phase}: ${test.title}${test.error ? ` -- ${test.error.split('\n')[0]}` : ''} (${test.durationMs} ms)`);
  if (results.failed) {
    console.log(`  Corroborate diagnostics at the end of ${name} phase ${phase}:`);
    for (const d of results.diagnostics) console.log(`    ${d.file}:${d.line + 1}:${d.character + 1} ${d.code} (${d.related} related) ${d.message.split('\n')[0]}`);
  }
}

/** What the person sees with the odd file open: painted words, the token inspector, the Problems panel. */
async function highlightsCheckpoint(page, scenario, workspace, outDir) {
  const name = scenario.name;
  const lineText = scenario.odd.after;
  const source = readFileSync(join(workspace, scenario.oddFile), 'utf8');
  const at = source.indexOf(scenario.odd.text, source.indexOf(scenario.odd.after));
  const line = source.slice(0, at).split(/\r\n|\r|\n/).length;
  // A word of plain prose on the same line: the line's first word.
  const plainWord = source.split(/\r\n|\r|\n/)[line - 1].trim().split(/\s+/)[0];
  // The words are painted unlike plain text (grammar first, then the semantic tokens).
  let lines = [];
  const deadline = Date.now() + 20000;
  while (Date.now() < deadline) {
    lines = await readEditorTokens(page);
    const word = spanWith(lines, lineText, scenario.odd.text);
    const plain = spanWith(lines, lineText, plainWord);
    if (word && plain && word.color !== plain.color) break;
    await page.waitForTimeout(250);
  }
  const word = spanWith(lines, lineText, scenario.odd.text);
  const plain = spanWith(lines, lineText, plainWord);
  check(Boolean(word) && word.color !== plain?.color, `${name}: "${scenario.odd.text}" is painted in the editor (${word?.color} vs plain ${plain?.color})`);

  if (scenario.boilerplate) {
    // Site chrome: the semantic token `boilerplate`, grey italic by the extension's default rule.
    const chrome = spanWith(lines, scenario.boilerplate, scenario.boilerplate.split(' ')[0]);
    check(chrome?.color === 'rgb(140, 140, 140)' && chrome?.fontStyle === 'italic', `${name}: site chrome "${scenario.boilerplate}" is dimmed (got ${chrome?.color} ${chrome?.fontStyle})`);
  }

  const editorShot = join(outDir, `${name}-editor.png`);
  await page.screenshot({ path: editorShot });
  log(`wrote ${editorShot}`);

  // The token inspector shows both the grammar's scope and the server's semantic token type.
  // The suite left the cursor inside the odd words (a wrapped line cannot be clicked by its text).
  const { text } = await inspectTokenAt(page, null, scenario.odd.text, [DATE_SCOPE, 'semantic token type']);
  await page.screenshot({ path: join(outDir, `${name}-inspect.png`) });
  check(text.includes(DATE_SCOPE), `${name}: the article grammar gives "${scenario.odd.text}" the scope ${DATE_SCOPE}`);
  check(/semantic token type\s*date/.test(text), `${name}: the language server's semantic token on "${scenario.odd.text}" is "date"`);
  await page.keyboard.press('Escape');

  // The Problems panel lists the finding on the line of one of the odd words' occurrences.
  const oddLines = source.split(/\r\n|\r|\n/).flatMap((text, i) => (text.includes(scenario.odd.text) ? [i + 1] : []));
  await languageStatus(page, scenario, outDir).catch((error) => check(false, `${name}: language status: ${error?.message ?? error}`));
  await showProblems(page);
  const problems = await waitForProblems(page, scenario.oddFile, 20000);
  const problemsShot = join(outDir, `${name}-problems.png`);
  await page.screenshot({ path: problemsShot });
  log(`wrote ${problemsShot}`);
  check(
    problems.some((p) => oddLines.includes(p.line)),
    `${name}: the Problems panel lists a problem in ${scenario.oddFile} on line ${oddLines.join(' or ')} (got ${problems.map((p) => `Ln ${p.line}: ${p.message}`).join(' | ') || 'none'})`,
  );
}

/** The language status item ({} in the status bar): publication date and fact counts. */
async function languageStatus(page, scenario, outDir) {
  await page.locator('[id="status.languageStatus"]').click({ timeout: 10000 });
  const shown = await page
    .waitForFunction((date) => [...document.querySelectorAll('.monaco-hover')].some((el) => el.textContent.includes(`Published ${date}`)), scenario.published, { timeout: 10000 })
    .then(() => true, () => false);
  const text = await page.evaluate(() => [...document.querySelectorAll('.monaco-hover')].map((el) => el.textContent).join(' | '));
  const shot = join(outDir, `${scenario.name}-status.png`);
  await page.screenshot({ path: shot });
  log(`wrote ${shot}`);
  check(shown && /\d+ dates?, \d+ figures?, \d+ quotes?/.test(text), `${scenario.name}: the language status shows "Published ${scenario.published}" and the fact counts (got "${text.slice(0, 200)}")`);
  await page.keyboard.press('Escape');
}

/** The Claims view in the activity bar, as a person opens it. */
async function claimsViewShot(page, name, outDir) {
  await runCommand(page, 'Corroborate: Show Claims View');
  const pane = page.locator('.part.sidebar .pane', { has: page.locator('.pane-header', { hasText: 'Claims' }) });
  // The tree asks the server when it is shown: wait for the Disputed group (or any first row).
  await pane.locator('.monaco-list-row', { hasText: 'Disputed' }).first().waitFor({ timeout: 15000 }).catch(() => {});
  const first = (await pane.locator('.monaco-list-row').first().textContent({ timeout: 5000 }).catch(() => '')) ?? '';
  // Open the first disputed claim, so the screenshot shows its facts per source.
  await pane.locator('.monaco-list-row').nth(1).click({ timeout: 5000 }).catch(() => {});
  await page.waitForTimeout(500);
  const shot = join(outDir, `${name}-claims.png`);
  await page.screenshot({ path: shot });
  log(`wrote ${shot}`);
  check(first.startsWith('Disputed'), `${name}: the Claims view's first row is the Disputed group (got "${first}")`);

  // Clicking a fact reveals it in its file (with every editor closed first, so it must open one).
  await runCommand(page, 'View: Close All Editors');
  await page.locator('.part.editor .monaco-editor').first().waitFor({ state: 'detached', timeout: 10000 }).catch(() => {});
  // Rows by tree level: 1 status, 2 claim, 3 source, 4 fact (its label is the words in quotes).
  const fact = pane.locator('.monaco-list-row[aria-level="4"]').first();
  const label = (await fact.textContent().catch(() => '')) ?? '';
  const factText = (/“(.*?)”/.exec(label)?.[1] ?? '').split(/\s+/).slice(0, 3).join(' ');
  await fact.click({ timeout: 5000 }).catch(() => {});
  const revealed = await page
    .waitForFunction((words) => (document.querySelector('.part.editor .monaco-editor .view-lines')?.textContent ?? '').replace(/\u00a0/g, ' ').includes(words), factText, { timeout: 10000 })
    .then(() => true, () => false);
  check(Boolean(factText) && revealed, `${name}: clicking the fact "${factText}" in the Claims view shows it in the editor`);

  // The filter shows disputed claims only, and back.
  await page.locator('.part.sidebar a[aria-label="Show Disputed Claims Only"]:visible').first().click({ timeout: 5000 });
  const filtered = await pane
    .locator('.monaco-list-row', { hasText: 'Corroborated' })
    .waitFor({ state: 'detached', timeout: 10000 })
    .then(() => true, () => false);
  const stillDisputed = (await pane.locator('.monaco-list-row').first().textContent().catch(() => '')) ?? '';
  check(filtered && stillDisputed.startsWith('Disputed'), `${name}: "Show Disputed Claims Only" leaves only the Disputed group`);
  await page.locator('.part.sidebar a[aria-label="Show All Claims"]:visible').first().click({ timeout: 5000 });
  const all = await pane.locator('.monaco-list-row', { hasText: 'Corroborated' }).waitFor({ timeout: 10000 }).then(() => true, () => false);
  check(all, `${name}: "Show All Claims" brings the other groups back`);
}

export async function runWorkspace(page, baseUrl, { scenario, workspace, resultsDir, outDir }) {
  const name = scenario.name;
  log(`${name}: opening ${workspace}`);
  await page.goto(`${baseUrl}/?folder=${encodeURIComponent(workspace)}`);
  await waitForWorkbench(page, scenario.oddFile);
  const first = await waitForPhase(resultsDir, name, 1, () => highlightsCheckpoint(page, scenario, workspace, outDir));
  reportPhase(name, 1, first);

  log(`${name}: reloading the window`);
  await page.reload();
  await waitForWorkbench(page, scenario.oddFile);
  const second = await waitForPhase(resultsDir, name, 2, async () => {});
  reportPhase(name, 2, second);
  await claimsViewShot(page, name, outDir).catch((error) => check(false, `${name}: Claims view: ${error?.message ?? error}`));
}
