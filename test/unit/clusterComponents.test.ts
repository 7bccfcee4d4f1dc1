/**
 * The pieces that keep a folder's first cross-referencing small in memory give what the
 * plain ones gave: distinct pairs from a sorted buffer, links as columns, clustering one
 * linked component at a time, term weights pooled per document.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { clusterByComponent, clusterFacts, type ClusterOptions, type Link } from '../../src/core/claims/cluster.js';
import { LinkList } from '../../src/core/claims/linkList.js';
import { PairList } from '../../src/core/claims/pairList.js';
import type { FactSignature } from '../../src/core/claims/signature.js';
import { TermPool, TermWeights } from '../../src/core/claims/termWeights.js';
import { relate } from '../../src/core/compare/relation.js';
import { prepareDocument } from '../../src/core/prepare.js';
import { generateCorpus } from '../../bench/corpus/index.js';

describe('pair list', () => {
  it('visits each unordered pair once, in order, however often and whichever way it was added', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(30), fc.nat(30)).filter(([i, j]) => i !== j), { maxLength: 3000 }), (added) => {
        const pairs = new PairList(31);
        for (const [i, j] of added) pairs.add(i, j);
        const seen: [number, number][] = [];
        const count = pairs.forEachDistinct((low, high) => seen.push([low, high]));
        const expected = [...new Set(added.map(([i, j]) => `${Math.min(i, j)},${Math.max(i, j)}`))]
          .map((k) => k.split(',').map(Number) as [number, number])
          .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        assert.deepEqual(seen, expected);
        assert.equal(count, expected.length);
      }),
    );
  });
});

describe('link list', () => {
  it('gives back every link it was given, past its first growth', () => {
    const links = new LinkList();
    const relations = ['agree', 'disagree'] as const;
    for (let k = 0; k < 2500; k++) links.add(k, k + 1, k / 2500, relations[k % 2]!);
    assert.equal(links.size, 2500);
    assert.deepEqual([links.aAt(1999), links.bAt(1999), links.scoreAt(1999), links.relationAt(1999)], [1999, 2000, 1999 / 2500, 'disagree']);
  });
});

describe('clustering by component', () => {
  // Real signatures of a few generated stories: participants, values, origins as the workspace has them.
  const signatures: FactSignature[] = generateCorpus({ seed: 5, documents: 24 }).articles.flatMap((article) =>
    prepareDocument(article.text).signatures.map((sig, i) => Object.assign(sig, { id: `${article.path}#${i}`, path: article.path })),
  );
  const kinds = (i: number, j: number) => signatures[i]!.fact.kind === signatures[j]!.fact.kind;

  it('forms the same claims as clustering all facts at once', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(signatures.length - 1), fc.nat(signatures.length - 1), fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 400 }), fc.double({ min: 0.3, max: 0.7, noNaN: true }), (candidates, threshold) => {
        const links: Link[] = [];
        const list = new LinkList();
        for (const [x, y, score] of candidates) {
          const [a, b] = [Math.min(x, y), Math.max(x, y)];
          if (a === b || !kinds(a, b)) continue;
          const relation = relate(signatures[a]!.fact, signatures[b]!.fact);
          if (relation === 'unrelated') continue;
          links.push({ a, b, score, relation });
          list.add(a, b, score, relation);
        }
        // A similarity that depends on the pair only, as the index's does.
        const options: ClusterOptions = { originOf: (sig) => sig.path, similarity: (a, b) => ((a * 31 + b * 17) % 100) / 100, disputeThreshold: threshold };
        const sorted = (groups: number[][]) => groups.map((g) => g.join(',')).sort();
        assert.deepEqual(sorted(clusterByComponent(signatures, list, options)), sorted(clusterFacts(signatures, links, options)));
      }),
      { numRuns: 60 },
    );
  });
});

describe('pooled term weights', () => {
  it('are views into one pool per document, unchanged when the pool is trimmed', () => {
    const pool = new TermPool();
    const first = TermWeights.of(new Map([['talk', 1], ['border', 0.5]]), pool);
    const second = TermWeights.of(new Map([['troop', 0.75]]), pool);
    const empty = TermWeights.of(new Map(), pool);
    pool.seal();
    assert.deepEqual([...first], [['talk', 1], ['border', 0.5]]);
    assert.deepEqual([...second], [['troop', 0.75]]);
    assert.equal(second.get('talk'), undefined, 'a view does not see its neighbours');
    assert.equal(empty.size, 0);
    assert.deepEqual(first.strongest(1), ['talk']);
  });
});

describe('strongest terms', () => {
  it('are the first n of a stable sort by weight, descending', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 3 }), fc.constantFrom(0, 0.2, 0.5, 0.5, 1)), { maxLength: 30 }), fc.nat(8), (entries, n) => {
        const weights = TermWeights.of(entries);
        const expected = entries
          .map(([term, weight], i) => ({ term, weight, i }))
          .sort((a, b) => b.weight - a.weight || a.i - b.i)
          .slice(0, n)
          .map((e) => e.term);
        assert.deepEqual(weights.strongest(n), expected);
      }),
    );
  });
});
