// Reading VS Code's UI through the DOM: Monaco's token spans, the Problems panel, Quick Open,
// the token inspector.

/**
 * Every rendered token span of the active editor, by model line, with its computed colour.
 * A wrapped line is several view lines; the gutter numbers only its first one, so the rows
 * without a number are glued back onto the line before.
 */
export async function readEditorTokens(page) {
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
        fontStyle: getComputedStyle(span).fontStyle,
      }));
      if (numberAt.get(top) === '' && lines.length) lines[lines.length - 1].push(...spans);
      else lines.push(spans);
    }
    return lines;
  });
}

export function spanWith(lines, lineText, tokenText) {
  const line = lines.find((spans) => spans.map((s) => s.text).join('').includes(lineText));
  return line?.find((s) => s.text.includes(tokenText));
}

/** Opens a workspace file and waits until the editor shows `shownText` from it. */
export async function openFile(page, name, shownText, log) {
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

/** Runs a command from the palette (F1) by its title. */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10000 });
  await page.keyboard.press('Enter');
}

/**
 * Clicks into the words `tokenText` on the line holding `lineText` (or keeps the cursor where it
 * is when `lineText` is null), runs "Developer: Inspect
 * Editor Tokens and Scopes", and returns the widget's token and text once `expected` shows.
 */
export async function inspectTokenAt(page, lineText, tokenText, expected) {
  // Without a line to click, the token at the editor's cursor is inspected.
  if (lineText !== null) {
    const span = page
      .locator('.part.editor .monaco-editor .view-line', { hasText: lineText })
      .locator('span[class*="mtk"]', { hasText: tokenText })
      .first();
    await span.click();
  }
  await runCommand(page, 'Developer: Inspect Editor Tokens and Scopes');
  const widget = page.locator('.token-inspect-widget');
  await widget.waitFor({ state: 'visible', timeout: 15000 });
  // The widget fills in the scopes (and the semantic token) once the token information arrives.
  await page
    .waitForFunction((want) => want.every((w) => document.querySelector('.token-inspect-widget')?.textContent.includes(w)), expected, { timeout: 15000 })
    .catch(() => {});
  const text = (await widget.textContent()) ?? '';
  // The heading holds the token (spaces shown as middle dots) and then its length ("7 chars").
  const token = await widget.evaluate((el) => {
    const heading = el.querySelector('.tiw-token');
    if (!heading) return null;
    const length = heading.querySelector('.tiw-token-length')?.textContent ?? '';
    return heading.textContent.slice(0, heading.textContent.length - length.length).replace(/\u00b7/g, ' ').trim();
  });
  return { token, text };
}

/**
 * The problems the Problems panel lists, by file: its tree has a row per file (with a count badge)
 * followed by a row per problem (message and "[Ln 4, Col 34]").
 */
export async function readProblems(page) {
  return page.evaluate(() => {
    const files = [];
    for (const row of document.querySelectorAll('.markers-panel .monaco-list-row')) {
      // The tree's levels: 1 a file, 2 a problem, 3 a problem's related location.
      const level = Number(row.getAttribute('aria-level') ?? '0');
      if (level > 2) continue;
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
        column: at ? Number(at[2]) : null,
      });
    }
    return files;
  });
}

/** Polls the Problems panel until `name` has problems and the list stops changing. */
export async function waitForProblems(page, name, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let previous = null;
  let current = [];
  while (Date.now() < deadline) {
    current = (await readProblems(page)).find((file) => file.name === name)?.problems ?? [];
    const key = JSON.stringify(current);
    // A language server publishes a document's diagnostics in one go; two equal reads make sure.
    if (current.length && key === previous) return current;
    previous = key;
    await page.waitForTimeout(500);
  }
  return current;
}

/** Opens the Problems panel (Ctrl+Shift+M) and waits for it. */
export async function showProblems(page) {
  if (!(await page.locator('.markers-panel').isVisible().catch(() => false))) await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: 15000 });
}
