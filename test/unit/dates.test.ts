import assert from 'node:assert/strict';
import { describe, it, test } from 'node:test';
import fc from 'fast-check';
import { extractDates } from '../../src/core/extract/dates/index.js';
import type { DateFact } from '../../src/core/types.js';
import { readSeed } from '../seeds.js';

const WRITTEN = '2021-12-28';

function dates(text: string, published: string | null = WRITTEN): DateFact[] {
  return extractDates(text, { published });
}

/** The one fact whose text is `phrase` (first occurrence). */
function find(text: string, phrase: string, published: string | null = WRITTEN): DateFact {
  const fact = dates(text, published).find((f) => f.text === phrase);
  assert.ok(fact, `no date "${phrase}" in: ${JSON.stringify(dates(text, published).map((f) => f.text))}`);
  return fact;
}

function timexOf(text: string, phrase: string, published: string | null = WRITTEN): string {
  return find(text, phrase, published).value.timex;
}

test('seed 000: "Jan. 11" written December 27, 2021 is 2022-01-11', () => {
  const text = readSeed('000');
  assert.equal(timexOf(text, 'Jan. 11', '2021-12-27'), '2022-01-11');
});

test('seed 004: "last June" is the June just gone and "January 10" the coming one', () => {
  const text = readSeed('004');
  assert.equal(timexOf(text, 'last June'), '2021-06');
  assert.equal(timexOf(text, 'January 10'), '2022-01-10');
});

test('seed 002: "on Monday" is the Monday before publication; "the 12th of January" is 2022', () => {
  const text = readSeed('002');
  const monday = dates(text).find((f) => f.text.endsWith('Monday'));
  assert.ok(monday);
  assert.equal(monday.value.timex, '2021-12-27');
  assert.equal(timexOf(text, 'the 12th of January'), '2022-01-12');
});

test('absolute dates in the forms news uses', () => {
  assert.equal(timexOf('It opens the 10th of January.', 'the 10th of January'), '2022-01-10');
  assert.equal(timexOf('Talks begin Jan. 11 in Geneva.', 'Jan. 11'), '2022-01-11');
  assert.equal(timexOf('He spoke on December 27th.', 'December 27th'), '2021-12-27');
  assert.equal(timexOf('The summit on June 16, 2021 ended.', 'June 16, 2021'), '2021-06-16');
  assert.equal(timexOf('Updated 2021-12-28 by staff', '2021-12-28'), '2021-12-28');
});

test('relative dates resolve against the publication date', () => {
  assert.equal(timexOf('Officials met on Monday.', 'Monday'), '2021-12-27');
  assert.equal(timexOf('Officials met late on Monday.', 'late on Monday'), '2021-12-27');
  assert.equal(timexOf('Protesters gathered on Saturday.', 'Saturday'), '2021-12-25');
  assert.equal(timexOf('He said so last June.', 'last June'), '2021-06');
  assert.equal(timexOf('Troops arrived earlier this month.', 'earlier this month'), '2021-12');
  assert.equal(timexOf('It may escalate this winter.', 'this winter'), '2021-WI');
  assert.equal(timexOf('The economy grew last year.', 'last year'), '2020');
  assert.equal(timexOf('Sales fell this week.', 'this week'), '2021-W52');
});

test('a future sentence turns a weekday and a month forward', () => {
  assert.equal(timexOf('The ministers will meet on Monday.', 'Monday'), '2022-01-03');
  assert.equal(timexOf('Talks will take place on January 10.', 'January 10'), '2022-01-10');
  assert.equal(timexOf('The ministers met on Monday.', 'Monday'), '2021-12-27');
});

// Monday 2 March 2026: "Tuesday" is 2026-03-03 ahead or 2026-02-24 behind.
const MONDAY = '2026-03-02';

