import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import type { FigureValue, QuoteValue, DateValue } from '../../src/core/types.js';
import { SEEDS_DIR } from '../seeds.js';
import { parseReport, projectRoot, runCli, textAtRange } from './runCli.js';

const seedsArg = relative(projectRoot, SEEDS_DIR).split('\\').join('/');

function tempFolder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-cli-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('corroborate check on the bundled examples', () => {
  const run = runCli(['check', '--format', 'json', 'examples/']);

  it('exits 1 (the sources disagree) with a report that follows the version-1 contract', () => {
    assert.equal(run.status, 1, run.stderr);
    const report = parseReport(run.stdout);
    assert.ok(report.documents.length >= 4, 'every example article is a document');
    assert.ok(report.facts.some((f) => f.kind === 'date'));
    assert.ok(report.facts.some((f) => f.kind === 'figure'));
    assert.ok(report.facts.some((f) => f.kind === 'quote'));
  });

  it('gives ranges whose text is the fact text', () => {
    const report = parseReport(run.stdout);
    for (const fact of report.facts) {
      const text = readFileSync(join(projectRoot, fact.path), 'utf8');
      assert.equal(textAtRange(text, fact.range), fact.text, `${fact.id} in ${fact.path}`);
    }
  });

  it('reads per-file publication dates from examples/.corroborate.json', () => {
    const report = parseReport(run.stdout);
    const config = JSON.parse(readFileSync(join(projectRoot, 'examples', '.corroborate.json'), 'utf8')) as {
      files: Record<string, { published?: string }>;
    };
    const entries = Object.entries(config.files).filter(([, meta]) => meta.published);
    assert.ok(entries.length > 0, 'the example config names at least one publication date');
    for (const [file, meta] of entries) {
      const doc = report.documents.find((d) => d.path === `examples/${file}`);
      assert.ok(doc, `examples/${file} is in the report`);
      assert.equal(doc.published, meta.published);
      assert.equal(doc.publishedFrom, 'config');
    }
  });
});

describe('the example story: what the engine finds in it (see examples/README.md)', () => {
  const report = parseReport(runCli(['check', '--format', 'json', 'examples/']).stdout);
  const body = (file: string) => report.facts.filter((f) => f.path === `examples/${file}` && !f.boilerplate);
  const timexes = (file: string) => body(file).filter((f) => f.kind === 'date').map((f) => (f.value as DateValue).timex);

  it('resolves the vote date each outlet gives, whatever its form', () => {
    assert.ok(timexes('coastal-wire.txt').includes('2026-03-04'), 'the odd one out: March 4');
    assert.ok(timexes('harbor-times-raw.txt').includes('2026-03-03'));
    assert.ok(timexes('vessmark-ledger.txt').includes('2026-03-03'));
    const tuesday = body('northgate-post.txt').find((f) => f.kind === 'date' && f.text === 'Tuesday');
    assert.equal((tuesday?.value as DateValue | undefined)?.timex, '2026-03-03', '"will vote on Tuesday" looks ahead');
  });

  it('reads the strike size exactly, vaguely and as a bound', () => {
    const figure = (file: string, pred: (v: FigureValue) => boolean) => body(file).find((f) => f.kind === 'figure' && pred(f.value as FigureValue));
    assert.ok(figure('harbor-times-raw.txt', (v) => v.value === 4200 && v.unit === 'workers'));
    assert.ok(figure('coastal-wire.txt', (v) => v.approximate && v.min === 2000 && v.unit === 'workers'));
    assert.ok(figure('vessmark-ledger.txt', (v) => v.min === 4000 && v.max === null && v.unit === 'dockworkers'));
  });

  it('resolves a role speaker to the spokeswoman the article named', () => {
    const quote = body('harbor-times-raw.txt').find((f) => f.kind === 'quote' && (f.value as QuoteValue).text.startsWith('The offer is fair'));
    assert.equal((quote?.value as QuoteValue | undefined)?.speaker, 'Petra Alsing');
  });

  it('keeps the Most Read list of the raw page out of the claims', () => {
    const raw = readFileSync(join(projectRoot, 'examples', 'harbor-times-raw.txt'), 'utf8');
    const mostRead = raw.split('\n').findIndex((line) => line === 'Most Read');
    const listed = report.facts.filter((f) => f.path === 'examples/harbor-times-raw.txt' && f.range.start.line > mostRead);
    assert.ok(listed.length > 0);
    assert.ok(listed.every((f) => f.boilerplate));
  });

  it('counts the raw page and its clean copy as one source', () => {
    const group = (file: string) => report.documents.find((d) => d.path === `examples/${file}`)?.group;
    assert.equal(group('harbor-times-raw.txt'), group('harbor-times.txt'));
    assert.equal(new Set(report.documents.map((d) => d.group)).size, report.documents.length - 1);
  });
});

