import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { findRegions } from '../../src/core/boilerplate.js';
import type { Region } from '../../src/core/types.js';
import { readSeed } from '../seeds.js';

interface Block {
  text: string;
  boilerplate: boolean;
}

function blocks(text: string): Block[] {
  return findRegions(text).map((r) => ({ text: text.slice(r.start, r.end), boilerplate: r.boilerplate }));
}

/** The block whose text starts with `prefix` (the first one, or the `nth`). */
function block(list: readonly Block[], prefix: string, nth = 0): Block {
  const found = list.filter((b) => b.text.startsWith(prefix))[nth];
  assert.ok(found, `no block starting with ${JSON.stringify(prefix)}`);
  return found;
}

function indexOfBlock(list: readonly Block[], prefix: string): number {
  const i = list.findIndex((b) => b.text.startsWith(prefix));
  assert.ok(i >= 0, `no block starting with ${JSON.stringify(prefix)}`);
  return i;
}

function assertWellFormed(text: string, regions: readonly Region[]): void {
  let previous = 0;
  for (const r of regions) {
    assert.ok(r.start >= previous && r.start < r.end && r.end <= text.length, `bad region ${JSON.stringify(r)}`);
    assert.match(text.slice(previous, r.start), /^\s*$/u, 'only whitespace may lie between regions');
    assert.equal(text.slice(r.start, r.end).trim(), text.slice(r.start, r.end), 'regions are trimmed');
    previous = r.end;
  }
  assert.match(text.slice(previous), /^\s*$/u);
}

describe('findRegions on the seed articles', () => {
  it('000: the article and its headline are body; prompts, the news feed and forms are chrome', () => {
    const text = readSeed('000_934a40c725afa8ca.txt');
    const clean = readSeed('001_4ef80c27e6f4f89b.txt');
    const list = blocks(text);
    const harris = indexOfBlock(list, 'U.S. Vice President Kamala Harris said');
    assert.equal(list[harris]!.boilerplate, false);
    assert.deepEqual(
      list.slice(harris + 1).filter((b) => !b.boilerplate),
      [],
      'everything after the Harris paragraph is boilerplate',
    );
    const tail = list.slice(harris + 1).map((b) => b.text).join('\n');
    assert.match(tail, /April 19/);
    assert.match(tail, /80-year-old/);
    // Every paragraph of the article (the cleaned copy 001 has exactly them) is body.
    for (const paragraph of clean.split('\n').filter((l) => l.trim())) {
      assert.equal(block(list, paragraph.trim().slice(0, 60)).boilerplate, false, paragraph.slice(0, 60));
    }
    assert.equal(block(list, 'Russia will meet with US to discuss Ukraine on Jan. 11').boilerplate, false, 'the headline is body');
    for (const chrome of ['Skip to content', 'Edit post', 'Support independent journalism', 'Become a member', 'This audio is created']) {
      assert.equal(block(list, chrome).boilerplate, true, chrome);
    }
  });

  it('001: a cleaned article, one paragraph per line, is all body', () => {
    const text = readSeed('001_4ef80c27e6f4f89b.txt');
    const list = blocks(text);
    assert.equal(list.length, text.split('\n').filter((l) => l.trim()).length, 'one block per line');
    assert.ok(list.every((b) => !b.boilerplate));
  });

  it('002: the commenting policy at the end is chrome, the rest body', () => {
    const text = readSeed('002_1fb32dcd358afb83.txt');
    const list = blocks(text);
    assert.equal(list.at(-1)!.boilerplate, true);
    assert.match(list.at(-1)!.text, /commenting/);
    assert.equal(block(list, 'US-Russian dialogue over Ukraine').boilerplate, false, 'the headline is body');
    for (const b of list.slice(0, -1)) if (b.text.split(/\s+/).length >= 5) assert.equal(b.boilerplate, false, b.text.slice(0, 60));
    assert.equal(block(list, 'Washington says no decisions').boilerplate, false, 'a one-sentence paragraph is body');
  });

  it('003: reply form, related links and stray image captions are chrome; headings are body', () => {
    const text = readSeed('003_218c164c2f570b33.txt');
    const list = blocks(text);
    const chrome = ['Related Articles', 'Leave a Reply', 'Your email address will not be published', 'Back to top button', 'Russia negotiations 1'];
    for (const prefix of chrome) assert.equal(block(list, prefix).boilerplate, true, prefix);
    assert.equal(list.find((b) => b.text === 'Russia negotiations')?.boilerplate, true);
    for (const b of list) {
      if (chrome.some((p) => b.text.startsWith(p)) || b.text === 'Russia negotiations') continue;
      assert.equal(b.boilerplate, false, b.text.slice(0, 60));
    }
    assert.equal(block(list, 'Ukraine At The Heart Of The Conflict').boilerplate, false, 'a sub-heading between paragraphs is body');
  });

  it('004: chrome above the article and every list after "There was no immediate word"', () => {
    const text = readSeed('004_a2a43a3c11ca7b81.txt');
    const list = blocks(text);
    const first = indexOfBlock(list, 'The United States and Russia are set to hold');
    const last = indexOfBlock(list, 'There was no immediate word');
    for (const b of list.slice(first, last + 1)) assert.equal(b.boilerplate, false, b.text.slice(0, 60));
    assert.deepEqual(list.slice(last + 1).filter((b) => !b.boilerplate), []);
    assert.ok(list.slice(last + 1).some((b) => b.text === 'Most Read'));
    for (const b of list.slice(0, first)) {
      if (/^(Related News|BSS\/AFP|Photo : Collected|World\+Biz|Last modified)/.test(b.text)) assert.equal(b.boilerplate, true, b.text);
    }
    assert.equal(block(list, 'US, Russia to hold security, Ukraine talks early January').boilerplate, false, 'the headline is body');
    assert.equal(block(list, '- No cutting out Ukraine -').boilerplate, false, 'a sub-heading inside the article is body');
    assert.equal(block(list, '"But we are also unified').boilerplate, false, 'a one-sentence quote paragraph is body');
  });

  it('regions of every seed are ordered, disjoint, trimmed and cover all non-space text', () => {
    const names = ['000_934a40c725afa8ca.txt', '001_4ef80c27e6f4f89b.txt', '002_1fb32dcd358afb83.txt', '003_218c164c2f570b33.txt', '004_a2a43a3c11ca7b81.txt'];
    for (const name of names) {
      const text = readSeed(name);
      assertWellFormed(text, findRegions(text));
    }
  });
});

