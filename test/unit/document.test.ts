import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeDocument } from '../../src/core/document.js';

const article = [
  'Published: March 2, 2026',
  '',
  'Harbour workers walked out on Monday after talks failed, union leaders said.',
  '',
  'The union said 4,200 workers had joined the strike by the evening, and that more would follow on Tuesday.',
].join('\n');

describe('analyzeDocument', () => {
  it('reads the publication date from the text and resolves relative dates against it', () => {
    const doc = analyzeDocument(article);
    assert.equal(doc.published?.date, '2026-03-02');
    assert.equal(doc.published?.from, 'header');
    const monday = doc.facts.find((f) => f.kind === 'date' && f.text.includes('Monday'));
    assert.equal(monday?.kind === 'date' && monday.value.timex, '2026-03-02');
  });

  it('lets a date given from outside win over the text', () => {
    const doc = analyzeDocument(article, { published: { date: '2026-03-10', from: 'option' } });
    assert.deepEqual(doc.published, { date: '2026-03-10', from: 'option' });
    const monday = doc.facts.find((f) => f.kind === 'date' && f.text.includes('Monday'));
    assert.equal(monday?.kind === 'date' && monday.value.timex, '2026-03-09');
  });

  it('marks the dateline that gave the publication date as boilerplate, not a claim', () => {
    const doc = analyzeDocument(article);
    const dateline = doc.facts.find((f) => f.kind === 'date' && f.text.includes('March 2'));
    assert.ok(dateline, 'the dateline is still a fact, to be highlighted');
    assert.equal(dateline.boilerplate, true);
    assert.ok(doc.facts.filter((f) => f.text.includes('Monday') || f.text === '4,200').every((f) => !f.boilerplate));
  });

  it('marks facts in site chrome as boilerplate and keeps them', () => {
    const page = [
      article,
      '',
      'Most Read',
      '1',
      'Ferry fares to rise 8% from April 1',
      '2',
      'Council approves $3.5 million sea wall',
      'Subscribe',
      'Subscribe',
    ].join('\n');
    const doc = analyzeDocument(page);
    const chrome = doc.facts.filter((f) => f.start > page.indexOf('Most Read'));
    assert.ok(chrome.length >= 2, 'facts in the Most Read list are extracted');
    assert.ok(chrome.every((f) => f.boilerplate));
    assert.ok(doc.facts.some((f) => f.text === '4,200' && !f.boilerplate));
  });
});