describe('corroborate check on the seed articles', () => {
  const run = runCli(['check', '--format', 'json', seedsArg]);
  const report = parseReport(run.stdout);
  const facts = (file: string) => report.facts.filter((f) => f.path.endsWith(file) && !f.boilerplate);

  it('reports all five files', () => {
    assert.equal(run.status, 1, run.stderr);
    assert.equal(report.documents.length, 5);
  });

  it('resolves "Jan. 11" in the first seed to 2022-01-11', () => {
    const fact = facts('000_934a40c725afa8ca.txt').find((f) => f.kind === 'date' && f.text === 'Jan. 11');
    assert.ok(fact, 'a date fact "Jan. 11"');
    assert.equal((fact.value as DateValue).timex, '2022-01-11');
  });

  it('resolves "last June" in 004 to 2021-06', () => {
    const fact = facts('004_a2a43a3c11ca7b81.txt').find((f) => f.kind === 'date' && /last June/.test(f.text));
    assert.ok(fact, 'a date fact "last June"');
    assert.equal((fact.value as DateValue).timex, '2021-06');
  });

  it('finds 122,000 troops as a figure', () => {
    const fact = facts('000_934a40c725afa8ca.txt').find((f) => f.kind === 'figure' && (f.value as FigureValue).value === 122000);
    assert.ok(fact, 'a figure 122000');
    assert.equal((fact.value as FigureValue).unit, 'troops');
  });

  it('attributes the "looks forward" quote to the National Security Council spokesperson', () => {
    const fact = facts('004_a2a43a3c11ca7b81.txt').find(
      (f) => f.kind === 'quote' && (f.value as QuoteValue).text.includes('The United States looks forward to engaging with Russia'),
    );
    assert.ok(fact, 'the quote is found');
    const speaker = (fact.value as QuoteValue).speaker ?? '';
    assert.match(speaker, /National Security Council/);
    assert.match(speaker, /spokes(person|man|woman)/);
  });

  it('counts the raw page and its clean copy as one source', () => {
    const group = (file: string) => report.documents.find((d) => d.path.endsWith(file))!.group;
    assert.equal(group('000_934a40c725afa8ca.txt'), group('001_4ef80c27e6f4f89b.txt'));
    assert.equal(new Set(report.documents.map((d) => d.group)).size, 4);
  });

  it('marks the news-feed item at the end of the raw page as boilerplate', () => {
    const april = report.facts.find((f) => f.path.endsWith('000_934a40c725afa8ca.txt') && f.kind === 'date' && f.text.includes('April 19'));
    assert.ok(april, 'the date is still extracted, to be highlighted');
    assert.equal(april.boilerplate, true);
  });

  it('reads the publication date from the byline', () => {
    const doc = report.documents.find((d) => d.path.endsWith('000_934a40c725afa8ca.txt'))!;
    assert.equal(doc.published, '2021-12-27');
    assert.equal(doc.publishedFrom, 'text');
  });
});