const ARTICLE = [
  'Harbour council approves new ferry timetable for the winter',
  'The Eastport harbour council voted on Tuesday to add two early ferries to the winter timetable, after months of complaints from commuters who said the first crossing left them late for work.',
  'The change will take effect on November 3 and will cost the council about 40,000 euros a year, according to the budget papers it published with the decision.',
  '"We listened to the people who use the boats every day," the council chair, Marta Lind, said after the vote.',
  'Not everyone agreed.',
  'Two members voted against the plan, saying the money would be better spent on repairing the pier, which has been closed to cars since a storm in March.',
  'What happens next',
  'The operator said it would hire three more crew members and that tickets for the new crossings would go on sale next week.',
].join('\n\n');

describe('findRegions on synthetic texts', () => {
  it('a plain article with no chrome is all body, headline and short paragraphs included', () => {
    const list = blocks(ARTICLE);
    assert.equal(list.length, 8);
    assert.deepEqual(list.filter((b) => b.boilerplate), []);
  });

  it('CRLF line endings give the same verdicts and no \\r inside regions', () => {
    const crlf = ARTICLE.replace(/\n/g, '\r\n');
    const regions = findRegions(crlf);
    assertWellFormed(crlf, regions);
    assert.deepEqual(regions.map((r) => r.boilerplate), findRegions(ARTICLE).map((r) => r.boilerplate));
    assert.ok(regions.every((r) => !crlf.slice(r.start, r.end).includes('\r')));
  });

  it('empty and blank texts have no regions', () => {
    assert.deepEqual(findRegions(''), []);
    assert.deepEqual(findRegions(' \n\r\n\t '), []);
  });

  it('a single line is one body region', () => {
    const text = '  Talks are set for Jan. 10.  ';
    assert.deepEqual(findRegions(text), [{ start: 2, end: 28, boilerplate: false }]);
  });

  it('a hard-wrapped text is split into paragraphs, not lines', () => {
    const wrapped = [
      'The Eastport harbour council voted on Tuesday to add two early ferries to',
      'the winter timetable, after months of complaints from commuters who said',
      'the first crossing left them late for work.',
      '',
      'The change will take effect on November 3 and will cost the council about',
      'forty thousand euros a year, according to the budget papers it published.',
    ].join('\n');
    const list = blocks(wrapped);
    assert.equal(list.length, 2);
    assert.ok(list.every((b) => !b.boilerplate));
  });

  it('menus, repeated prompts and a list of other headlines around an article are chrome', () => {
    const page = [
      'Home',
      'World',
      'Sport',
      'Subscribe',
      ...ARTICLE.split('\n\n'),
      'Subscribe',
      'Share this article',
      'Most popular',
      'Local bakery wins national bread prize after a decade of trying',
      'The bakery on Mill Street has won the national prize for its rye loaf, the judges announced on Friday, ending a run of second places.',
      'Read more',
      'Football club names new coach',
      'Subscribe',
      '* indicates required',
      '* indicates required',
    ].join('\n');
    const list = blocks(page);
    const first = indexOfBlock(list, 'Harbour council approves');
    const last = indexOfBlock(list, 'The operator said');
    assert.equal(first, 4);
    for (const b of list.slice(first, last + 1)) assert.equal(b.boilerplate, false, b.text.slice(0, 50));
    for (const b of [...list.slice(0, first), ...list.slice(last + 1)]) assert.equal(b.boilerplate, true, b.text.slice(0, 50));
  });

  it('a raw page: nav bar, share bar, prompt and caption are chrome; headline and closing line are body', () => {
    const paragraphs = ARTICLE.split('\n\n');
    const page = [
      'Skip to content',
      'Home | News | Business | Opinion | Weather',
      'EASTPORT ECHO',
      'Eastport gets earlier winter boats',
      'By A. Writer  October 28, 2025 6:15 PM  3 min read',
      'Commuters wait at the ferry terminal in Eastport on Monday. (Echo/B. Photographer)',
      'Share on Facebook  Share on X  Email  Print',
      "Subscribe to our newsletter. Get the day's harbour news every morning.",
      ...paragraphs.slice(1, 6),
      'The vote was seven to two.',
      'Share on Facebook  Share on X  Email  Print',
      'About us | Contact | Privacy',
    ].join('\n\n');
    const list = blocks(page);
    const body = list.filter((b) => !b.boilerplate).map((b) => b.text);
    assert.deepEqual(body, ['Eastport gets earlier winter boats', ...paragraphs.slice(1, 6), 'The vote was seven to two.']);
  });

  it('an article interrupted by a run of embeds continues after it; a teaser list after it does not', () => {
    const paragraphs = ARTICLE.split('\n\n').slice(1);
    const page = [
      ...paragraphs.slice(0, 3),
      '<embed id="1"/>',
      '<embed id="2"/>',
      '<embed id="3"/>',
      ...paragraphs.slice(3),
      'Most popular',
      'Weather',
      'Local bakery wins national bread prize',
      'The bakery on Mill Street has won the national prize for its rye loaf, the judges said on Friday.',
    ].join('\n');
    const list = blocks(page);
    const body = list.filter((b) => !b.boilerplate).map((b) => b.text);
    assert.deepEqual(body, paragraphs);
  });

  it('an article split by a repeated photo credit stays whole', () => {
    const paragraphs = ARTICLE.split('\n\n').slice(1);
    const page = [paragraphs.slice(0, 3).join('\n'), 'Photo: Agency', paragraphs.slice(3, 5).join('\n'), 'Photo: Agency', paragraphs.slice(5).join('\n')].join('\n');
    const list = blocks(page);
    for (const b of list) assert.equal(b.boilerplate, b.text === 'Photo: Agency', b.text.slice(0, 50));
  });

  it('inside the article, a sentence thin in function words, a lead-in with a colon and the short list it introduces are body', () => {
    const paragraphs = ARTICLE.split('\n\n');
    const thin = 'Eastport Ferry Company Chief Executive Jonas Berg called Tuesday\'s council vote a "fair deal for Eastport commuters."';
    const text = [
      ...paragraphs.slice(0, 3),
      thin,
      'Lind added:',
      paragraphs[3],
      'The council listed what the operator must do:',
      'Hire crew',
      'Repaint boats',
      'Publish the new times online.',
      ...paragraphs.slice(4),
    ].join('\n\n');
    assert.deepEqual(blocks(text).filter((b) => b.boilerplate), []);
    // The same sentence after the article, past a list of labels, is not taken for part of it.
    const after = [ARTICLE, 'Most popular', 'Weather', 'Sport', thin].join('\n\n');
    assert.equal(block(blocks(after), 'Eastport Ferry').boilerplate, true);
  });

  it('reader comments signed with a handle after the article are body down to the last one', () => {
    const comments = [
      'We asked readers whether the early ferries would change how they get to work in the winter months.',
      'Yes. I will finally be on time for the morning shift at the hospital.',
      '@harbour_rider.',
      'The pier matters more than the timetable, and the council knows it.',
      '@eastport_mum.',
      'No. I drive anyway.',
      '@mill_street_42.',
    ];
    const list = blocks([ARTICLE, ...comments].join('\n\n'));
    assert.deepEqual(list.filter((b) => b.boilerplate), []);
  });

  it('embedded posts inside the article are chrome and do not cut off the paragraphs after them', () => {
    const paragraphs = ARTICLE.split('\n\n');
    const text = [
      ...paragraphs.slice(0, 6),
      '<tweet tweet-id="1"><tweet/>.',
      '<tweet tweet-id="2"><tweet/>.',
      '<tweet author="harbourwatch" tweet-id="3">Two early ferries from November, the council says. Good news for everyone who works in town.</tweet>.',
      '<tweet tweet-id="4"><tweet/>.',
      paragraphs[7],
    ].join('\n\n');
    for (const b of blocks(text)) assert.equal(b.boilerplate, b.text.startsWith('<tweet'), b.text.slice(0, 50));
  });

  it('for any text, regions are ordered, disjoint, trimmed and inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', ' ', '.', '\n', '\r', '"', '“', '”', 'the ', 'Said ', '1', '😀', '\t', '-') , maxLength: 300 }), (text) => {
        assertWellFormed(text, findRegions(text));
      }),
      { numRuns: 300 },
    );
  });
});
