/** Writes a generated corpus to a folder: the articles, and `corpus.json` (plants and stories, no texts) beside them. */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Corpus } from './types.js';

/** Name of the answer key written next to the articles; not a `.txt`, so `corroborate check` skips it. */
export const ANSWER_KEY = 'corpus.json';

function writeAtomic(path: string, data: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, path);
}

export function writeCorpus(corpus: Corpus, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const article of corpus.articles) writeFileSync(join(dir, article.path), article.text);
  const key = {
    seed: corpus.seed,
    articles: corpus.articles.map(({ text: _text, ...rest }) => rest),
    plants: corpus.plants,
    stories: corpus.stories,
  };
  writeAtomic(join(dir, ANSWER_KEY), JSON.stringify(key, null, 1) + '\n');
}