describe('output formats', () => {
  it('text: one greppable line per fact, claims with their sources side by side, a summary, no colour when piped', () => {
    const run = runCli(['check', 'examples/']);
    assert.equal(run.status, 1, run.stderr);
    const [factPart, ...claimParts] = run.stdout.trimEnd().split('\n\n');
    for (const line of factPart!.split('\n')) assert.match(line, /^examples\/[^:]+:\d+:\d+ (date|figure|quote) /);
    const summary = claimParts.pop()!;
    assert.match(summary, /^\d+ files \(\d+ sources?\): \d+ dates, \d+ figures, \d+ quotes.*; [1-9]\d* findings/);
    // Disputed claims come first; each lists its sources and then its findings.
    assert.match(claimParts[0]!, /^c\d+ disputed /);
    const vote = claimParts.find((part) => part.includes('"March 4"'));
    assert.ok(vote, 'the vote-date claim is listed');
    assert.match(vote!, /✗ coastal-wire +"March 4"/);
    assert.match(vote!, /✓ vessmark-ledger +"(Mar\. 3|the 3rd of March)"/);
    assert.match(vote!, /^examples\/coastal-wire\.txt:\d+:\d+ warning date-mismatch March 4 here; /m);
    assert.doesNotMatch(run.stdout, /\x1b\[/);
  });

  it('sarif: a SARIF 2.1.0 log with one run', () => {
    const run = runCli(['check', '--format', 'sarif', 'examples/']);
    const sarif = JSON.parse(run.stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs.length, 1);
    assert.equal(sarif.runs[0].tool.driver.name, 'corroborate');
    assert.ok(Array.isArray(sarif.runs[0].results));
    assert.ok(sarif.runs[0].artifacts.some((a: { location: { uri: string } }) => a.location.uri.startsWith('examples/')));
  });
});

describe('inputs, options and bad input', () => {
  it('--published overrides the text and resolves relative dates against it', () => {
    const dir = tempFolder({ 'a.txt': 'date: 2020-05-05\n\nThe minister resigned on Monday, officials said.\n' });
    const run = runCli(['check', '--format', 'json', '--published', '2021-12-28', join(dir, 'a.txt')]);
    const report = parseReport(run.stdout);
    assert.equal(report.documents[0]!.published, '2021-12-28');
    assert.equal(report.documents[0]!.publishedFrom, 'option');
    const monday = report.facts.find((f) => f.kind === 'date' && f.text.includes('Monday'));
    assert.equal((monday?.value as DateValue | undefined)?.timex, '2021-12-27');
  });

  it('expands globs relative to the working directory', () => {
    const run = runCli(['check', '--format', 'json', `${seedsArg}/00[0-1]_*.txt`]);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(parseReport(run.stdout).documents.length, 2);
  });

  it('lets the nearest config choose a subfolder\'s files, and skips node_modules by default', () => {
    const dir = tempFolder({ 'top.txt': 'Some 40 ships docked.' });
    mkdirSync(join(dir, 'node_modules', 'pkg'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', 'pkg', 'readme.txt'), 'Not an article: 3 files.');
    mkdirSync(join(dir, 'wire'));
    writeFileSync(join(dir, 'wire', '.corroborate.json'), JSON.stringify({ include: ['*.md'], files: { 'a.md': { published: '2021-12-28' } } }));
    writeFileSync(join(dir, 'wire', 'a.md'), 'Talks were held on Monday.');
    writeFileSync(join(dir, 'wire', 'b.txt'), 'Left out by the folder config.');
    const run = runCli(['check', '--format', 'json', dir]);
    assert.equal(run.status, 0, run.stderr);
    const report = parseReport(run.stdout);
    const names = report.documents.map((d) => d.path.slice(d.path.lastIndexOf(basename(dir)) + basename(dir).length + 1));
    assert.deepEqual(names, ['top.txt', 'wire/a.md']);
    assert.equal(report.documents[1]!.published, '2021-12-28');
  });

  it('reports a binary file and a missing file by name, checks the rest, exits 2', () => {
    const dir = tempFolder({ 'good.txt': 'Officials said 300 people attended on March 3, 2024.\n', 'image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]) });
    const run = runCli(['check', '--format', 'json', dir, join(dir, 'missing.txt')]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /image\.txt: skipped: binary file/);
    assert.match(run.stderr, /missing\.txt: no such file or folder/);
    const report = parseReport(run.stdout);
    assert.deepEqual(report.documents.map((d) => d.path.split('/').pop()), ['good.txt']);
  });

  it('skips a file over the size limit with a message naming it', () => {
    const dir = tempFolder({ '.corroborate.json': '{"maxFileSize": 100}', 'big.txt': 'word '.repeat(100), 'small.txt': 'Two dogs.' });
    const run = runCli(['check', '--format', 'json', dir]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /big\.txt: skipped: 500 bytes is over the 100 bytes limit/);
    assert.equal(parseReport(run.stdout).documents.length, 1);
  });

  it('reads invalid UTF-8 as Windows-1252 and says so, losing no text', () => {
    const bytes = Buffer.concat([Buffer.from('He said '), Buffer.from([0x93]), Buffer.from('we will return'), Buffer.from([0x94]), Buffer.from(' on 5 May 2021.\n')]);
    const dir = tempFolder({ 'old.txt': bytes });
    const run = runCli(['check', '--format', 'json', join(dir, 'old.txt')]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /old\.txt: not valid UTF-8; read as Windows-1252/);
    const quote = parseReport(run.stdout).facts.find((f) => f.kind === 'quote');
    assert.equal(quote?.text, '\u201cwe will return\u201d');
  });

  it('reads UTF-16 files with a byte-order mark', () => {
    const text = 'Talks are set for 10 January 2022.\n';
    const dir = tempFolder({ 'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) });
    const run = runCli(['check', '--format', 'json', join(dir, 'utf16.txt')]);
    assert.equal(run.status, 0, run.stderr);
    const date = parseReport(run.stdout).facts.find((f) => f.kind === 'date');
    assert.equal((date?.value as DateValue | undefined)?.timex, '2022-01-10');
  });

  it('warns about a malformed config and carries on with defaults', () => {
    const dir = tempFolder({ '.corroborate.json': '{ "files": { oops', 'a.txt': 'Some 40 ships docked.' });
    const run = runCli(['check', '--format', 'json', dir]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /\.corroborate\.json: not valid JSON/);
    assert.equal(parseReport(run.stdout).documents.length, 1);
  });

  it('counts positions in UTF-16 code units after an emoji, on CRLF lines', () => {
    const dir = tempFolder({ 'emoji.txt': 'Headline \uD83D\uDE80\r\nThe vote was held on 3 March 2026 in the capital.\r\n' });
    const run = runCli(['check', '--format', 'json', join(dir, 'emoji.txt')]);
    const date = parseReport(run.stdout).facts.find((f) => f.kind === 'date');
    assert.ok(date);
    assert.deepEqual(date.range.start, { line: 1, character: 'The vote was held on '.length });
  });

  it('rejects bad usage with exit code 2 and a message', () => {
    for (const args of [['check'], ['check', '--format', 'xml', 'examples/'], ['check', '--published', '2021-13-40', 'examples/'], ['frobnicate'], ['check', '--nope', 'x']]) {
      const run = runCli(args);
      assert.equal(run.status, 2, args.join(' '));
      assert.match(run.stderr, /^corroborate: /);
      assert.match(run.stderr, /Usage: corroborate check/);
    }
  });

  it('finds a folder from another working directory and prints paths relative to it', () => {
    const folder = `${basename(projectRoot)}/examples`;
    const run = runCli(['check', '--format', 'json', folder], resolve(projectRoot, '..'));
    const report = parseReport(run.stdout);
    assert.ok(report.documents.length > 0);
    assert.ok(report.documents.every((d) => d.path.startsWith(`${folder}/`)));
  });
});
