import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { extractFigures, findNumbers } from '../../src/core/extract/figures/index.js';
import type { FigureFact, FigureValue, Span } from '../../src/core/types.js';
import { readSeed } from '../seeds.js';

function figures(text: string, exclude: Span[] = []): FigureFact[] {
  const found = extractFigures(text, { exclude });
  for (const f of found) assert.equal(f.text, text.slice(f.start, f.end));
  return found;
}

/** The one figure whose text is `span`, failing when there is none. */
function figure(text: string, span: string, exclude: Span[] = []): FigureValue {
  const found = figures(text, exclude).find((f) => f.text === span);
  assert.ok(found, `no figure "${span}" in ${JSON.stringify(text)}; got ${JSON.stringify(figures(text, exclude).map((f) => f.text))}`);
  return found.value;
}

const exact = (value: number, unit: string | null): FigureValue => ({ value, min: null, max: null, unit, approximate: false });

describe('seed articles', () => {

  it('000: 122,000 troops and two draft pacts', () => {
    const text = readSeed('000_934a40c725afa8ca');
    assert.deepEqual(figure(text, '122,000'), exact(122000, 'troops'));
    const pacts = figures(text).find((f) => f.value.unit === 'pacts');
    assert.ok(pacts);
    assert.equal(pacts.text, 'two');
    assert.equal(pacts.value.value, 2);
    // "Nord Stream 2" is a name, "7:24 PM" a time
    assert.ok(!figures(text).some((f) => f.text === '2' || f.text === '7' || f.text === '24'));
  });

  it('002: tens of thousands of troops, $300 million', () => {
    const text = readSeed('002_1fb32dcd358afb83');
    assert.deepEqual(figure(text, 'tens of thousands'), { value: null, min: 10000, max: 99999, unit: 'troops', approximate: true });
    assert.deepEqual(figure(text, '$300 million'), exact(300000000, 'USD'));
    assert.ok(!figures(text).some((f) => f.value.value === 2014), 'the year in "in 2014" is not a figure');
  });

  it('003: more than 10,000 Russian soldiers', () => {
    const text = readSeed('003_218c164c2f570b33');
    assert.deepEqual(figure(text, 'more than 10,000'), { value: null, min: 10000, max: null, unit: 'soldiers', approximate: false });
  });
});

describe('cardinals and what they count', () => {
  it('reads digits, groups and decimals', () => {
    assert.deepEqual(figure('Russia massed 122,000 troops.', '122,000'), exact(122000, 'troops'));
    assert.deepEqual(figure('It has 1.5 million residents.', '1.5 million'), exact(1500000, 'residents'));
    assert.deepEqual(figure('Some 3.25 tonnes were seized.', 'Some 3.25'), { value: 3.25, min: null, max: null, unit: 'tonnes', approximate: true });
  });

  it('reads number words', () => {
    assert.deepEqual(figure('three Ukrainian soldiers died', 'three'), exact(3, 'soldiers'));
    assert.deepEqual(figure('twenty-five people were hurt', 'twenty-five'), exact(25, 'people'));
    assert.deepEqual(figure('a dozen eggs', 'a dozen'), exact(12, 'eggs'));
    assert.deepEqual(figure('one hundred and six houses', 'one hundred and six'), exact(106, 'houses'));
  });

  it('skips adjectives before the counted noun, and stops at function words', () => {
    assert.equal(figure('two draft pacts on security', 'two').unit, 'pacts');
    assert.equal(figure('40 were hurt', '40').unit, null);
  });

  it('reads vague amounts', () => {
    assert.deepEqual(figure('tens of thousands of troops', 'tens of thousands'), { value: null, min: 10000, max: 99999, unit: 'troops', approximate: true });
    assert.deepEqual(figure('dozens of people', 'dozens'), { value: null, min: 24, max: 99, unit: 'people', approximate: true });
    assert.deepEqual(figure('hundreds were arrested', 'hundreds'), { value: null, min: 200, max: 999, unit: null, approximate: true });
    assert.deepEqual(figure('several hundred protesters', 'several hundred'), { value: null, min: 300, max: 900, unit: 'protesters', approximate: true });
  });

  it('reads bounds and estimates', () => {
    assert.deepEqual(figure('at least 5 people', 'at least 5'), { value: null, min: 5, max: null, unit: 'people', approximate: false });
    assert.deepEqual(figure('fewer than 10 ships', 'fewer than 10'), { value: null, min: null, max: 10, unit: 'ships', approximate: false });
    assert.deepEqual(figure('up to 10 ships', 'up to 10'), { value: null, min: null, max: 10, unit: 'ships', approximate: false });
    assert.deepEqual(figure('about 100 tanks', 'about 100'), { value: 100, min: null, max: null, unit: 'tanks', approximate: true });
    assert.deepEqual(figure('nearly 100 tanks', 'nearly 100').approximate, true);
    assert.deepEqual(figure('100 or more tanks', '100 or more'), { value: null, min: 100, max: null, unit: 'tanks', approximate: false });
  });

  it('reads ranges', () => {
    assert.deepEqual(figure('between 5 and 10 drones', 'between 5 and 10'), { value: null, min: 5, max: 10, unit: 'drones', approximate: false });
    assert.deepEqual(figure('5-10 drones', '5-10'), { value: null, min: 5, max: 10, unit: 'drones', approximate: false });
    assert.deepEqual(figure('5 to 10 million people', '5 to 10 million'), { value: null, min: 5e6, max: 1e7, unit: 'people', approximate: false });
    assert.deepEqual(figure('four or five people inside', 'four or five'), { value: null, min: 4, max: 5, unit: 'people', approximate: true });
    assert.deepEqual(figures('choose 5 or 500 seats').length, 2);
    assert.deepEqual(figure('$5-10 billion', '$5-10 billion'), { value: null, min: 5e9, max: 1e10, unit: 'USD', approximate: false });
  });

  it('reads ages', () => {
    assert.deepEqual(figure('kills 80-year-old woman', '80-year-old'), exact(80, 'years old'));
    assert.deepEqual(figure('a man aged 45 was', 'aged 45'), exact(45, 'years old'));
    assert.deepEqual(figure('the baby was ten months old', 'ten months old'), exact(10, 'months old'));
    assert.deepEqual(figure('the victim, Linda Sanders, 35, had finished', '35'), exact(35, 'years old'));
  });
});

