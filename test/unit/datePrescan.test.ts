/**
 * The date pre-scan (candidates.ts, gatedParser.ts) skips parsers whose words a paragraph
 * lacks. It must never skip one that would have matched: these tests parse with and without
 * the gates and expect the same results, on phrases chosen because nothing in them looks
 * like a date at first sight, or because the word that makes them one is unusual.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Chrono, ParsingContext, en, type Parser, type ParsingResult } from 'chrono-node';
import fc from 'fast-check';
import { DateCandidates, GATE, scanCandidates, scanHits } from '../../src/core/extract/dates/candidates.js';
import { CHRONO_GATES, type GatedOption } from '../../src/core/extract/dates/gatedParser.js';
import { newsChrono } from '../../src/core/extract/dates/newsChrono.js';
import { extractDates } from '../../src/core/extract/dates/index.js';
import { chunks } from '../../src/core/extract/dates/chunks.js';
import { clearParagraphCache } from '../../src/core/extract/dates/paragraphDates.js';

const REFERENCE = new Date(2021, 11, 28, 12);
/** Chrono's own loop over one parser (private in its types). */
const executeParser = (Chrono as unknown as { executeParser(context: ParsingContext, parser: Parser): ParsingResult[] }).executeParser;

/**
 * What chrono finds in `text`, with the gates and (the reference) without: every parser's
 * own results, before the refiners could hide a difference, and the refined results.
 */
function bothWays(text: string): { gated: string[]; all: string[] } {
  const [found] = scanHits(text, [{ start: 0, end: text.length }]);
  const option: GatedOption = { candidates: new DateCandidates(text, found!.bits, found!.hits) };
  const run = (opt: GatedOption) => {
    const context = new ParsingContext(text, REFERENCE, opt);
    const raw = newsChrono.parsers.flatMap((parser, k) => executeParser(context, parser).map((r) => `${k}@${r.index}:${r.text}`));
    const refined = newsChrono.parse(text, REFERENCE, opt).map((r) => `${r.index}:${r.text}=${JSON.stringify(r.start)}`);
    return [...raw, ...refined];
  };
  return { gated: run(option), all: run({}) };
}

/** Dates that a too-narrow trigger list would lose: no digit, no month, often no obvious date word. */
const PHRASES = [
  'Prices fell through the 1990s.',
  'Prices fell through the nineties and into the early seventies.',
  'The vote is at noon.',
  'They met at midnight and again this afternoon.',
  'He will speak tonight.',
  'Talks collapsed yesterday; they resume tomorrow or the day after.',
  'Output doubled over the past decade.',
  'Output doubled over the last two decades.',
  'Profit rose in Q3 and in the third quarter, and in the year-earlier period.',
  'Sales in the latest period were flat.',
  'The year-ago results included a charge.',
  'It must be done by year-end.',
  'Results are due next week, the week after, or this weekend.',
  'It was built in the twentieth century, the 19th century even.',
  'The year two thousand was a turning point; nineteen ninety-six was not.',
  'He left ten years later and came back three days earlier.',
  'A two-week strike, a month-long stoppage, several years of talks.',
  'Nowadays, and at present, things are calm; recently they were not.',
  'In the near future the port will reopen.',
  'Every Monday the union meets; the newsletter comes out weekly, the report annually.',
  'The next morning the ships left; that evening they returned.',
  'The strike began last spring and may end this fall.',
  'He said it lasts for them about a minute.',
  'They later said the vote was close.',
  'It happened 5 m ago, or two hrs ago, in a few mins.',
  'Within a couple of weeks, half an hour later, a few secs after.',
  'See you on Thurs. or next Wed, maybe Sat.',
  'The offer ends on the 5thMarch, or Sept. 5, or Marfirst.',
  'It was signed 13.5.2015 and 2015-05-13 and 5/13/2015 and 5/2015.',
  'Published 2021-12-28T10:00:00Z.',
  'The vote, on Tuesday, January 8 at 10 a.m. EST, ended.',
  'Last night the lights went out, and this morning too.',
  'The end of the month is near; the last day of the month too.',
  'I intend to attend in ten d or so, they say; ones and tens.',
  'Talks resume after this week.',
  'Markets declined in a decisive session; money talks; the mayor is junior.',
];

