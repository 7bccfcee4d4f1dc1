/**
 * Cross-referencing on the five real seed articles (read from ../shared/seeds): what
 * issue 4 says they must show, checked on the workspace's report.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ReportFact, ReportFinding } from '../../src/core/report.js';
import type { DateValue } from '../../src/core/types.js';
import { Workspace } from '../../src/core/workspace.js';
import { readSeed, seedNames } from '../seeds.js';

const workspace = new Workspace();
for (const name of seedNames()) workspace.setDocument(name, readSeed(name));
const report = workspace.report();

const nameOf = (prefix: string) => seedNames().find((n) => n.startsWith(prefix))!;
const body = (prefix: string, text: string) => report.facts.filter((f) => f.path === nameOf(prefix) && !f.boilerplate && f.text === text);
const claimOf = (fact: ReportFact) => report.claims.find((c) => c.id === fact.claim)!;
const pathsOf = (claimId: string) => new Set(report.facts.filter((f) => f.claim === claimId).map((f) => f.path.slice(0, 3)));
const findingAt = (fact: ReportFact): ReportFinding | undefined =>
  report.findings.find((f) => f.path === fact.path && f.range.start.line === fact.range.start.line && f.range.start.character === fact.range.start.character);

describe('claims across the seed articles', () => {
  it('000 and 001 are one origin; the other three are their own', () => {
    const groups = new Map(report.documents.map((d) => [d.path.slice(0, 3), d.group]));
    assert.equal(groups.get('000'), groups.get('001'));
    assert.equal(new Set(groups.values()).size, 4);
  });

  it('dates the undated 002 and 003 from the other articles of the story, and says so', () => {
    for (const prefix of ['002', '003']) {
      const doc = report.documents.find((d) => d.path === nameOf(prefix))!;
      assert.equal(doc.publishedFrom, 'inferred');
      assert.match(doc.published!, /^2021-12-2\d$/);
    }
    // "late on Monday" in 002 now resolves against the inferred date: Monday 27 December 2021.
    const monday = report.facts.find((f) => f.path === nameOf('002') && f.text === 'late on Monday')!;
    assert.equal((monday.value as DateValue).timex, '2021-12-27');
  });

  it('disputes Jan. 11 (000, 001) against January 10 in 002, 003 and 004', () => {
    const [jan11] = body('000', 'Jan. 11');
    const claim = claimOf(jan11!);
    assert.equal(claim.status, 'disputed');
    assert.deepEqual([...pathsOf(claim.id)].sort(), ['000', '001', '002', '003', '004']);
    const finding = findingAt(jan11!)!;
    assert.equal(finding.code, 'date-mismatch');
    assert.equal(finding.severity, 'warning');
    assert.match(finding.message, /^Jan\. 11 here; .*January.* in 3 other sources \(002_\w+, 003_\w+, 004_\w+\)/);
    const related = new Set(finding.related.map((r) => r.path.slice(0, 3)));
    assert.deepEqual([...related].sort(), ['002', '003', '004']);
    assert.ok(finding.related.every((r) => /^(agrees|disagrees): /.test(r.message)));
    // Every place 000 and its copy 001 say Jan. 11 is told, not only the headline.
    for (const fact of [...body('000', 'Jan. 11'), ...body('001', 'Jan. 11')]) assert.equal(findingAt(fact)?.severity, 'warning', `${fact.path}:${fact.range.start.line}`);
    // The majority's side is told too, as information.
    const [tenth] = body('002', 'the 10th of January');
    assert.equal(findingAt(tenth!)?.severity, 'information');
  });

  it('keeps the NATO–Russia meeting (January 12) and the OSCE meeting (January 13) apart from the talks', () => {
    const jan12 = [...body('002', 'the 12th of January'), ...body('003', 'January 12'), ...body('004', 'January 12')];
    const claims12 = new Set(jan12.map((f) => f.claim));
    assert.equal(claims12.size, 1, 'one claim for January 12');
    const c12 = claimOf(jan12[0]!);
    assert.equal(c12.status, 'corroborated');
    assert.deepEqual([...pathsOf(c12.id)].sort(), ['002', '003', '004']);
    const jan13 = [...body('003', 'January 13'), ...body('004', 'January 13')];
    assert.equal(new Set(jan13.map((f) => f.claim)).size, 1);
    assert.equal(claimOf(jan13[0]!).status, 'corroborated');
    assert.notEqual(jan13[0]!.claim, c12.id);
    assert.notEqual(body('003', 'January 10')[0]!.claim, c12.id);
  });

  it('"last June" corroborates "June 16, 2021" with no finding', () => {
    const june = body('000', 'June 16, 2021')[0]!;
    const claim = claimOf(june);
    assert.equal(claim.status, 'corroborated');
    assert.deepEqual([...pathsOf(claim.id)].sort(), ['000', '003', '004']);
    assert.ok(!report.findings.some((f) => f.claim === claim.id));
  });

  it('disputes 122,000 troops against "tens of thousands", below the severity of two exact figures', () => {
    const troops = body('000', '122,000')[0]!;
    const claim = claimOf(troops);
    assert.equal(claim.status, 'disputed');
    assert.ok(['002', '003', '004'].every((p) => pathsOf(claim.id).has(p)));
    const finding = findingAt(troops)!;
    assert.equal(finding.code, 'figure-mismatch');
    assert.equal(finding.severity, 'information');
    assert.match(finding.message, /^122,000 here; tens of thousands in \d other sources/);
    // The soldiers who returned to their bases are another claim.
    const returned = body('003', 'more than 10,000')[0]!;
    assert.notEqual(returned.claim, troops.claim);
  });

  it('matches the three NSC spokesperson quotes of 003 and 004 pairwise, showing the words that differ', () => {
    const quoteFindings = report.findings.filter((f) => f.code === 'quote-mismatch');
    const in003 = quoteFindings.filter((f) => f.path === nameOf('003'));
    assert.equal(in003.length, 3);
    const messages = in003.map((f) => f.message).join('\n');
    assert.match(messages, /"is eager" here, "looks forward" there/);
    assert.match(messages, /"discuss" here, "talk" there/);
    assert.match(messages, /"that concerns" here, "about" there/);
    for (const finding of in003) assert.deepEqual([...new Set(finding.related.map((r) => r.path.slice(0, 3)))], ['004']);
  });

  it('never makes a claim of boilerplate', () => {
    assert.ok(report.facts.filter((f) => f.boilerplate).every((f) => f.claim === null));
    assert.ok(report.findings.every((f) => !report.facts.find((x) => x.path === f.path && x.range.start.line === f.range.start.line && x.boilerplate)));
  });
});