test('a present tense after "if", "unless", "once", "until" looks ahead; a past verb still looks back', () => {
  assert.equal(timexOf('If shareholders approve the merger on Tuesday, the shares could rise.', 'Tuesday', MONDAY), '2026-03-03');
  assert.equal(timexOf('Unless the council objects on Friday, building starts in May.', 'Friday', MONDAY), '2026-03-06');
  assert.equal(timexOf('Once the treaty is ratified on Thursday, tariffs fall.', 'Thursday', MONDAY), '2026-03-05');
  assert.equal(timexOf('The mill stays open until engineers inspect it on Wednesday.', 'Wednesday', MONDAY), '2026-03-04');
  assert.equal(timexOf('If the bid was withdrawn on Tuesday, nobody told the staff.', 'Tuesday', MONDAY), '2026-02-24');
  assert.equal(timexOf('When the mayor spoke on Thursday, the hall was full.', 'Thursday', MONDAY), '2026-02-26');
  assert.equal(timexOf('The regulator said on Tuesday that fares would rise.', 'Tuesday', MONDAY), '2026-02-24');
  // "until Friday" right before the date is a preposition, not a clause of its own.
  assert.equal(timexOf('The blockade lasted until Friday.', 'Friday', MONDAY), '2026-02-27');
});

test('plans and schedules look ahead: "is set to", "is expected to", "are due to", "plans to"', () => {
  assert.equal(timexOf('The ferry is set to sail Thursday.', 'Thursday', MONDAY), '2026-03-05');
  assert.equal(timexOf('The hearing is set for Friday.', 'Friday', MONDAY), '2026-03-06');
  assert.equal(timexOf('The jury is expected to deliver its verdict on Wednesday.', 'Wednesday', MONDAY), '2026-03-04');
  assert.equal(timexOf('Inspectors are due to arrive on Friday.', 'Friday', MONDAY), '2026-03-06');
  assert.equal(timexOf('The senator plans to visit the plant Thursday.', 'Thursday', MONDAY), '2026-03-05');
  // A passive with a past auxiliary stays past.
  assert.equal(timexOf('The contract was signed on Thursday.', 'Thursday', MONDAY), '2026-02-26');
});

test('"the next day" counts from the date the story last named', () => {
  const facts = dates('The talks open on January 10. The next day, delegates go home.');
  const next = facts.find((f) => /next day/i.test(f.text));
  assert.ok(next);
  assert.equal(next.value.timex, '2022-01-11');
});

test('without a publication date, "the following day" keeps the month and day the story named', () => {
  const text = 'Russia and NATO were likely to hold talks on the 12th of January with a broader meeting set for the following day.';
  assert.equal(timexOf(text, 'the 12th of January', null), 'XXXX-01-12');
  assert.equal(timexOf(text, 'the following day', null), 'XXXX-01-13');
  assert.equal(timexOf('Talks opened on March 31. The next day, envoys left.', 'The next day', null), 'XXXX-04-01');
  assert.equal(timexOf('Talks opened on January 1. The day before, envoys arrived.', 'The day before', null), 'XXXX-12-31');
  assert.equal(timexOf('Talks opened on January 12. Two days later they ended.', 'Two days later', null), 'XXXX-01-14');
});

test('yearless shifts keep only what is certain: Feb. 28 + 1 may be Feb. 29', () => {
  assert.equal(timexOf('The talks began on Feb. 28. The next day they stalled.', 'The next day', null), 'XXXX-XX-XX');
  assert.equal(timexOf('The talks began on Feb. 27. The next day they stalled.', 'The next day', null), 'XXXX-02-28');
  assert.equal(timexOf('The talks began on March 1. The previous day was calm.', 'The previous day', null), 'XXXX-XX-XX');
  // With the year known the calendar decides.
  assert.equal(timexOf('The talks began on Feb. 28, 2024. The next day they stalled.', 'The next day', null), '2024-02-29');
  assert.equal(timexOf('The talks began on Feb. 28, 2023. The next day they stalled.', 'The next day', null), '2023-03-01');
});

