import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { bodyTerms, SAME_STORY, StoryIndex } from '../../src/core/claims/story.js';
import { analyzeDocument } from '../../src/core/document.js';
import { readSeed, seedNames } from '../seeds.js';

const terms = (text: string) => {
  const doc = analyzeDocument(text);
  return bodyTerms(text, doc.regions);
};
const example = (name: string) => readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8');

describe('articles of one story', () => {
  const index = new StoryIndex();
  for (const name of seedNames()) index.set(name, terms(readSeed(name)));
  for (const name of ['coastal-wire.txt', 'northgate-post.txt', 'vessmark-ledger.txt']) index.set(name, terms(example(name)));

  it('finds every pair of seed articles one story', () => {
    const names = seedNames();
    for (const a of names) for (const b of names) assert.ok(index.similarity(a, b) >= SAME_STORY, `${a} ~ ${b}: ${index.similarity(a, b).toFixed(3)}`);
  });

  it('keeps the port strike apart from the US–Russia talks', () => {
    for (const seed of seedNames()) assert.ok(index.similarity(seed, 'coastal-wire.txt') < SAME_STORY);
    assert.ok(index.similarity('coastal-wire.txt', 'northgate-post.txt') >= SAME_STORY);
  });

  it('forgets a removed article', () => {
    index.remove('northgate-post.txt');
    assert.equal(index.similarity('coastal-wire.txt', 'northgate-post.txt'), 0);
  });
});