describe('money and percentages', () => {
  it('reads currency signs, codes and names', () => {
    assert.deepEqual(figure('$300 million', '$300 million'), exact(3e8, 'USD'));
    assert.deepEqual(figure('a €5bn fund', '€5bn'), exact(5e9, 'EUR'));
    assert.deepEqual(figure('costs £20 now', '£20'), exact(20, 'GBP'));
    assert.deepEqual(figure('a £300m deal', '£300m'), exact(3e8, 'GBP'));
    assert.deepEqual(figure('paid 20 dollars', '20 dollars'), exact(20, 'USD'));
    assert.deepEqual(figure('fined Rs 500 each', 'Rs 500'), exact(500, 'INR'));
    assert.deepEqual(figure('lost 5 billion rubles', '5 billion rubles'), exact(5e9, 'RUB'));
    assert.deepEqual(figure('raised 3bn', '3bn'), exact(3e9, null));
    assert.deepEqual(figure('got C$ 16.4 million', 'C$ 16.4 million'), exact(16.4e6, 'CAD'));
    assert.deepEqual(figure('rose 50 cents', '50 cents'), exact(0.5, 'USD'));
    assert.deepEqual(figure('it cost 3 dollars 50 cents.', '3 dollars 50 cents'), exact(3.5, 'USD'));
    assert.deepEqual(figure('millions of dollars', 'millions').unit, 'USD');
  });

  it('reads "pounds" of weight as a counted noun, not money', () => {
    assert.deepEqual(figure('a gift of 500 pounds (225 kilograms) of aid', '500'), exact(500, 'pounds'));
    assert.deepEqual(figure('profit of 361 million pounds', '361 million pounds'), exact(361e6, 'GBP'));
  });

  it('does not read "a $5 fee" as Australian dollars', () => {
    assert.deepEqual(figure('a $5 fee', '$5'), exact(5, 'USD'));
  });

  it('reads percentages', () => {
    assert.deepEqual(figure('up 12% on', '12%'), exact(12, '%'));
    assert.deepEqual(figure('up 12 percent on', '12 percent'), exact(12, '%'));
    assert.deepEqual(figure('up 12 per cent on', '12 per cent'), exact(12, '%'));
    assert.deepEqual(figure('fell 27 % in', '27 %'), exact(27, '%'));
  });
});

