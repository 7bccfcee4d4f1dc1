/**
 * The compact structures that let a folder of thousands of articles fit in memory behave
 * like the plain ones they replace: postings, term weights, shingle sketches, story
 * cosines, and reading a document's dates again with an inferred publication date.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { postingAdd, postingDelete, postingSize, type Posting } from '../../src/core/claims/posting.js';
import { bodyTerms, SAME_STORY, StoryIndex } from '../../src/core/claims/story.js';
import { TermWeights } from '../../src/core/claims/termWeights.js';
import { analyzeDocument, withPublicationDate } from '../../src/core/document.js';
import { groupSources, shingles, sketchOf } from '../../src/core/sources.js';
import { generateCorpus } from '../../bench/corpus/index.js';
import { readSeed } from '../seeds.js';

describe('postings', () => {
  it('keep insertion order through the switch to a Set, and delete from either form', () => {
    let posting: Posting<string> = [];
    const ids = Array.from({ length: 40 }, (_, i) => `f${i}`);
    for (const id of ids) posting = postingAdd(posting, id);
    assert.ok(posting instanceof Set, 'a common key becomes a Set');
    assert.deepEqual([...posting], ids);
    assert.equal(postingDelete(posting, 'f3'), true);
    assert.equal(postingSize(posting), 39);
    assert.deepEqual([...posting].slice(0, 4), ['f0', 'f1', 'f2', 'f4']);
    let small: Posting<string> = postingAdd<string>([], 'a');
    small = postingAdd(small, 'b');
    assert.ok(Array.isArray(small));
    assert.equal(postingDelete(small, 'a'), true);
    assert.equal(postingDelete(small, 'b'), false, 'nothing left');
    assert.equal(postingSize(undefined), 0);
  });
});

describe('term weights', () => {
  it('answer as the Map they were made from, in its order', () => {
    const map = new Map([['talk', 1], ['~troops', 0.5], ['border', 0.25]]);
    const weights = TermWeights.of(map);
    assert.equal(weights.size, 3);
    assert.equal(weights.get('~troops'), 0.5);
    assert.equal(weights.get('missing'), undefined);
    assert.deepEqual([...weights], [...map]);
    assert.deepEqual([...weights.keys()], [...map.keys()]);
  });
});

describe('shingle sketches', () => {
  const long = generateCorpus({ seed: 3, documents: 40 }).articles.map((a) => a.text).find((t) => shingles(t).size >= 400)!;

  it('keep every shingle of a short text and one in four of a long one', () => {
    const short = sketchOf([...shingles('The harbour council voted on Tuesday to add two early ferries to the winter timetable.')]);
    assert.equal(short.full, true);
    assert.equal(short.kept.length, short.size);
    const sketch = sketchOf([...shingles(long)]);
    assert.equal(sketch.full, false);
    assert.ok(sketch.kept.length > sketch.size / 8 && sketch.kept.length < sketch.size / 2, `${sketch.kept.length} of ${sketch.size}`);
    assert.equal(sketch.kept.length, sketch.sampled);
  });

  it('compare a short text with a long one on the sample: an excerpt is contained, another article is not', () => {
    const copy = `Headline of another outlet\n\n${long}\n\n(c) Another outlet`;
    const excerpt = long.split('\n').find((line) => line.length > 300)!;
    const other = 'Commuters in Eastport will get earlier boats this winter after a split vote by the harbour council, which had faced a petition signed by hundreds of riders over the past year.';
    const groups = groupSources([{ path: 'a', text: long }, { path: 'b', text: copy }, { path: 'c', text: excerpt }, { path: 'd', text: other }]);
    assert.equal(groups.get('b'), 'a');
    assert.equal(groups.get('c'), 'a', 'a paragraph of the article lies inside it (containment, as a cleaned copy does)');
    assert.equal(groups.get('d'), 'd');
  });
});

describe('story similarity', () => {
  it('is the same cosine whichever document is spread, and sameStory is its threshold', () => {
    const articles = generateCorpus({ seed: 2, documents: 12 }).articles;
    const index = new StoryIndex();
    for (const a of articles) index.set(a.path, bodyTerms(a.text, analyzeDocument(a.text).regions));
    const fresh = new StoryIndex();
    for (const a of articles) fresh.set(a.path, bodyTerms(a.text, analyzeDocument(a.text).regions));
    for (const a of articles) {
      for (const b of articles) {
        const forward = index.similarity(a.path, b.path);
        assert.equal(fresh.similarity(b.path, a.path), forward, `${a.path} ~ ${b.path}`);
        assert.equal(index.sameStory(a.path, b.path), forward >= SAME_STORY);
      }
    }
  });
});

describe('reading dates again with an inferred publication date', () => {
  it('gives what a full analysis with that date gives', () => {
    for (const seed of ['002', '003']) {
      const text = readSeed(seed);
      const own = analyzeDocument(text);
      assert.equal(own.published, null, `${seed} carries no date of its own`);
      const published = { date: '2021-12-28', from: 'inferred' as const };
      const redated = withPublicationDate(own, published);
      const full = analyzeDocument(text, { published });
      assert.deepEqual(redated.facts, full.facts);
      assert.deepEqual(redated.published, full.published);
      const timex = (f: (typeof own.facts)[number]) => (f.kind === 'date' ? f.value.timex : null);
      assert.ok(redated.facts.some((f, i) => f.kind === 'date' && timex(f) !== timex(own.facts[i]!)), 'some dates now resolve');
    }
  });
});
