/**
 * Cross-referencing rules on small articles written for each case: what makes two facts
 * one claim, and the negative cases (same sentence shape with other participants, same
 * value for unrelated events).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildClaims } from '../../src/core/claims/claimIndex.js';
import { isClaimable } from '../../src/core/claims/claimable.js';
import { signatureOf } from '../../src/core/claims/signature.js';
import { analyzeDocument } from '../../src/core/document.js';
import type { Report, ReportFact } from '../../src/core/report.js';
import { Workspace } from '../../src/core/workspace.js';

const PUBLISHED = { date: '2026-05-04', from: 'option' as const };

function check(files: Record<string, string>): Report {
  const workspace = new Workspace();
  for (const [path, text] of Object.entries(files)) workspace.setDocument(path, text, { published: PUBLISHED });
  return workspace.report();
}

const factIn = (report: Report, path: string, text: string): ReportFact => {
  const fact = report.facts.find((f) => f.path === path && f.text === text);
  assert.ok(fact, `${path} has a fact "${text}"`);
  return fact;
};

describe('what makes one claim', () => {
  it('two outlets giving different days for one meeting: a date-mismatch on each side', () => {
    const report = check({
      'a.txt': 'Germany and France will hold talks on trade in Berlin on May 12, officials said.',
      'b.txt': 'Officials from France and Germany are set to hold trade talks on May 13 in Berlin.',
    });
    const a = factIn(report, 'a.txt', 'May 12');
    const b = factIn(report, 'b.txt', 'May 13');
    assert.equal(a.claim, b.claim);
    assert.equal(report.claims.find((c) => c.id === a.claim)!.status, 'disputed');
    const finding = report.findings.find((f) => f.path === 'a.txt')!;
    assert.equal(finding.code, 'date-mismatch');
    assert.equal(finding.severity, 'warning', 'one source against one: counting cannot settle it');
    assert.match(finding.message, /^May 12 here; May 13 in 1 other source \(b\)$/);
    assert.deepEqual(finding.related.map((r) => [r.path, r.message]), [['b.txt', 'disagrees: May 13']]);
  });

  it('the same sentence shape with other participants is another claim', () => {
    const report = check({
      'a.txt': 'The United States and Russia will hold talks on May 12, the State Department said.',
      'b.txt': 'NATO and Russia will hold talks on May 13, the alliance said.',
    });
    assert.notEqual(factIn(report, 'a.txt', 'May 12').claim, factIn(report, 'b.txt', 'May 13').claim);
    assert.equal(report.findings.length, 0);
  });

  it('the same value for unrelated events is not a claim in common', () => {
    const report = check({
      'a.txt': 'The new bridge over the river opened to traffic on May 3 after four years of work.',
      'b.txt': 'Voters in Peru elected a new parliament on May 3, the electoral board announced.',
    });
    assert.notEqual(factIn(report, 'a.txt', 'May 3').claim, factIn(report, 'b.txt', 'May 3').claim);
  });

  it('a date that names a month contains the days in it: no conflict', () => {
    const report = check({
      'a.txt': 'Germany and France will hold trade talks in Berlin in June. Farm subsidies top the list.',
      'b.txt': 'Germany and France will hold trade talks in Berlin on June 16. Car tariffs are expected to dominate.',
      'c.txt': 'France and Germany are to hold trade talks in Berlin on June 16, diplomats said. Neither side expects a deal.',
    });
    const month = factIn(report, 'a.txt', 'June');
    assert.equal(month.claim, factIn(report, 'b.txt', 'June 16').claim);
    assert.equal(report.claims.find((c) => c.id === month.claim)!.status, 'corroborated');
    assert.equal(report.findings.length, 0);
  });

  it('dates months apart are two events, not one told wrongly', () => {
    const report = check({
      'a.txt': 'Germany and France will hold trade talks in Berlin on May 12.',
      'b.txt': 'Germany and France held trade talks in Berlin on November 12.',
    });
    assert.equal(report.findings.length, 0);
  });

  it('two exact figures that differ: warning; an exact figure against a vague amount: one step lower', () => {
    const exact = check({
      'a.txt': 'Floods in Bangladesh forced 12,000 people to leave their homes, officials said.',
      'b.txt': 'The floods in Bangladesh forced 15,000 people to leave their homes, according to officials.',
    });
    assert.equal(exact.findings.find((f) => f.path === 'a.txt')?.code, 'figure-mismatch');
    assert.equal(exact.findings.find((f) => f.path === 'a.txt')?.severity, 'warning');
    const vague = check({
      'a.txt': 'Floods in Bangladesh forced 120,000 people to leave their homes, officials said.',
      'b.txt': 'The floods in Bangladesh forced tens of thousands of people to leave their homes, according to officials.',
    });
    assert.equal(vague.findings.find((f) => f.path === 'a.txt')?.severity, 'information');
    assert.equal(vague.findings.find((f) => f.path === 'b.txt')?.severity, 'information');
  });

  it('figures that overlap agree: "about 4,000" and 4,200', () => {
    const report = check({
      'a.txt': 'Floods in Bangladesh forced about 4,000 people to leave their homes, officials said.',
      'b.txt': 'The floods in Bangladesh forced 4,200 people to leave their homes, officials said.',
    });
    const a = factIn(report, 'a.txt', 'about 4,000');
    assert.equal(a.claim, factIn(report, 'b.txt', '4,200').claim);
    assert.equal(report.findings.length, 0);
  });

  it('numbers of different things are not compared: troops and tanks', () => {
    const report = check({
      'a.txt': 'Russia has massed 100,000 troops near the border with Ukraine.',
      'b.txt': 'Russia has massed 1,200 tanks near the border with Ukraine.',
    });
    assert.equal(report.findings.length, 0);
  });

  it('identical quotes corroborate; one quote worded differently is a quote-mismatch naming the words', () => {
    const same = check({
      'a.txt': 'Farmers blocked roads near the capital on Monday. "We will not accept any deal that leaves our farmers behind," said Marta Ruiz, the union leader.',
      'b.txt': 'Tractors filled the square for a second day. Union leader Marta Ruiz told reporters: "We will not accept any deal that leaves our farmers behind."',
    });
    assert.equal(same.findings.length, 0);
    assert.equal(same.claims.find((c) => c.kind === 'quote')?.status, 'corroborated');
    const worded = check({
      'a.txt': '"We will not accept any deal that leaves our farmers behind," said Marta Ruiz, the union leader.',
      'b.txt': '"We will never accept a deal that leaves our farmers behind," Marta Ruiz said.',
    });
    const finding = worded.findings.find((f) => f.path === 'a.txt')!;
    assert.equal(finding.code, 'quote-mismatch');
    assert.match(finding.message, /"not" here, "never" there; "any" here, "a" there/);
  });

  it('two different statements of one speaker are not one quote', () => {
    const report = check({
      'a.txt': '"Our members have waited since October for a fair offer," said Marta Ruiz.',
      'b.txt': '"It is our turn now, and we will stay out until October if we must," said Marta Ruiz.',
    });
    assert.equal(report.findings.length, 0);
  });

  it('quotes of different speakers are not matched', () => {
    const report = check({
      'a.txt': '"The talks were useful and we will meet again soon," said President Biden.',
      'b.txt': '"The talks were useful and we will meet again next month," said President Putin.',
    });
    assert.equal(report.findings.length, 0);
  });

  it('copies of one article never corroborate or contradict each other', () => {
    const story = 'Germany and France will hold trade talks in Berlin on May 12, officials said. The two governments have been at odds over farm subsidies for more than a year, and diplomats expect a long day.';
    const report = check({ 'raw.txt': `Menu | Sections | Subscribe\n\n${story}\n`, 'clean.txt': story });
    assert.equal(report.documents[0]!.group, report.documents[1]!.group);
    const claim = report.claims.find((c) => c.id === factIn(report, 'clean.txt', 'May 12').claim)!;
    assert.equal(claim.status, 'single');
  });
});

describe('finding candidates without comparing every pair', () => {
  const template = (n: number) =>
    `Officials in the town of Town${n} said the council of Town${n} will vote on a new budget for Town${n} schools on May ${1 + (n % 27)}. ` +
    `The plan for Town${n} would add ${100 + n} teachers, the mayor of Town${n} told reporters.`;
  const signatures = (count: number) => {
    let next = 1;
    return Array.from({ length: count }, (_, n) => {
      const doc = analyzeDocument(template(n), { published: PUBLISHED });
      const values = doc.facts.filter((f) => f.kind !== 'quote');
      return doc.facts.flatMap((fact) => (isClaimable(fact) ? [signatureOf(`f${next++}`, `t${n}.txt`, fact, doc.text, values)] : []));
    }).flat();
  };

  it('compares a bounded number of pairs per fact as the corpus grows', () => {
    // Every article shares its words with every other: the worst case for an index.
    const small = buildClaims(signatures(600), (s) => s.path);
    const large = buildClaims(signatures(1200), (s) => s.path);
    // Twice the facts; all pairs would be four times the comparisons.
    assert.ok(large.comparisons <= small.comparisons * 2.5, `${small.comparisons} -> ${large.comparisons}`);
  });
});
