/**
 * Cross-referencing, where there is no gold data to score against:
 * - the generated multi-source corpus (bench/corpus): share of planted disagreements
 *   found, and findings that link articles of different stories (false by construction);
 * - PolNeAR dev: 84 real articles from 7 outlets, mostly about different events: how many
 *   claims and findings the engine makes there (every finding is one a person must read).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../bench/corpus/index.js';
import { scorePlants } from '../bench/corpus/score.js';
import { Workspace } from '../src/core/workspace.js';
import { dataPath } from './shared/data.js';
import type { EvalSection } from './shared/report.js';

const GENERATED_DOCUMENTS = 300;
const GENERATED_SEEDS = [1, 2];

function generated(): EvalSection {
  const rows: (string | number)[][] = [];
  const metrics: Record<string, number> = {};
  for (const seed of GENERATED_SEEDS) {
    const corpus = generateCorpus({ seed, documents: GENERATED_DOCUMENTS });
    const workspace = new Workspace();
    workspace.batch(() => {
      for (const article of corpus.articles) workspace.setDocument(article.path, article.text);
    });
    const score = scorePlants(corpus, workspace.report().findings);
    rows.push([String(seed), score.plants, score.recall, score.byKind.date.found / score.byKind.date.plants, score.byKind.figure.found / score.byKind.figure.plants, score.byKind.quote.found / score.byKind.quote.plants, score.findings, score.crossStoryOnCoreLines, score.crossStory]);
    metrics[`seed${seed}_recall`] = score.recall;
    metrics[`seed${seed}_cross_story_core`] = score.crossStoryOnCoreLines;
  }
  return {
    name: 'cross-reference-generated',
    title: `Cross-referencing, generated corpus (${GENERATED_DOCUMENTS} articles per seed, bench/corpus)`,
    columns: ['seed', 'plants', 'found', 'dates', 'figures', 'quotes', 'findings', 'false links, core sentences', 'false links, all'],
    rows,
    metrics,
    notes: [
      'found = a finding of the plant\'s kind on a disagreeing article with a related location on an agreeing one.',
      'false links = findings with a related location in another story; "all" counts filler paragraphs the generator repeats across stories (their relative dates resolve to other days).',
    ],
  };
}

function polnear(): EvalSection {
  const dir = dataPath('polnear-dev');
  const published = new Map(
    readFileSync(join(dir, 'metadata.tsv'), 'utf8')
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((line) => line.split('\t'))
      .map((cells): [string, string] => [`${cells[1]}.txt`, cells[5]!]),
  );
  const workspace = new Workspace();
  const names = readdirSync(join(dir, 'text')).filter((n) => n.endsWith('.txt'));
  workspace.batch(() => {
    for (const name of names) {
      const date = published.get(name);
      workspace.setDocument(name, readFileSync(join(dir, 'text', name), 'utf8'), { published: date ? { date, from: 'config' } : null });
    }
  });
  const report = workspace.report();
  const count = (status: string) => report.claims.filter((c) => c.status === status).length;
  const byCode = (code: string) => report.findings.filter((f) => f.code === code).length;
  const metrics = {
    articles: names.length,
    corroborated: count('corroborated'),
    disputed: count('disputed'),
    findings: report.findings.length,
    'date-mismatch': byCode('date-mismatch'),
    'figure-mismatch': byCode('figure-mismatch'),
    'quote-mismatch': byCode('quote-mismatch'),
  };
  return {
    name: 'cross-reference-polnear',
    title: 'Cross-referencing, PolNeAR dev (84 real articles, 7 outlets, mostly different events)',
    columns: ['articles', 'claims', 'corroborated', 'disputed', 'findings', 'date', 'figure', 'quote'],
    rows: [[names.length, report.claims.length, metrics.corroborated, metrics.disputed, metrics.findings, metrics['date-mismatch'], metrics['figure-mismatch'], metrics['quote-mismatch']]],
    metrics,
    notes: ['No gold: every finding is one a person reads. Publication dates from metadata.tsv.'],
  };
}

export function evaluateCrossReference(): EvalSection[] {
  return [generated(), polnear()];
}