describe('date pre-scan', () => {
  for (const phrase of PHRASES) {
    it(`gated parsing finds what ungated parsing finds: ${phrase}`, () => {
      const { gated, all } = bothWays(phrase);
      assert.deepEqual(gated, all);
    });
  }

  it('searching only the sentences around the words (windows) finds what the whole paragraph gives', () => {
    // Sentences with no gate word between the phrases, so that each phrase gets windows of its own.
    const filler = 'The union rejected the offer and the talks broke down again, the spokesperson said, as the workers gathered by the gates. ';
    const paragraph = PHRASES.map((p) => `${filler}${filler}${p} `).join('') + filler;
    const [found] = scanHits(paragraph, [{ start: 0, end: paragraph.length }]);
    const windows = new DateCandidates(paragraph, found!.bits, found!.hits).windows(GATE.month);
    assert.ok(windows.length >= 3 && windows.every((w) => w.end - w.start < paragraph.length / 3), `windows are parts of the paragraph: ${JSON.stringify(windows)} of ${paragraph.length}`);
    const { gated, all } = bothWays(paragraph);
    assert.deepEqual(gated, all);
  });

  it('a date in a sentence with no obvious trigger is still found', () => {
    const texts = (text: string) => extractDates(text, { published: '2021-12-28' }).map((f) => f.text);
    assert.ok(texts('Prices fell through the 1990s.').includes('1990s'));
    assert.ok(texts('The vote is at noon.').includes('noon'));
    assert.ok(texts('He will speak tonight.').includes('tonight'));
    assert.ok(texts('Output doubled over the past decade.').some((t) => t.includes('decade')));
    assert.ok(texts('Profit rose in the third quarter.').includes('the third quarter'));
  });

  it('month and weekday names open their gates only where chrono reads them', () => {
    const bits = (text: string) => scanCandidates(text, [{ start: 0, end: text.length }])[0]!;
    assert.equal(bits('Markets declined on the decision.') & GATE.month, 0);
    assert.notEqual(bits('It ended in March.') & GATE.month, 0);
    assert.notEqual(bits('It ended Sept. 5.') & GATE.month, 0);
    assert.equal(bits('The money came monthly.') & GATE.weekday, 0);
    assert.notEqual(bits('It ended on Mon.') & GATE.weekday, 0);
    assert.notEqual(bits('It ended on Monday.') & GATE.weekday, 0);
  });

  it("has a gate for every one of chrono's English parsers (a new or renamed one would run everywhere)", () => {
    const names = en.configuration.createCasualConfiguration().parsers.map((p) => p.constructor.name);
    assert.deepEqual(names.filter((name) => !CHRONO_GATES[name]), []);
  });

  it('a paragraph with nothing a parser needs is not parsed at all', () => {
    const [bits] = scanCandidates('The union rejected the offer.', [{ start: 0, end: 29 }]);
    assert.equal(new DateCandidates('The union rejected the offer.', bits!).any(), false);
  });

  it('each span gets the words that start in it, and a word cut by a span edge opens both', () => {
    const text = 'In March.\n\nNo date.\n\nAt noon.';
    const spans = [{ start: 0, end: 9 }, { start: 11, end: 19 }, { start: 21, end: text.length }];
    const [a, b, c] = scanCandidates(text, spans);
    assert.notEqual(a! & GATE.month, 0);
    assert.equal(b, 0);
    assert.notEqual(c! & GATE.casualTime, 0);
    const [left, right] = scanCandidates('the weekend', [{ start: 0, end: 7 }, { start: 7, end: 11 }]);
    assert.notEqual(left! & GATE.weekend, 0);
    assert.notEqual(right! & GATE.weekend, 0);
  });

  it('gated and ungated parsing agree on random mixes of date words', () => {
    const words = ['the', 'last', 'next', 'in', 'for', 'a', 'few', 'two', '5', 'm', 'hrs', 'ago', 'later', 'day', 'week', 'May', 'Sept.', 'Sun',
      'noon', 'tonight', 'quarter', 'third', 'fall', 'year-end', '1998', '12:30', 'p.m.', 'of', 'each', 'every', 'now', 'past', 'since', ',', '.'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words, 'The union met.', 'Talks broke down, officials said.'), { maxLength: 30 }), (picked) => {
        const { gated, all } = bothWays(picked.join(' '));
        assert.deepEqual(gated, all);
      }),
      { numRuns: Number(process.env.PRESCAN_RUNS ?? 400) }
    );
  });

  it('gated and ungated parsing agree on numbers written every way, glued or spaced', () => {
    // The digit gates (a run of four, a year, a separator between digits) read the runs' shapes.
    const parts = ['1998', '2015', '1599', '2100', '12', '5', '05', '13', '123', '20000', '0', '-', '/', '.', ':', ',', ' ', '$', 'No. ',
      'Jan', 'May', 'of', 'in', 'the', 's', "'s", 'T10:00:00Z', 'p.m.', '%', 'people', '\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 24 }), (picked) => {
        const { gated, all } = bothWays(picked.join(''));
        assert.deepEqual(gated, all);
      }),
      { numRuns: Number(process.env.PRESCAN_RUNS ?? 400) }
    );
  });

  it('a paragraph between line breaks is scanned the same wherever it stands (what lets it be read once)', () => {
    const parts = ['May', 'Sun', 'on', 'in', 'of', 'this', '5', '1998', '12/5', '2015-05', 'day', 'the next', 'weekend', 'x', ' ', '.', ',', '\n', '\r', '\t'];
    const paragraph = fc.array(fc.constantFrom(...parts), { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(paragraph, paragraph, paragraph, fc.constantFrom('\n\n', '\n \n', '\r\n\r\n'), (before, own, after, gap) => {
        const text = `${before}${gap}${own}${gap}${after}`;
        const spans = chunks(text);
        const at = text.indexOf(own, before.length);
        const i = spans.findIndex((s) => s.start === at && s.end === at + own.length);
        // Only a paragraph that is a chunk of its own, bounded by line breaks, is read once.
        if (i < 0 || (at > 0 && text[at - 1] !== '\n') || (at + own.length < text.length && text[at + own.length] !== '\n')) return;
        assert.deepEqual(scanHits(text, spans)[i], scanHits(own, [{ start: 0, end: own.length }])[0]);
      }),
      { numRuns: Number(process.env.PRESCAN_RUNS ?? 400) }
    );
  });

  it('a paragraph read before gives what reading it anew gives, in any document', () => {
    const shared = 'Talks resumed on Tuesday, Jan. 5, after a two-week break, and ended three days later.';
    const docs = [`Strike talks\n\n${shared}`, `${shared}\n\nThe union met again on Jan. 12.`, `On Dec. 28 the offer came.\n\n${shared}\n\n${shared}`];
    for (const published of [null, '2021-01-20', '2000-06-15']) {
      const fresh = docs.map((doc) => {
        clearParagraphCache();
        return extractDates(doc, { published });
      });
      clearParagraphCache();
      const cached = docs.map((doc) => extractDates(doc, { published }));
      assert.deepEqual(cached, fresh);
      assert.deepEqual(docs.map((doc) => extractDates(doc, { published })), fresh);
    }
  });

  it('a digit run cut by a span edge opens every digit gate on both sides', () => {
    const text = 'Ref 12345/6 and 19982';
    const [left, right] = scanCandidates(text, [{ start: 0, end: 6 }, { start: 6, end: text.length }]);
    for (const gate of [GATE.fourDigits, GATE.yearDigits, GATE.digitSeparator]) {
      assert.notEqual(left! & gate, 0);
      assert.notEqual(right! & gate, 0);
    }
    assert.equal(scanCandidates('Ref 12345 and 19982', [{ start: 0, end: 19 }])[0]! & (GATE.fourDigits | GATE.yearDigits | GATE.digitSeparator), 0);
  });
});