test('after a weekday alone, "the next day" is the next weekday of any week', () => {
  assert.equal(timexOf('Talks opened on Monday. The next day, envoys left.', 'The next day', null), 'XXXX-WXX-2');
  assert.equal(timexOf('Talks opened on Saturday. Two days later, envoys left.', 'Two days later', null), 'XXXX-WXX-1');
});

test('"N years later" counts from the date the story last named, not from publication', () => {
  const published = '2026-03-01';
  assert.deepEqual(find('The plant opened in 2016. Ten years later it closed.', 'Ten years later', published).value, { timex: '2026', type: 'DATE' });
  assert.equal(timexOf('He was arrested on March 3, 2019.\n\nTwo months later he was freed.', 'Two months later', published), '2019-05-03');
  // A month is too coarse to count weeks from: the length alone.
  assert.deepEqual(find('The vote was in March 2019. Three weeks earlier the polls closed.', 'Three weeks', published).value, { timex: 'P3W', type: 'DURATION' });
  assert.equal(timexOf('The vote was on June 30, 2019. Three weeks earlier the polls closed.', 'Three weeks earlier', published), '2019-06-09');
});

test('"N days later" with nothing to count from is TimeBank\'s duration, "later" left out', () => {
  assert.deepEqual(find('Ten years later it closed.', 'Ten years', '2026-03-01').value, { timex: 'P10Y', type: 'DURATION' });
  assert.deepEqual(find('A few days later it reopened.', 'A few days', null).value, { timex: 'PXD', type: 'DURATION' });
  // A date two paragraphs back is no longer the one being talked about.
  const far = 'The plant opened in 2016.\n\nIt grew.\n\nTen years later it closed.';
  assert.deepEqual(find(far, 'Ten years', '2026-03-01').value, { timex: 'P10Y', type: 'DURATION' });
  // "a year earlier" in business news stays the year before publication.
  assert.equal(timexOf('Sales rose on Friday from a year earlier.', 'a year earlier'), '2020');
});

test('"the day before", "the previous day", "a week later" after a date in the previous sentence', () => {
  for (const published of [null, '2026-03-01']) {
    const opened = 'Talks opened on January 12, 2020.';
    assert.equal(timexOf(`${opened} The day before, envoys arrived.`, 'The day before', published), '2020-01-11');
    assert.equal(timexOf(`${opened} The previous day was quiet.`, 'The previous day', published), '2020-01-11');
    assert.equal(timexOf(`${opened} The day before was quiet.`, 'The day before', published), '2020-01-11');
    assert.equal(timexOf(`${opened} A week later they left.`, 'A week later', published), '2020-01-19');
    // A story moving on: counted from the date it reached.
    assert.equal(timexOf(`${opened} The next day they left. A week later they returned.`, 'A week later', published), '2020-01-20');
  }
});

test('"the day before the crash" is counted from the event; TimeML marks "the day"', () => {
  const text = 'He was last seen Nov. 3, 1998, the day before police issued a warrant.';
  assert.deepEqual(find(text, 'the day', null).value, { timex: '1998-11-03', type: 'DATE' });
  assert.ok(!dates(text, null).some((f) => f.text === 'the day before'));
});

test('times and durations', () => {
  assert.deepEqual(find('Posted December 27, 2021 7:24 PM', 'December 27, 2021 7:24 PM').value, { timex: '2021-12-27T19:24', type: 'TIME' });
  assert.deepEqual(find('The build-up lasted two months.', 'two months').value, { timex: 'P2M', type: 'DURATION' });
  assert.deepEqual(find('It took a month.', 'a month').value, { timex: 'P1M', type: 'DURATION' });
  assert.equal(timexOf('a month-long standoff', 'month-long'), 'P1M');
  assert.equal(timexOf('Tension rose over the past two months.', 'the past two months'), 'P2M');
  // Hedges stay outside the span: "less than a month" is the duration "a month".
  assert.equal(timexOf('It lasted less than a month.', 'a month'), 'P1M');
});

