import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareDates } from '../../src/core/compare/dates.js';
import { figuresAgree, figuresComparable } from '../../src/core/compare/figures.js';
import { quoteDifferences, quotesAgree, sharedInOrder } from '../../src/core/compare/quotes.js';
import type { FigureValue } from '../../src/core/types.js';

const figure = (v: Partial<FigureValue>): FigureValue => ({ value: null, min: null, max: null, unit: 'troops', approximate: false, ...v });

describe('comparing dates', () => {
  it('agrees on equal values and on a value that contains the other', () => {
    assert.equal(compareDates('2022-01-10', '2022-01-10'), 'agree');
    assert.equal(compareDates('2021-06', '2021-06-16'), 'agree');
    assert.equal(compareDates('2021', '2021-06-16'), 'agree');
    assert.equal(compareDates('XXXX-01-10', '2022-01-10'), 'agree', 'an unknown year fits any year');
    assert.equal(compareDates('2022-01-10T14:00', '2022-01-10'), 'agree');
  });
  it('disagrees on different days of one grain close together', () => {
    assert.equal(compareDates('2022-01-11', '2022-01-10'), 'disagree');
    assert.equal(compareDates('XXXX-12-31', '2022-01-02'), 'disagree', 'across a year end, without the year');
    assert.equal(compareDates('2021-05', '2021-06'), 'disagree');
    assert.equal(compareDates('2014', '2015'), 'disagree');
  });
  it('does not compare what cannot be one event told wrongly', () => {
    assert.equal(compareDates('2022-01-10', '2021-06'), 'unrelated', 'a day against another month');
    assert.equal(compareDates('2022-01-10', '2022-06-10'), 'unrelated', 'days five months apart');
    assert.equal(compareDates('1997', 'XXXX-01-12'), 'unrelated', 'nothing known in common');
    assert.equal(compareDates('1990', '2014'), 'unrelated');
  });
});

describe('comparing figures', () => {
  it('agrees when the amounts allowed overlap', () => {
    assert.ok(figuresAgree(figure({ value: 4200 }), figure({ value: 4000, approximate: true })));
    assert.ok(figuresAgree(figure({ min: 10000, max: 99999, approximate: true }), figure({ min: 10000 })));
    assert.ok(!figuresAgree(figure({ value: 122000 }), figure({ min: 10000, max: 99999, approximate: true })));
    assert.ok(!figuresAgree(figure({ value: 37 }), figure({ value: 27 })));
  });
  it('does not compare counts a factor of twenty apart', () => {
    assert.ok(figuresComparable(figure({ value: 122000 }), figure({ min: 10000, max: 99999 })));
    assert.ok(!figuresComparable(figure({ value: 2 }), figure({ value: 122000 })));
  });
});

describe('comparing quotations', () => {
  it('agrees when one rendering runs unbroken inside the other, whatever the marks and case', () => {
    assert.ok(quotesAgree('"without our allies and partners, including Ukraine"', 'nothing about our allies and partners without our allies and partners, including Ukraine'));
    assert.ok(quotesAgree('“We’re ready,”', '"we\'re ready"'));
    assert.ok(!quotesAgree('Nothing that concerns our allies and partners', 'nothing about our allies and partners'));
  });
  it('names the words that differ, leaving out what only the longer rendering quotes', () => {
    assert.deepEqual(quoteDifferences('The United States is eager to engage in dialogue with Russia,', 'The United States looks forward to engaging with Russia'), [
      { here: 'is eager', there: 'looks forward' },
      { here: 'engage in dialogue', there: 'engaging' },
    ]);
    assert.deepEqual(quoteDifferences('Nothing that concerns our allies and partners', 'nothing about our allies and partners without our allies and partners, including Ukraine'), [
      { here: 'that concerns', there: 'about' },
    ]);
  });
  it('measures the words two renderings share in order', () => {
    assert.ok(sharedInOrder('When we sit down to discuss, Russia can put its concerns on the table', 'When we sit down to talk, Russia can put its concerns on the table') > 0.9);
    assert.ok(sharedInOrder('Our people have waited since October. They won\'t go back for a paper raise', 'It\'s the workers\' turn now, and we won\'t go back until the board hears what we\'ve been saying since October') < 0.5);
  });
});
