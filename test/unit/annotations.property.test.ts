import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { anchorDecision, makeDecision, parseAnnotations, serializeAnnotations } from '../../src/core/annotations/index.js';

/** Few distinct characters, so quotes and their contexts repeat and anchoring has to choose. */
const repetitiveText = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '1', '0', '\n', '"', 'é', '😀'), minLength: 1, maxLength: 200 });
const anyText = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 });

/** A text, a non-empty span in it, and insertions placed anywhere outside that span. */
const editedText = (text: fc.Arbitrary<string>) =>
  text
    .chain((t) =>
      fc.record({
        text: fc.constant(t),
        span: fc.tuple(fc.nat(t.length - 1), fc.nat(t.length - 1)).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) + 1 })),
        insertions: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), text), { maxLength: 4 }),
      }),
    )
    .map(({ text, span, insertions }) => {
      let edited = text;
      let { start, end } = span;
      for (const [where, before, inserted] of insertions) {
        // Somewhere in [0, start] or [end, length]: never inside the quoted span.
        const at = before ? Math.floor(where * start) : end + Math.floor(where * (edited.length - end));
        edited = edited.slice(0, at) + inserted + edited.slice(at);
        if (at <= start) {
          start += inserted.length;
          end += inserted.length;
        }
      }
      return { text, span, edited, moved: { start, end } };
    });

function countOf(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) n++;
  return n;
}

describe('anchoring survives edits outside the span (property)', () => {
  for (const [name, text] of [
    ['repetitive text', repetitiveText],
    ['any text', anyText],
  ] as const) {
    it(`finds the quote again in ${name}`, () => {
      let decided = 0;
      fc.assert(
        fc.property(editedText(text), ({ text, span, edited, moved }) => {
          const d = makeDecision('verified', 'a.txt', text, span);
          const found = anchorDecision(d, edited);
          assert.ok(found, 'the quote is still in the text');
          assert.equal(edited.slice(found.start, found.end), d.exact);
          // Where the answer is unambiguous it must be the moved span: the quote occurs once,
          // or the quote with its whole recorded context occurs once, at the moved span.
          const withContext = d.prefix + d.exact + d.suffix;
          const contextAt = moved.start - d.prefix.length;
          const contextUnique = edited.indexOf(withContext) === contextAt && edited.lastIndexOf(withContext) === contextAt;
          if (countOf(edited, d.exact) === 1 || contextUnique) {
            assert.deepEqual(found, moved);
            decided++;
          }
        }),
        { numRuns: 400 },
      );
      assert.ok(decided > 100, `only ${decided} of 400 runs had an unambiguous answer to check`);
    });
  }

  it('a decision survives serialize and parse unchanged', () => {
    fc.assert(
      fc.property(editedText(anyText), fc.string(), ({ text, span }, reason) => {
        const d = makeDecision('ignore', 'dir/a b.txt', text, span, { code: 'quote-mismatch', reason });
        assert.deepEqual(parseAnnotations(serializeAnnotations([d])), { decisions: [d], problems: [] });
      }),
      { numRuns: 200 },
    );
  });
});
