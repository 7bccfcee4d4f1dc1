import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyzeDocument } from '../../src/core/document.js';

/** Pieces of news text that exercise every extractor, glued in random order. */
const newsPieces = fc.constantFrom(
  'Jan. 11', 'on Monday', 'last June', 'the 10th of January', '2021-12-28', '7:24 PM', 'two months',
  '122,000 troops', 'tens of thousands of', '$300 million', '12%', 'more than 10,000', 'between 5 and 10', '80-year-old',
  '"', '\u201c', '\u201d', "'", '\u2018', '\u2019', "Russia's", 'said', 'he said.', 'according to Sergei Lavrov',
  'The spokesperson', ' ', ', ', '. ', '\n', '\n\n', '\r\n', '\uD83D\uDE80', '1', 'A', 'May', 'Subscribe', '* indicates required',
);

const newsLikeText = fc.array(newsPieces, { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.string({ unit: 'binary', maxLength: 300 });

function checkFacts(text: string, published: string | null): void {
  const doc = analyzeDocument(text, { published: published ? { date: published, from: 'option' } : null });
  for (const fact of doc.facts) {
    assert.ok(fact.start >= 0 && fact.start < fact.end && fact.end <= text.length, `${fact.kind} [${fact.start}, ${fact.end}) inside ${text.length}`);
    assert.equal(fact.text, text.slice(fact.start, fact.end));
    const range = doc.lines.rangeOf(fact);
    assert.equal(doc.lines.offsetAt(range.start), fact.start);
    assert.equal(doc.lines.offsetAt(range.end), fact.end);
  }
  let previousEnd = 0;
  for (const region of doc.regions) {
    assert.ok(region.start >= previousEnd && region.start < region.end && region.end <= text.length, 'regions are ordered, disjoint, inside the text');
    previousEnd = region.end;
  }
}

describe('engine properties', () => {
  it('never throws on arbitrary strings, and every fact lies inside the text with its own text', () => {
    fc.assert(fc.property(anyText, (text) => checkFacts(text, null)), { numRuns: 300 });
  });

  it('holds on news-like strings with and without a publication date', () => {
    const published = fc.option(fc.constantFrom('2021-12-28', '2000-02-29', '2026-11-23'), { nil: null });
    fc.assert(fc.property(newsLikeText, published, (text, date) => checkFacts(text, date)), { numRuns: 300 });
  });
});
