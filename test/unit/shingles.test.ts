/**
 * The copies index's two hand-written parts against what they stand for: the shingle
 * scanner against hashing the words a Unicode regex finds, and the shingle postings table
 * against a Map under random adds, sets and deletes.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { shingles } from '../../src/core/sources.js';
import { ShinglePostings } from '../../src/core/shinglePostings.js';

/** FNV-1a of a string's code units, as the index hashes a word. */
function hashWord(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** The definition: words of the lower-cased text without apostrophes, hashed, then each run of `size` hashed again. */
function shinglesByRegex(text: string, size: number): number[] {
  const words = text.toLowerCase().replace(/['’‘]/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
  const hashes = words.map(hashWord);
  const out = new Set<number>();
  for (let i = 0; i + size <= hashes.length; i++) {
    let hash = 0x811c9dc5;
    for (let k = i; k < i + size; k++) hash = Math.imul(hash ^ hashes[k]!, 0x01000193) >>> 0;
    out.add(hash & 0x3fffffff);
  }
  return [...out];
}

/** Text of words, digits, apostrophes, capitals that lower-case oddly, surrogate pairs (whole and split) and marks. */
const trickyText = fc
  .array(fc.constantFrom('the', 'Troops', 'council', "'", '’', '‘', 'ΣΑΣ', 'İstanbul', 'Straße', 'e\u0301', '😀', '\ud83d', '\ude00', '122,000', ' ', ' ', '\n', '.', '-', 'x'), { maxLength: 80 })
  .map((parts) => parts.join(''));

test('the shingle scanner finds the shingles of the words a Unicode regex finds, in the same order', () => {
  fc.assert(
    fc.property(trickyText, fc.integer({ min: 1, max: 5 }), (text, size) => {
      assert.deepEqual([...shingles(text, size)], shinglesByRegex(text, size));
    }),
    { numRuns: 2000 },
  );
  const article = 'Russia has massed tens of thousands of troops near the border, officials said on Monday. '.repeat(40);
  assert.deepEqual([...shingles(article, 5)], shinglesByRegex(article, 5));
});

test('shingle postings answer as a Map of the same adds, sets and deletes', () => {
  type Op = { kind: 'add' | 'set' | 'delete'; shingle: number; document: number };
  const op = fc.record({
    kind: fc.constantFrom<'add' | 'set' | 'delete'>('add', 'add', 'set', 'delete'),
    // Few distinct shingles (many collisions and repeats) and the 30-bit extremes.
    shingle: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constantFrom(0x3fffffff, 0x3ffffffe, 1 << 29)),
    document: fc.integer({ min: 0, max: 6 }),
  });
  fc.assert(
    fc.property(fc.array(op, { maxLength: 300 }), (ops: Op[]) => {
      const table = new ShinglePostings();
      const model = new Map<number, number | number[]>();
      for (const { kind, shingle, document } of ops) {
        if (kind === 'delete') {
          table.delete(shingle);
          model.delete(shingle);
        } else if (kind === 'set') {
          table.set(shingle, document);
          model.set(shingle, document);
        } else {
          const before = model.get(shingle);
          const returned = table.add(shingle, document);
          assert.deepEqual(returned, before);
          if (before === undefined) model.set(shingle, document);
          else if (typeof before === 'number') model.set(shingle, [before, document]);
          else {
            // A list comes back for the caller to extend, as the index does.
            before.push(document);
            (returned as number[]).push(document);
          }
        }
      }
      for (let shingle = 0; shingle <= 40; shingle++) assert.deepEqual(table.get(shingle), model.get(shingle), `shingle ${shingle}`);
      for (const shingle of [0x3fffffff, 0x3ffffffe, 1 << 29]) assert.deepEqual(table.get(shingle), model.get(shingle));
    }),
    { numRuns: 500 },
  );
});
