// The declarative parts, on test/e2e/fixtures: the TextMate grammars paint a Markdown article
// (and leave a fenced code block alone), and VS Code validates .corroborate.json with our schema.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, failures, log } from './report.mjs';
import { inspectTokenAt, openFile, readEditorTokens, showProblems, spanWith, waitForProblems } from './ui.mjs';

export const DATE_SCOPE = 'variable.other.constant.date.corroborate';
const fixtureName = 'article.md';
const configName = '.corroborate.json';

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

/** 1-based line of the first occurrence of `needle` in `text`. */
function lineOf(text, needle) {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

async function checkConfigProblems(page, fixtureDir, schemaFile, shot) {
  // What we expect comes from the fixture and the schema themselves, not from copies of them here.
  const config = readFileSync(join(fixtureDir, configName), 'utf8');
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
  const datePattern = schema.properties.files.additionalProperties.properties.published.pattern;
  const sizeDescription = schema.properties.maxFileSize.description;
  const publishedLine = lineOf(config, '"published"');
  const sizeLine = lineOf(config, '"maxFileSize"');

  await openFile(page, configName, 'maxFileSize', log);
  // The JSON language server starts and validates in its own time.
  await showProblems(page);
  const problems = await waitForProblems(page, configName, 30000);
  await page.screenshot({ path: shot });
  log(`wrote ${shot}`);
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

/** The grammar and config-schema checks, in the open fixtures workspace. */
export async function grammarAndSchemaChecks(page, { fixtureDir, schemaFile, outDir }) {
  await openFile(page, fixtureName, 'Lavrov', log);
  const failedBefore = failures.length;
  const lines = await checkColours(page);
  const checkShot = join(outDir, 'grammar-check.png');
  await page.screenshot({ path: checkShot });
  log(`wrote ${checkShot}`);
  if (failures.length > failedBefore) {
    for (const spans of lines) if (spans.length) console.log('  ' + spans.map((s) => `[${s.text}|${s.color}]`).join(''));
  }
  const { token, text } = await inspectTokenAt(page, 'Russia will meet', 'Jan. 11', [DATE_SCOPE]);
  const inspectShot = join(outDir, 'grammar-inspect.png');
  await page.screenshot({ path: inspectShot });
  log(`wrote ${inspectShot}`);
  check(token === 'Jan. 11', `Inspect Editor Tokens inspects the whole date token (got "${token}")`);
  check(text.includes(DATE_SCOPE), `Inspect Editor Tokens shows ${DATE_SCOPE} on it`);
  await page.keyboard.press('Escape');
  await checkConfigProblems(page, fixtureDir, schemaFile, join(outDir, 'config-problems.png'));
}
