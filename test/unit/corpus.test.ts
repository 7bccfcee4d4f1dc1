/**
 * The generated benchmark corpus (bench/corpus): deterministic, 3–10 KB articles, plants
 * that point at articles really stating the planted values, no varied value shared
 * between stories, near-duplicates that the engine groups as copies.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateCorpus, loadSources, MAX_BYTES, MIN_BYTES, scorePlants, type Article } from '../../bench/corpus/index.js';
import { formatNumber } from '../../bench/corpus/core.js';
import { extractDates } from '../../src/core/extract/dates/index.js';
import { detectPublicationDate } from '../../src/core/published.js';
import { groupSources } from '../../src/core/sources.js';

const sources = loadSources();
const corpus = generateCorpus({ seed: 42, documents: 300 }, sources);
const storyOf = new Map(corpus.stories.map((s) => [s.id, s]));
const articleAt = new Map(corpus.articles.map((a) => [a.path, a]));

/** Words only: case, quote marks, apostrophes and punctuation do not matter. */
const words = (text: string) => text.toLowerCase().replace(/['’]/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').trim();
const line = (article: Article, n: number) => article.text.split('\n')[n] ?? '';

describe('generated corpus', () => {
  it('is the same, byte for byte, for the same seed, and differs for another seed', () => {
    const again = generateCorpus({ seed: 42, documents: 300 }, sources);
    assert.deepEqual(again, corpus);
    const other = generateCorpus({ seed: 43, documents: 300 }, sources);
    assert.notDeepEqual(other.articles.map((a) => a.text), corpus.articles.map((a) => a.text));
  });

  it('has exactly the number of documents asked for, with unique paths', () => {
    for (const documents of [1, 2, 7, 61]) {
      const small = generateCorpus({ seed: 3, documents }, sources);
      assert.equal(small.articles.length, documents);
      assert.equal(new Set(small.articles.map((a) => a.path)).size, documents);
    }
    assert.equal(new Set(corpus.articles.map((a) => a.path)).size, corpus.articles.length);
  });

  it('refuses a bad seed or document count with a clear error', () => {
    assert.throws(() => generateCorpus({ seed: 1.5, documents: 10 }, sources), /seed must be an integer/);
    assert.throws(() => generateCorpus({ seed: 1, documents: 0 }, sources), /documents must be a positive integer/);
  });

  it('writes articles of 3 to 10 KB (UTF-8)', () => {
    for (const a of corpus.articles) {
      const size = Buffer.byteLength(a.text, 'utf8');
      assert.ok(size >= MIN_BYTES && size <= MAX_BYTES, `${a.path}: ${size} bytes`);
    }
  });

  it('tells each story through 2 to 6 outlets (copies aside), most of them dated', () => {
    for (const story of corpus.stories.slice(0, -1)) {
      const originals = corpus.articles.filter((a) => a.story === story.id && !a.copyOf);
      assert.ok(originals.length >= 2 && originals.length <= 6, `${story.id}: ${originals.length} outlets`);
      assert.equal(new Set(originals.map((a) => a.outlet)).size, originals.length);
    }
    const dated = corpus.articles.filter((a) => a.published).length;
    assert.ok(dated > corpus.articles.length * 0.6, `${dated} of ${corpus.articles.length} dated`);
  });

  it('gives a publication date line the engine reads, exactly on the dated articles', () => {
    for (const a of corpus.articles) {
      assert.equal(detectPublicationDate(a.text)?.date ?? undefined, a.published, a.path);
      if (a.published) assert.equal(a.published, storyOf.get(a.story)!.published);
    }
  });

  it('plants point at articles that state the planted values on their core lines', () => {
    assert.ok(corpus.plants.length > 0);
    const kinds = new Set(corpus.plants.map((p) => p.kind));
    assert.deepEqual([...kinds].sort(), ['date', 'figure', 'quote']);
    for (const plant of corpus.plants) {
      assert.ok(plant.paths.agree.length >= 2, `${plant.story} ${plant.kind}: a majority to disagree with`);
      const story = storyOf.get(plant.story)!;
      for (const side of ['agree', 'disagree'] as const) {
        const value = plant.values[side];
        const other = plant.values[side === 'agree' ? 'disagree' : 'agree'];
        for (const path of plant.paths[side]) {
          const article = articleAt.get(path)!;
          assert.equal(article.story, plant.story);
          const core = line(article, article.coreLines[plant.kind]);
          if (plant.kind === 'figure') {
            assert.ok(core.includes(formatNumber(Number(value))), `${path}: ${core}`);
            assert.ok(!article.text.includes(formatNumber(Number(other))), `${path} also states ${other}`);
          } else if (plant.kind === 'quote') {
            assert.ok(words(core).includes(words(value)), `${path}: ${core}`);
            assert.ok(!words(article.text).includes(words(other)), `${path} also quotes the other wording`);
          } else {
            const timexes = extractDates(core, { published: story.published }).map((d) => d.value.timex);
            assert.ok(timexes.includes(value), `${path}: ${core} -> ${timexes.join(', ')}, want ${value}`);
            assert.ok(!timexes.includes(other), `${path}: ${core} also says ${other}`);
          }
        }
      }
    }
  });

  it('shares no varied value between stories', () => {
    for (const field of ['date', 'figure', 'quote'] as const) {
      const all = corpus.stories.flatMap((s) => [s.values[field], s.alternate[field]]);
      assert.equal(new Set(all).size, all.length, `${field} values repeat across stories`);
    }
    // In the text too: no article mentions another story's strikers figure or quote.
    const figureStory = new Map<string, string>();
    for (const s of corpus.stories) for (const n of [s.values.figure, s.alternate.figure]) figureStory.set(formatNumber(n), s.id);
    const quotes = corpus.stories.flatMap((s) => [s.values.quote, s.alternate.quote].map((q) => ({ story: s.id, words: words(q) })));
    for (const a of corpus.articles) {
      for (const number of a.text.match(/\d{1,3}(?:,\d{3})+/g) ?? []) {
        const owner = figureStory.get(number);
        assert.ok(owner === undefined || owner === a.story, `${a.path} (${a.story}) mentions ${number} of ${owner}`);
      }
      const text = words(a.text);
      for (const q of quotes) if (q.story !== a.story) assert.ok(!text.includes(q.words), `${a.path} quotes ${q.story}`);
    }
  });

  it('makes near-duplicates the engine groups with their original, and keeps outlets apart', () => {
    const copies = corpus.articles.filter((a) => a.copyOf);
    assert.ok(copies.length > 0);
    const groups = groupSources(corpus.articles.map((a) => ({ path: a.path, text: a.text })));
    for (const copy of copies) {
      assert.notEqual(copy.text, articleAt.get(copy.copyOf!)!.text, `${copy.path} differs in header or footer`);
      assert.equal(groups.get(copy.path), groups.get(copy.copyOf!), `${copy.path} grouped with ${copy.copyOf}`);
    }
    const originalsByGroup = new Map<string, string[]>();
    for (const a of corpus.articles.filter((x) => !x.copyOf)) {
      const g = groups.get(a.path)!;
      originalsByGroup.set(g, [...(originalsByGroup.get(g) ?? []), a.path]);
    }
    for (const [g, paths] of originalsByGroup) assert.equal(paths.length, 1, `${g}: ${paths.join(', ')} taken for copies`);
  });

  it('names the story in every background paragraph taken from the examples', () => {
    // A paragraph without a name would be the same sentence in a quarter of the corpus.
    assert.ok(sources.exampleParagraphs.length >= 10);
    for (const p of sources.exampleParagraphs) assert.match(p, /\{\w+\}/, p);
  });

  it('carries site chrome on some articles', () => {
    const has = (pattern: RegExp) => corpus.articles.some((a: Article) => pattern.test(a.text));
    assert.ok(has(/^Related:$/m));
    assert.ok(has(/Subscribe to our newsletter/));
    assert.ok(has(/^Skip to content$/m));
  });
});

describe('scoring a report against the plants', () => {
  const plant = corpus.plants.find((p) => p.kind === 'date')!;
  const [disagree] = plant.paths.disagree as [string];
  const [agree] = plant.paths.agree as [string];
  const stranger = corpus.articles.find((a) => a.story !== plant.story)!;
  const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 1 } });

  it('counts a plant as found only for a finding of its kind on a disagreeing article related to an agreeing one', () => {
    const dir = '../some/dir/';
    const line = articleAt.get(disagree)!.coreLines.date;
    assert.equal(scorePlants(corpus, [{ path: dir + disagree, code: 'date-mismatch', range: at(line), related: [{ path: dir + agree }] }]).found, 1);
    assert.equal(scorePlants(corpus, [{ path: disagree, code: 'figure-mismatch', related: [{ path: agree }] }]).found, 0);
    assert.equal(scorePlants(corpus, [{ path: agree, code: 'date-mismatch', related: [{ path: disagree }] }]).found, 0);
    assert.equal(scorePlants(corpus, []).recall, 0);
  });

  it('counts findings that link stories, and those on core sentences', () => {
    const line = articleAt.get(disagree)!.coreLines.date;
    const score = scorePlants(corpus, [
      { path: disagree, code: 'date-mismatch', range: at(line), related: [{ path: stranger.path }] },
      { path: disagree, code: 'date-mismatch', range: at(line + 1000), related: [{ path: stranger.path }, { path: agree }] },
      { path: disagree, code: 'date-mismatch', range: at(line), related: [{ path: agree }] },
      { path: 'not-in-corpus.txt', code: 'date-mismatch', related: [] },
    ]);
    assert.deepEqual([score.findings, score.crossStory, score.crossStoryOnCoreLines, score.unknownPaths, score.found], [4, 2, 1, 1, 1]);
  });
});
