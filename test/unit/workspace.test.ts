/**
 * The workspace kept current one document at a time, as the language server uses it:
 * an edit in one file changes the findings in the others, ids stay put, and the result
 * of a sequence of edits is what a fresh workspace makes of the final texts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ReportFinding } from '../../src/core/report.js';
import { Workspace } from '../../src/core/workspace.js';
import { readSeed, seedNames } from '../seeds.js';

const names = seedNames();
const name = (prefix: string) => names.find((n) => n.startsWith(prefix))!;
const summary = (findings: readonly ReportFinding[]) => findings.map((f) => `${f.path.slice(0, 3)}:${f.range.start.line}:${f.range.start.character} ${f.severity} ${f.code}`).sort();

function loaded(): Workspace {
  const workspace = new Workspace();
  workspace.batch(() => {
    for (const n of names) workspace.setDocument(n, readSeed(n));
  });
  return workspace;
}

describe('an incremental workspace', () => {
  it('an edit in one file updates the findings of the others', () => {
    const workspace = loaded();
    const before = workspace.findingsFor(name('003')).filter((f) => f.code === 'date-mismatch');
    assert.ok(before.length > 0, '003 is told that 000 says Jan. 11');
    const edited = readSeed('000').replaceAll('Jan. 11', 'Jan. 10');
    const changed = workspace.setDocument(name('000'), edited);
    assert.ok(changed.has(name('003')), 'the other sources are among the changed paths');
    assert.deepEqual(workspace.findingsFor(name('003')).filter((f) => f.code === 'date-mismatch'), []);
    assert.deepEqual(workspace.findingsFor(name('000')).filter((f) => f.code === 'date-mismatch'), []);
  });

  it('ends where a fresh workspace ends after edits, a removal and a re-add', () => {
    const workspace = loaded();
    workspace.setDocument(name('004'), readSeed('004').replace('January 10', 'January 9'));
    workspace.removeDocument(name('002'));
    workspace.setDocument(name('004'), readSeed('004'));
    workspace.setDocument(name('002'), readSeed('002'));
    const fresh = loaded();
    assert.deepEqual(summary(workspace.report().findings), summary(fresh.report().findings));
    assert.deepEqual(
      workspace.report().documents.map((d) => [d.path, d.published, d.publishedFrom, d.group]).sort(),
      fresh.report().documents.map((d) => [d.path, d.published, d.publishedFrom, d.group]).sort(),
    );
  });

  it('keeps fact and claim ids of what an edit elsewhere does not touch', () => {
    const workspace = loaded();
    const fact = workspace.factsFor(name('004')).find((f) => f.text === 'January 12')!;
    workspace.setDocument(name('000'), readSeed('000').replaceAll('Jan. 11', 'Jan. 10'));
    const again = workspace.factsFor(name('004')).find((f) => f.text === 'January 12')!;
    assert.equal(again.id, fact.id);
    assert.equal(again.claim, fact.claim);
  });

  it('an edit in one paragraph leaves the claims of the others in place', () => {
    const workspace = loaded();
    const before = workspace.factsFor(name('004')).find((f) => f.text === 'January 12')!;
    const findings = summary(workspace.report().findings);
    workspace.setDocument(name('004'), `${readSeed('004')}\nA closing line that names no date.\n`);
    const after = workspace.factsFor(name('004')).find((f) => f.text === 'January 12')!;
    assert.equal(after.claim, before.claim);
    assert.equal(workspace.claim(after.claim!)!.claim.status, 'corroborated');
    assert.deepEqual(summary(workspace.report().findings), findings);
  });

  it('a removed document leaves no finding and no related location behind', () => {
    const workspace = loaded();
    workspace.removeDocument(name('000'));
    workspace.removeDocument(name('001'));
    const report = workspace.report();
    assert.ok(report.findings.every((f) => !f.path.startsWith('000') && !f.path.startsWith('001')));
    assert.ok(report.findings.every((f) => f.related.every((r) => !r.path.startsWith('000') && !r.path.startsWith('001'))));
    assert.ok(!report.findings.some((f) => f.code === 'date-mismatch' && f.message.includes('Jan. 11')));
  });

  it('setting the same text again changes nothing', () => {
    const workspace = loaded();
    assert.equal(workspace.setDocument(name('003'), readSeed('003')).size, 0);
  });

  it('the claim view labels each fact against the one asked about', () => {
    const workspace = loaded();
    const jan11 = workspace.factsFor(name('000')).find((f) => f.text === 'Jan. 11' && !f.boilerplate)!;
    const view = workspace.claimOfFact(jan11.id)!;
    assert.equal(view.claim.status, 'disputed');
    assert.equal(view.facts.find((f) => f.fact.id === jan11.id)!.relation, 'self');
    assert.ok(view.facts.filter((f) => f.fact.path === name('004') && f.fact.text === 'January 10').every((f) => f.relation === 'disagree'));
    assert.ok(view.facts.filter((f) => f.fact.path === name('001')).every((f) => f.relation === 'agree'));
  });

  it('a claim asked for inside an unfinished batch leaves out the facts of documents set again', () => {
    const workspace = loaded();
    const jan11 = workspace.factsFor(name('000')).find((f) => f.text === 'Jan. 11')!;
    const before = workspace.claimOfFact(jan11.id)!;
    const other = before.facts.find((f) => f.fact.path !== name('000'))!.fact;
    workspace.beginBatch();
    // A language server answers hovers while it loads files again.
    workspace.setDocument(name('000'), readSeed('000').replaceAll('Jan. 11', 'Jan. 10'));
    const during = workspace.claimOfFact(other.id)!;
    assert.ok(during.facts.every((f) => f.fact.path !== name('000')), 'the replaced facts of 000 are left out');
    assert.ok(during.facts.some((f) => f.fact.id === other.id));
    workspace.endBatch();
    const ids = new Set(names.flatMap((n) => workspace.factsFor(n).map((f) => f.id)));
    assert.ok(workspace.claimOfFact(other.id)!.facts.every((f) => ids.has(f.fact.id)), 'after the batch every fact shown is a current one');
  });
});
