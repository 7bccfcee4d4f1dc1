/**
 * Accuracy of a `corroborate check --format json` report against a corpus's plants:
 * the share of planted disagreements found, and the findings that link articles of
 * different stories (false links: stories share no varied value by construction).
 */
import { PLANT_KINDS, type Corpus, type PlantKind } from './types.js';

/** The part of a version-1 report's finding this reads. */
export interface ReportFinding {
  path: string;
  code: string;
  range?: { start?: { line?: number } };
  related?: { path: string }[];
}

export interface PlantScore {
  plants: number;
  found: number;
  /** found / plants (0 when there are no plants). */
  recall: number;
  byKind: Record<PlantKind, { plants: number; found: number }>;
  findings: number;
  /** Findings with a related location in another story. */
  crossStory: number;
  /** Of those, the ones on a core paragraph (the date, figure or quote sentence). */
  crossStoryOnCoreLines: number;
  /** Findings whose path is not an article of the corpus (should be 0). */
  unknownPaths: number;
}

/** Report paths are as given on the command line; the corpus's are file names in one folder. */
const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

const KIND_OF_CODE: Record<string, PlantKind> = { 'date-mismatch': 'date', 'figure-mismatch': 'figure', 'quote-mismatch': 'quote' };

/**
 * A plant is found when a finding of its kind (`date-mismatch`…) is on one of its
 * `disagree` articles and has a related location on one of its `agree` articles.
 */
export function scorePlants(corpus: Pick<Corpus, 'articles' | 'plants'>, findings: readonly ReportFinding[]): PlantScore {
  const articles = new Map(corpus.articles.map((a) => [a.path, a]));
  const byKind = Object.fromEntries(PLANT_KINDS.map((k) => [k, { plants: 0, found: 0 }])) as PlantScore['byKind'];
  // finding path -> kind -> related paths, so each plant is looked up, not scanned for.
  const linked = new Map<string, Map<PlantKind, Set<string>>>();
  let crossStory = 0;
  let crossStoryOnCoreLines = 0;
  let unknownPaths = 0;
  for (const finding of findings) {
    const path = fileName(finding.path);
    const article = articles.get(path);
    if (!article) {
      unknownPaths++;
      continue;
    }
    const related = (finding.related ?? []).map((r) => fileName(r.path));
    if (related.some((r) => articles.has(r) && articles.get(r)!.story !== article.story)) {
      crossStory++;
      const line = finding.range?.start?.line;
      if (line !== undefined && Object.values(article.coreLines).includes(line)) crossStoryOnCoreLines++;
    }
    const kind = KIND_OF_CODE[finding.code];
    if (!kind) continue;
    const kinds = linked.get(path) ?? new Map<PlantKind, Set<string>>();
    linked.set(path, kinds);
    const set = kinds.get(kind) ?? new Set<string>();
    kinds.set(kind, set);
    for (const r of related) set.add(r);
  }
  let found = 0;
  for (const plant of corpus.plants) {
    byKind[plant.kind].plants++;
    const hit = plant.paths.disagree.some((d) => {
      const related = linked.get(d)?.get(plant.kind);
      return related !== undefined && plant.paths.agree.some((a) => related.has(a));
    });
    if (hit) {
      found++;
      byKind[plant.kind].found++;
    }
  }
  const plants = corpus.plants.length;
  return { plants, found, recall: plants ? found / plants : 0, byKind, findings: findings.length, crossStory, crossStoryOnCoreLines, unknownPaths };
}