describe('numbers that are not figures', () => {
  const texts = (t: string) => figures(t).map((f) => f.text);

  it('rejects years, times, ordinals and days', () => {
    assert.deepEqual(texts('Crimea was annexed in 2014 and NATO has grown since 1997.'), []);
    assert.deepEqual(texts('Updated 7:24 PM, the 12th, on Dec. 27 and 28 December.'), []);
    assert.deepEqual(texts('Published 2021-12-28 and 28.12.2021.'), []);
    assert.deepEqual(texts('He served from 1990-1995 and in 2001-2003.'), []);
  });

  it('rejects names, list numbers and phone numbers', () => {
    assert.deepEqual(texts('the Nord Stream 2 gas pipeline, F-16 jets, Covid-19, the G7'), []);
    assert.deepEqual(texts('1\n\nA headline\n2. Another'), []);
    assert.deepEqual(texts('Call +1-222-555-2222 or (555) 123-4567 now.'), []);
    assert.deepEqual(texts('See https://example.com/2021/12/story-122000 here'), []);
  });

  it('rejects scores, model numbers and house numbers', () => {
    assert.deepEqual(texts('By a 6-3 vote, and a 3-for-2 split'), []);
    assert.deepEqual(texts("Intel's 80486 chip and the 486 chip"), []);
    assert.deepEqual(texts('the store at 469 Vermont St. in town'), []);
  });

  it('reads a capitalised plural as the unit only in a title-case line', () => {
    assert.equal(figure('Russia Deploys 122,000 Troops Near Border', '122,000').unit, 'troops');
    assert.equal(figures('He lived at 405 Williams Avenue.').length, 0);
  });

  it('drops "one" as a pronoun or determiner, keeps it inside larger numbers and with units', () => {
    assert.deepEqual(texts('one of the officials said one day before'), []);
    assert.deepEqual(figure('one million people', 'one million'), exact(1e6, 'people'));
    assert.deepEqual(figure('just one dollar', 'one dollar'), exact(1, 'USD'));
  });

  it('drops numbers inside excluded (date) spans', () => {
    const text = 'Talks on January 10, 2022 with 5 envoys';
    const start = text.indexOf('January');
    assert.deepEqual(figures(text, [{ start, end: start + 'January 10, 2022'.length }]).map((f) => f.text), ['5']);
  });
});

describe('positions', () => {
  it('finds a figure at the very start and at the very end', () => {
    assert.deepEqual(figure('500 troops arrived', '500'), exact(500, 'troops'));
    const end = 'The toll rose to 40%';
    const f = figures(end).find((x) => x.text === '40%');
    assert.ok(f);
    assert.equal(f.end, end.length);
  });

  it('keeps UTF-16 offsets after an emoji and across CRLF', () => {
    const text = '\uD83D\uDE80 Launch:\r\n$300 million for\r\n122,000 troops';
    const money = figures(text).find((f) => f.value.unit === 'USD');
    assert.ok(money);
    assert.equal(money.start, text.indexOf('$'));
    assert.equal(money.text, '$300 million');
    assert.deepEqual(figure(text, '122,000'), exact(122000, 'troops'));
  });

  it('returns figures inside the text, whatever the text', () => {
    const pieces = fc.constantFrom('122,000', ' troops', '$', '300', ' million', 'tens of thousands', ' of ', 'more than ', '%', '-', 'one', ' ', '\n', '\r\n', '\uD83D\uDE80', 'two', 'and', 'between ', '1/2', '.', ',', 'aged ', '-year-old');
    fc.assert(fc.property(fc.oneof(fc.array(pieces, { maxLength: 30 }).map((p) => p.join('')), fc.string({ maxLength: 200 })), (text) => {
      for (const f of extractFigures(text, { exclude: [] })) {
        assert.ok(f.start >= 0 && f.start < f.end && f.end <= text.length);
        assert.equal(f.text, text.slice(f.start, f.end));
      }
    }), { numRuns: 300 });
  });
});

describe('findNumbers (numeric mentions)', () => {
  const read = (t: string) => findNumbers(t).map((m) => [t.slice(m.start, m.end), m.value]);

  it('reads fractions, decimals and signs', () => {
    assert.deepEqual(read('two thirds'), [['two thirds', 2 / 3]]);
    assert.deepEqual(read('one and a half'), [['one and a half', 1.5]]);
    assert.deepEqual(read('nine point nought four'), [['nine point nought four', 9.04]]);
    assert.deepEqual(read('The answer is minus 5'), [['minus 5', -5]]);
    assert.deepEqual(read(' -1 and .08'), [['-1', -1], ['.08', 0.08]]);
    assert.deepEqual(read('1 over 3'), [['1 over 3', 1 / 3]]);
  });

  it('keeps separated numbers apart', () => {
    assert.deepEqual(read('192.168.1.2'), [['192', 192], ['168', 168], ['1', 1], ['2', 2]]);
    assert.deepEqual(read('1, 234, 567'), [['1', 1], ['234', 234], ['567', 567]]);
    assert.deepEqual(read('three-nought-four'), [['three', 3], ['nought', 0], ['four', 4]]);
  });

  it('reads multipliers and scale words', () => {
    assert.deepEqual(read('10k or 1.2b or 13 lakh'), [['10k', 1e4], ['1.2b', 1.2e9], ['13 lakh', 1.3e6]]);
    assert.deepEqual(read('twenty-one trillion and three hundred'), [['twenty-one trillion and three hundred', 21000000000300]]);
    assert.deepEqual(read('the 180ml liquid'), []);
  });
});
