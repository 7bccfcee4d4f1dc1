import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findRegions } from '../../src/core/boilerplate.js';
import { groupSources, shingles } from '../../src/core/sources.js';
import { readSeed, seedNames } from '../seeds.js';

const QUOTE = '"We listened to the people who use the boats every day and we heard them clearly," the council chair said.';

const STORY_A = [
  'The Eastport harbour council voted on Tuesday to add two early ferries to the winter timetable, after months of complaints from commuters.',
  'The change will take effect on November 3 and will cost the council about 40,000 euros a year, according to budget papers.',
  QUOTE,
  'Two members voted against the plan, saying the money would be better spent on repairing the pier, closed to cars since a storm in March.',
  'The operator said it would hire three more crew members and that tickets would go on sale next week.',
].join('\n\n');

/** Another outlet's story on the same event: its own words, the same quotation. */
const STORY_B = [
  'Commuters in Eastport will get earlier boats this winter after a split vote by the harbour council, which had faced a petition signed by hundreds of riders.',
  QUOTE,
  'Critics on the council wanted the funds to go to the damaged pier instead, a repair the town has postponed twice.',
  'The new crossings start in early November, the ferry company confirmed in a statement on Wednesday evening.',
].join('\n\n');

const CHROME_TOP = ['Home', 'World', 'Sport', 'Subscribe to our newsletter', 'Sign in'].join('\n');
const CHROME_BOTTOM = ['Most read', 'Local bakery wins bread prize', 'Football club names new coach', 'Share', 'Subscribe to our newsletter'].join('\n');

function groupsOf(docs: { path: string; text: string }[]): string[][] {
  const map = groupSources(docs);
  const byId = new Map<string, string[]>();
  for (const doc of docs) byId.set(map.get(doc.path)!, [...(byId.get(map.get(doc.path)!) ?? []), doc.path]);
  return [...byId.values()].map((g) => g.sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

describe('groupSources', () => {
  it('groups the raw page 000 with its cleaned text 001; the other seeds stand alone', () => {
    const docs = seedNames().map((f) => ({ path: f, text: readSeed(f) }));
    const withRegions = docs.map((d) => ({ ...d, regions: findRegions(d.text) }));
    const expected = [['000_934a40c725afa8ca.txt', '001_4ef80c27e6f4f89b.txt'], ['002_1fb32dcd358afb83.txt'], ['003_218c164c2f570b33.txt'], ['004_a2a43a3c11ca7b81.txt']];
    assert.deepEqual(groupsOf(docs), expected);
    assert.deepEqual(groupsOf(withRegions), expected);
  });

  it('gives a group the id of its smallest path, whatever the input order', () => {
    const docs = [
      { path: 'z/raw.html.txt', text: `${CHROME_TOP}\n${STORY_A}\n${CHROME_BOTTOM}` },
      { path: 'b/other.txt', text: STORY_B },
      { path: 'a/clean.txt', text: STORY_A },
    ];
    for (const order of [docs, [...docs].reverse()]) {
      const map = groupSources(order);
      assert.equal(map.get('z/raw.html.txt'), 'a/clean.txt');
      assert.equal(map.get('a/clean.txt'), 'a/clean.txt');
      assert.equal(map.get('b/other.txt'), 'b/other.txt');
    }
  });

  it('does not group two articles on the same event that share a quotation', () => {
    assert.deepEqual(groupsOf([{ path: 'a', text: STORY_A }, { path: 'b', text: STORY_B }]), [['a'], ['b']]);
  });

  it('groups a wire copy with a different headline, extra chrome and typographic quotes', () => {
    const wire = `Eastport adds early winter ferries\n\n${CHROME_TOP}\n\n${STORY_A.replace(/"([^"]*)"/g, '“$1”').toUpperCase()}\n\nReporting by A. Writer; editing by B. Editor\n${CHROME_BOTTOM}`;
    assert.deepEqual(groupsOf([{ path: 'a', text: STORY_A }, { path: 'w', text: wire }]), [['a', 'w']]);
  });

  it('is transitive: two excerpts of one story are grouped through the full story', () => {
    const paragraphs = STORY_A.split('\n\n');
    const head = paragraphs.slice(0, 2).join('\n\n');
    const tail = paragraphs.slice(3).join('\n\n');
    assert.deepEqual(groupsOf([{ path: 'head', text: head }, { path: 'tail', text: tail }]), [['head'], ['tail']]);
    assert.deepEqual(groupsOf([{ path: 'head', text: head }, { path: 'tail', text: tail }, { path: 'full', text: STORY_A }]), [['full', 'head', 'tail']]);
  });

  it('compares bodies only: pages sharing the same chrome but not the article stay apart', () => {
    const prompt = [
      'Support independent journalism in Eastport. Join us in this fight.',
      'Freedom can be costly. Our reporters pay a high price for their independence, and we rely on readers like you to keep our newsroom open and our journalism free for everyone who needs it.',
      'Become a member today, or support us just once: it only takes a minute and every contribution, however small, helps us report on the stories that matter to you and your neighbours.',
    ].join('\n');
    const a = `${CHROME_TOP}\n${STORY_A}\n${prompt}\n${CHROME_BOTTOM}`;
    const b = `${CHROME_TOP}\n${STORY_B}\n${prompt}\n${CHROME_BOTTOM}`;
    assert.deepEqual(groupsOf([{ path: 'a', text: a }, { path: 'b', text: b }]), [['a'], ['b']]);
    // Control: taken whole, the shared chrome alone would make them copies.
    const whole = (text: string) => [{ start: 0, end: text.length, boilerplate: false }];
    const map = groupSources([{ path: 'a', text: a, regions: whole(a) }, { path: 'b', text: b, regions: whole(b) }]);
    assert.equal(map.get('a'), map.get('b'));
  });

  it('groups a hundred syndicated copies as one and keeps a different story apart', () => {
    const copies = Array.from({ length: 100 }, (_, i) => ({ path: `copy${String(i).padStart(3, '0')}`, text: `Outlet ${i} headline\n\n${STORY_A}\n\n(c) Outlet ${i}` }));
    const map = groupSources([...copies, { path: 'other', text: STORY_B }]);
    assert.deepEqual(new Set(copies.map((c) => map.get(c.path))), new Set(['copy000']));
    assert.equal(map.get('other'), 'other');
  });

  it('leaves empty and tiny documents alone', () => {
    assert.deepEqual(groupsOf([{ path: 'e1', text: '' }, { path: 'e2', text: '' }, { path: 't', text: 'Ferries.' }, { path: 'a', text: STORY_A }]), [['a'], ['e1'], ['e2'], ['t']]);
    assert.equal(groupSources([]).size, 0);
  });

  it('shingles ignore case, punctuation and apostrophe style', () => {
    assert.deepEqual(shingles("The council's chair said: \u201cyes\u201d, twice."), shingles('the councils chair said yes twice'));
    assert.equal(shingles('one two three four').size, 0);
    assert.equal(shingles('one two three four five six').size, 2);
  });
});
