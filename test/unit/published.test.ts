import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { detectPublicationDate } from '../../src/core/published.js';
import { readSeed } from '../seeds.js';

/** The detected date, where it came from, and the text at its span. */
function detect(text: string): { date: string; from: string; at: string } | null {
  const found = detectPublicationDate(text);
  if (!found) return null;
  assert.ok(found.span, 'header and text dates have a span');
  return { date: found.date, from: found.from, at: text.slice(found.span.start, found.span.end) };
}

const BODY = '\n\nThe harbour council voted on Tuesday to add two early ferries to the winter timetable.\n';

describe('detectPublicationDate on the seeds', () => {
  it('000: the byline "December 27, 2021 7:24 PM", not the caption date below it', () => {
    const text = readSeed('000_934a40c725afa8ca.txt');
    const found = detect(text);
    assert.equal(found?.date, '2021-12-27');
    assert.equal(found?.from, 'text');
    assert.match(found!.at, /^December 27, 2021/);
  });

  it('004: " date 2021-12-28" on the first line', () => {
    const text = readSeed('004_a2a43a3c11ca7b81.txt');
    const found = detect(text);
    assert.equal(found?.date, '2021-12-28');
    assert.ok(found?.from === 'text' || found?.from === 'header');
  });

  it('001, 002, 003 state no publication date', () => {
    for (const name of ['001_4ef80c27e6f4f89b.txt', '002_1fb32dcd358afb83.txt', '003_218c164c2f570b33.txt']) {
      const text = readSeed(name);
      assert.equal(detectPublicationDate(text), null, name);
    }
  });
});

describe('detectPublicationDate: headers', () => {
  it('reads YAML front matter', () => {
    const text = '---\ntitle: "Ferries"\ndate: 2021-12-28T10:00:00Z\nauthor: A. Writer\n---\n# Ferries' + BODY;
    assert.deepEqual(detect(text), { date: '2021-12-28', from: 'header', at: '2021-12-28T10:00:00Z' });
  });

  it('reads `date:` and `Published:` lines', () => {
    assert.deepEqual(detect('Ferries\ndate: 2021-12-28' + BODY), { date: '2021-12-28', from: 'header', at: '2021-12-28' });
    assert.deepEqual(detect('Published: Dec 28, 2021\nFerries' + BODY), { date: '2021-12-28', from: 'header', at: 'Dec 28, 2021' });
  });

  it('prefers the published date over "Last modified", whichever comes first', () => {
    const text = 'Ferries\nLast modified: 29 December, 2021, 03:01 pm\nPublished: 28 December, 2021, 02:55 pm' + BODY;
    assert.equal(detect(text)?.date, '2021-12-28');
    const bylines = 'Ferries\nUpdated 3:01 PM EST, Wed December 29, 2021\nPublished 10:02 AM EST, Tue December 28, 2021' + BODY;
    assert.equal(detect(bylines)?.date, '2021-12-28');
  });

  it('falls back to a modified date when it is the only one', () => {
    assert.equal(detect('Ferries\nLast modified: 29 December, 2021' + BODY)?.date, '2021-12-29');
  });

  it('ignores keys that are not about publication', () => {
    assert.equal(detect('Ferries\nEvent: December 28, 2021' + BODY), null);
  });
});

describe('detectPublicationDate: bylines', () => {
  it('reads the common byline shapes', () => {
    const cases: [string, string, string][] = [
      ['by Jane Doe December 27, 2021 7:24 PM 2 min read', '2021-12-27', 'December 27, 2021 7:24 PM'],
      ['28 December, 2021, 02:55 pm', '2021-12-28', '28 December, 2021, 02:55 pm'],
      [' date 2021-12-28 Ferries to run earlier', '2021-12-28', '2021-12-28'],
      ['Published 10:02 AM EST, Tue December 28, 2021', '2021-12-28', '10:02 AM EST, Tue December 28, 2021'],
      ['AFP | Dec. 28, 2021', '2021-12-28', 'Dec. 28, 2021'],
    ];
    for (const [line, date, at] of cases) assert.deepEqual(detect('Ferries to run earlier\n\n' + line + BODY), { date, from: 'text', at }, line);
  });

  it('does not take a date from a sentence or a caption', () => {
    assert.equal(detect('Ferries\n\nThe mayor met the operator in Eastport on June 16, 2021, and asked for earlier boats.' + BODY), null);
    assert.equal(detect('Ferries\nThe mayor (L) meets the operator at the pier on June 16, 2021. (Council/facebook)' + BODY), null);
  });

  it('needs the day, the month and the year', () => {
    assert.equal(detect('Ferries\nDecember 27 7:24 PM' + BODY), null);
    assert.equal(detect('Ferries\nDecember 2021' + BODY), null);
  });

  it('only looks near the top', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} says nothing about dates at all.`).join('\n\n');
    assert.equal(detect('Ferries\n\n' + filler + '\n\nDecember 27, 2021'), null);
  });

  it('keeps offsets right with CRLF line endings and an emoji before the date', () => {
    const text = 'Ferries 🚢\r\n\r\nby Jane Doe\r\nDecember 27, 2021\r\n' + BODY.replace(/\n/g, '\r\n');
    assert.deepEqual(detect(text), { date: '2021-12-27', from: 'text', at: 'December 27, 2021' });
  });

  it('returns null for empty text and never throws', () => {
    assert.equal(detectPublicationDate(''), null);
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const found = detectPublicationDate(text);
        if (found?.span) assert.ok(found.span.start >= 0 && found.span.end <= text.length && found.span.start < found.span.end);
        if (found) assert.match(found.date, /^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 200 },
    );
  });
});