test('an article before a spelled count is not part of it: "a two-week strike" is P2W', () => {
  assert.deepEqual(find('Miners began a two-week walkout.', 'two-week').value, { timex: 'P2W', type: 'DURATION' });
  assert.equal(timexOf('They held a three-day summit.', 'three-day'), 'P3D');
  assert.equal(timexOf('She made a 10-day tour.', '10-day'), 'P10D');
  assert.equal(timexOf('It was a one-day stoppage.', 'one-day'), 'P1D');
  assert.equal(timexOf('an eight-hour shift', 'eight-hour'), 'PT8H');
  // Tens still take a unit: "twenty-five years".
  assert.equal(timexOf('The lease runs for twenty-five years.', 'twenty-five years'), 'P25Y');
  assert.equal(timexOf('a seventy-year reign', 'seventy-year'), 'P70Y');
  assert.ok(!dates('Miners began a two-week walkout.').some((f) => /^a\s/.test(f.text)));
});

test('"ten years after <clause>" is a length of time; "ten years ago" is a date', () => {
  assert.deepEqual(find('Ten years after the mine closed, the town recovered.', 'Ten years', MONDAY).value, { timex: 'P10Y', type: 'DURATION' });
  assert.deepEqual(find('Six months before the election, polls shifted.', 'Six months', MONDAY).value, { timex: 'P6M', type: 'DURATION' });
  assert.deepEqual(find('The mine closed ten years ago.', 'ten years ago', MONDAY).value, { timex: '2016', type: 'DATE' });
});

test('bare years, quarters and reference words', () => {
  assert.equal(timexOf('Crimea was annexed in 2014.', '2014'), '2014');
  assert.equal(timexOf('Profit rose in the third quarter.', 'the third quarter'), '2021-Q3');
  assert.equal(timexOf('Russia is now massing troops.', 'now'), 'PRESENT_REF');
  assert.equal(dates('It rose 2000 points and 1,500 people came.').length, 0);
});

test('news periods: quarters, spelled years, decades, year-end, sets', () => {
  assert.equal(timexOf('Profit fell in the 1988 second quarter.', 'the 1988 second quarter'), '1988-Q2');
  assert.equal(timexOf('Sales in the latest period rose.', 'the latest period'), '2021-Q3');
  assert.equal(timexOf('In nineteen ninety-one he was convicted.', 'nineteen ninety-one'), '1991');
  assert.equal(timexOf('Crime fell through the nineties.', 'the nineties'), '199');
  assert.equal(timexOf('The deal should close by year-end.', 'year-end'), '2021');
  assert.deepEqual(find('Orangemen march each July.', 'each July').value, { timex: 'XXXX-07', type: 'SET' });
  assert.equal(timexOf('Shares were sold over the weekend.', 'the weekend'), '2021-W51-WE');
  assert.equal(dates('They paid two thousand dollars.').length, 0);
});

test('"a year earlier" after a quarter is that quarter a year back', () => {
  const text = 'Net income rose in the third quarter to $5 million from $4 million a year earlier.';
  assert.equal(timexOf(text, 'the third quarter'), '2021-Q3');
  assert.equal(timexOf(text, 'a year earlier'), '2020-Q3');
  assert.equal(timexOf('He left the firm a year earlier.', 'a year earlier'), '2020');
});

test('a range joined by a word is two dates, each end resolved', () => {
  const facts = dates('It bought shares from Aug. 26 to Oct. 20 for cash.');
  assert.deepEqual(facts.map((f) => [f.text, f.value.timex]), [['Aug. 26', '2021-08-26'], ['Oct. 20', '2021-10-20']]);
  assert.deepEqual(dates('Talks run from Dec. 20 to Jan. 5.').map((f) => f.value.timex), ['2021-12-20', '2022-01-05']);
});

test('stock prices and titles are not dates', () => {
  assert.deepEqual(dates('LIN surged 4 5/8 to 112 5/8.'), []);
  assert.deepEqual(dates('He said on ABC\'s "This Week" that'), []);
  assert.deepEqual(dates('Good evening from Havana.'), []);
});

