/** The server's pure helpers: token overlap rules, settings fallbacks, readable values. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lensTitle } from '../../src/server/codeLens.js';
import { displayValue, readableTimex } from '../../src/server/facts.js';
import { escapeMarkdown } from '../../src/server/hover.js';
import { flatten, type TypedSpan } from '../../src/server/semanticTokens.js';
import { DEFAULT_SETTINGS, parseSettings } from '../../src/server/settings.js';

describe('flatten (semantic token overlaps)', () => {
  it('cuts a wider, lower-priority span around a narrower one', () => {
    const spans: TypedSpan[] = [
      { start: 0, end: 20, type: 'boilerplate', priority: 0 },
      { start: 5, end: 9, type: 'date', priority: 1 },
    ];
    assert.deepEqual(
      flatten(spans).map((s) => [s.start, s.end, s.type]),
      [[0, 5, 'boilerplate'], [5, 9, 'date'], [9, 20, 'boilerplate']],
    );
  });

  it('lets a date inside a quote (same priority) win, since it starts later', () => {
    const spans: TypedSpan[] = [
      { start: 0, end: 30, type: 'quote', priority: 1 },
      { start: 10, end: 15, type: 'date', priority: 1 },
    ];
    assert.deepEqual(
      flatten(spans).map((s) => s.type),
      ['quote', 'date', 'quote'],
    );
  });

  it('never returns overlapping or empty pieces', () => {
    const spans: TypedSpan[] = [
      { start: 3, end: 3, type: 'figure', priority: 1 },
      { start: 0, end: 10, type: 'quote', priority: 1 },
      { start: 8, end: 12, type: 'speaker', priority: 2 },
    ];
    const pieces = flatten(spans);
    for (let i = 0; i < pieces.length; i++) {
      assert.ok(pieces[i]!.end > pieces[i]!.start);
      if (i > 0) assert.ok(pieces[i - 1]!.end <= pieces[i]!.start);
    }
    assert.deepEqual(pieces.map((p) => p.type), ['quote', 'speaker']);
  });
});

describe('parseSettings', () => {
  it('falls back to the defaults for missing or mistyped values', () => {
    assert.deepEqual(parseSettings(undefined), DEFAULT_SETTINGS);
    const parsed = parseSettings({ include: 'all', maxFileSize: -1, kinds: { date: 'no', quote: false }, severity: { 'date-mismatch': 'loud', 'quote-mismatch': 'off' } });
    assert.deepEqual(parsed.include, DEFAULT_SETTINGS.include);
    assert.equal(parsed.maxFileSize, DEFAULT_SETTINGS.maxFileSize);
    assert.deepEqual(parsed.kinds, { date: true, figure: true, quote: false });
    assert.deepEqual(parsed.severity, { 'quote-mismatch': 'off' });
  });
});

describe('readable values', () => {
  it('writes days and months as people read them', () => {
    assert.equal(readableTimex('2021-12-27'), 'Mon 27 Dec 2021');
    assert.equal(readableTimex('2025-10'), 'Oct 2025');
    assert.equal(readableTimex('XXXX-01-10'), 'XXXX-01-10');
    assert.equal(displayValue({ kind: 'figure', value: { value: null, min: 10000, max: 99999, unit: 'troops', approximate: true } }), 'about 10,000–99,999 troops');
    assert.equal(displayValue({ kind: 'figure', value: { value: 6.5, min: null, max: null, unit: '%', approximate: false } }), '6.5%');
  });

  it('escapes Markdown in article text', () => {
    assert.equal(escapeMarkdown('*Jan. 11* [link](x)'), '\\*Jan\\. 11\\* \\[link\\]\\(x\\)');
  });

  it('titles lenses with counts of sources', () => {
    assert.equal(lensTitle(3, 1), '✓ 3 sources agree · ✗ 1 disagrees');
    assert.equal(lensTitle(1, 0), '✓ 1 source agrees');
    assert.equal(lensTitle(0, 2), '✗ 2 disagree');
  });
});
