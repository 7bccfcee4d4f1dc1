/**
 * `corroborate check` applies the decisions people record in the editor
 * (`.corroborate/annotations.jsonld`): an ignored finding is not reported, a publication
 * date set by hand is used, and a broken file is reported without losing the findings.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { makeDecision, serializeAnnotations, type Decision } from '../../src/core/annotations/index.js';
import { parseReport, runCli } from './runCli.js';

const A = 'Germany and France will hold trade talks in Berlin on May 12, officials said. Farm subsidies top the list.\n';
const B = 'Officials from France and Germany are set to hold trade talks on May 13 in Berlin. Car tariffs are expected to dominate.\n';

function folder(decisions: (texts: Record<string, string>) => Decision[] | string): string {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-decisions-'));
  const texts = { 'a.txt': `date: 2026-05-04\n\n${A}`, 'b.txt': `date: 2026-05-04\n\n${B}` };
  for (const [name, text] of Object.entries(texts)) writeFileSync(join(dir, name), text);
  mkdirSync(join(dir, '.corroborate'));
  const content = decisions(texts);
  writeFileSync(join(dir, '.corroborate', 'annotations.jsonld'), typeof content === 'string' ? content : serializeAnnotations(content));
  return dir;
}

const spanOf = (text: string, needle: string) => ({ start: text.indexOf(needle), end: text.indexOf(needle) + needle.length });

describe('decisions recorded in the editor', () => {
  it('leaves out an ignored finding and keeps the others', () => {
    const dir = folder((t) => [makeDecision('ignore', 'a.txt', t['a.txt']!, spanOf(t['a.txt']!, 'May 12'), { code: 'date-mismatch', reason: 'checked with the ministry' })]);
    const report = parseReport(runCli(['check', '--format', 'json', dir]).stdout);
    assert.deepEqual(report.findings.map((f) => [f.path.endsWith('b.txt'), f.code]), [[true, 'date-mismatch']]);
  });

  it('finds an ignored finding again after the text above it changed', () => {
    const dir = folder((t) => [makeDecision('ignore', 'a.txt', t['a.txt']!, spanOf(t['a.txt']!, 'May 12'), { code: 'date-mismatch' })]);
    writeFileSync(join(dir, 'a.txt'), `date: 2026-05-04\n\nUPDATED at noon.\n\n${A}`);
    const report = parseReport(runCli(['check', '--format', 'json', dir]).stdout);
    assert.ok(!report.findings.some((f) => f.path.endsWith('a.txt')));
  });

  it('uses a publication date set by hand unless --published says otherwise', () => {
    const dir = folder((t) => [makeDecision('published', 'a.txt', t['a.txt']!, { start: 0, end: 0 }, { date: '2026-05-01' })]);
    const report = parseReport(runCli(['check', '--format', 'json', dir]).stdout);
    const a = report.documents.find((d) => d.path.endsWith('a.txt'))!;
    assert.deepEqual([a.published, a.publishedFrom], ['2026-05-01', 'config']);
    const forced = parseReport(runCli(['check', '--format', 'json', '--published', '2026-05-02', dir]).stdout);
    assert.equal(forced.documents.find((d) => d.path.endsWith('a.txt'))!.published, '2026-05-02');
  });

  it('reports a broken annotations file on stderr and still reports every finding', () => {
    const dir = folder(() => '{"@context": [');
    const run = runCli(['check', '--format', 'json', dir]);
    assert.match(run.stderr, /annotations\.jsonld/);
    assert.equal(parseReport(run.stdout).findings.length, 2);
    assert.equal(run.status, 1);
  });
});