test('no publication date: a date without a year keeps an unknown year', () => {
  assert.equal(timexOf('Talks open on January 10.', 'January 10', null), 'XXXX-01-10');
  assert.equal(timexOf('The summit on June 16, 2021 ended.', 'June 16, 2021', null), '2021-06-16');
});

test('spans follow TimeML: no leading preposition, modifiers kept', () => {
  assert.equal(find('They met on Monday.', 'Monday').start, 'They met on '.length);
  assert.ok(dates('They met in early January.').some((f) => f.text === 'early January'));
});

test('chrono misreadings are rejected', () => {
  assert.deepEqual(dates('1\n\nA new round of talks'), []);
  assert.deepEqual(dates('He may go, she said.'), []);
  assert.deepEqual(dates('It was the second time they met.'), []);
  assert.deepEqual(dates('Nobody knows anything.'), []);
  assert.deepEqual(dates('The bonds pay 6 1/4% and fell 7/8.'), []);
});

test('edge cases: start and end of text, CRLF, text after an emoji', () => {
  const atEdges = 'Monday was calm.\r\nTalks resume January 10';
  const facts = dates(atEdges);
  assert.equal(facts[0].start, 0);
  assert.equal(facts.at(-1)!.end, atEdges.length);
  assert.equal(facts.at(-1)!.value.timex, '2022-01-10');
  const emoji = '🇺🇸🇷🇺 Talks are on January 10.';
  const fact = find(emoji, 'January 10');
  assert.equal(emoji.slice(fact.start, fact.end), 'January 10');
  assert.equal(fact.start, emoji.indexOf('January'));
});

test('property: any text yields facts inside it whose text matches their range', () => {
  const pieces = fc.constantFrom('on Monday', 'Jan. 11', ' ', '\n\n', '1', 'A', 'last June', 'may', '🙂', '\r\n', '2021', 'two months', 'the next day', ',');
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.array(pieces).map((a) => a.join(''))), fc.option(fc.constantFrom('2021-12-28', '1998-01-08')), (text, published) => {
      for (const f of extractDates(text, { published })) {
        assert.ok(f.start >= 0 && f.start < f.end && f.end <= text.length);
        assert.equal(f.text, text.slice(f.start, f.end));
        assert.ok(f.value.timex.length > 0);
      }
    }),
    { numRuns: 300 },
  );
});

describe('clock times and weekdays without a publication date', () => {
  const timexes = (text: string) => extractDates(text, { published: null }).map((f) => [f.text, f.value.timex]);

  it('leaves the day of a lone clock time unknown', () => {
    assert.deepEqual(timexes('The rally began at 6 a.m. and ended at 7:24 PM.'), [
      ['6 a.m.', 'XXXX-XX-XXT06:00'],
      ['7:24 PM', 'XXXX-XX-XXT19:24'],
    ]);
  });

  it('keeps the weekday and the time of day together', () => {
    assert.deepEqual(timexes('Polls opened at 6 a.m. on Tuesday.'), [['6 a.m. on Tuesday', 'XXXX-WXX-2T06:00']]);
    assert.deepEqual(timexes('He spoke on Monday afternoon.'), [['Monday afternoon', 'XXXX-WXX-1TAF']]);
  });
});

describe('a present state lasting until a weekday looks ahead', () => {
  const timexOn = (text: string) => extractDates(text, { published: '2026-03-02' }).map((f) => f.value.timex);

  it('reads "is closed until Tuesday" as the coming Tuesday', () => {
    assert.deepEqual(timexOn('The port is closed until Tuesday, the authority said.'), ['2026-03-03']);
    assert.deepEqual(timexOn('Talks are suspended until Friday.'), ['2026-03-06']);
  });

  it('keeps a past state lasting until a weekday in the past', () => {
    assert.deepEqual(timexOn('The port was closed until Friday.'), ['2026-02-27']);
    assert.deepEqual(timexOn('Workers stayed out until Friday.'), ['2026-02-27']);
  });
});
