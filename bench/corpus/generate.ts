/**
 * `generateCorpus({ seed, documents })`: a deterministic multi-source news corpus for the
 * scale benchmark (issue 4) and the pipeline benchmarks (issue 7). Stories of a port
 * strike, each in a town of its own, told by 2–6 outlets; in most stories one outlet gives
 * another vote date, another figure for the strikers, or re-words the spokesperson's
 * quote: those are the `plants`. Same seed and sources, same bytes.
 */
import { writeCoverage, type ArticleDraft, type ParagraphSupply } from './article.js';
import { deriveSeed, mulberry32, shuffle, type Random } from './random.js';
import { loadSources, type CorpusSources } from './sources.js';
import { makeOutlets, makeStory, storyFigures, type Story } from './story.js';
import { PLANT_KINDS, type Article, type Corpus, type CorpusOptions, type Plant, type StorySummary } from './types.js';
import { placeName } from './words.js';

/** Stream numbers for the corpus-wide draws; stories use their own index. */
const OUTLET_STREAM = 0x7fff_fff0;
const PATH_STREAM = 0x7fff_fff1;
const TIMEML_STREAM = 0x7fff_fff2;

/**
 * A background paragraph must not mention a number that some story states as its strikers
 * figure, or the value would be shared across stories.
 */
function mentionsStoryFigure(paragraph: string, stories: number): boolean {
  const first = storyFigures(0);
  const step = storyFigures(1).figure - first.figure;
  for (const token of paragraph.match(/\d[\d,]*\d|\d/g) ?? []) {
    const n = Number(token.replace(/,/g, ''));
    for (const base of [first.figure, first.alternate]) {
      if (n >= base && (n - base) % step === 0 && (n - base) / step < stories) return true;
    }
  }
  return false;
}

/** TimeML paragraphs in a seeded order, reshuffled each time the list runs out. */
function timemlSupply(rng: Random, paragraphs: readonly string[]): ParagraphSupply {
  const bytes = paragraphs.map((p) => Buffer.byteLength(p, 'utf8'));
  let order: number[] = [];
  let next = 0;
  return (maxBytes) => {
    for (let tries = 0; tries < 64; tries++) {
      if (next >= order.length) {
        order = shuffle(rng, paragraphs.map((_, i) => i));
        next = 0;
      }
      const i = order[next++]!;
      if (bytes[i]! <= maxBytes) return paragraphs[i]!;
    }
    return null;
  };
}

function checkOptions({ seed, documents }: CorpusOptions): void {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  if (!Number.isSafeInteger(documents) || documents < 1) throw new RangeError(`documents must be a positive integer, got ${documents}`);
}

export function generateCorpus(options: CorpusOptions, sources: CorpusSources = loadSources()): Corpus {
  checkOptions(options);
  const { seed, documents } = options;
  const outlets = makeOutlets(mulberry32(deriveSeed(seed, OUTLET_STREAM)));
  const timeml = timemlSupply(
    mulberry32(deriveSeed(seed, TIMEML_STREAM)),
    sources.timemlParagraphs.filter((p) => !mentionsStoryFigure(p, documents)),
  );
  const told: { story: Story; drafts: ArticleDraft[][] }[] = [];
  let count = 0;
  for (let index = 0; count < documents; index++) {
    const rng = mulberry32(deriveSeed(seed, index));
    const story = makeStory(rng, index, outlets, documents - count);
    const otherPorts = [1, 2, 3, 4].map((k) => placeName(index + k * 7));
    const drafts = story.coverage.map((c) => writeCoverage(rng, story, c, { examples: sources.exampleParagraphs, timeml }, otherPorts));
    count += drafts.flat().length;
    told.push({ story, drafts });
  }

  // Numbers in shuffled order, so neither a path nor its place in a listing tells the story.
  const numbers = shuffle(mulberry32(deriveSeed(seed, PATH_STREAM)), Array.from({ length: count }, (_, i) => i + 1));
  const width = Math.max(5, String(count).length);
  const articles: Article[] = [];
  const plants: Plant[] = [];
  const stories: StorySummary[] = [];
  for (const { story, drafts } of told) {
    const paths = drafts.map((group) => {
      const groupPaths: string[] = [];
      for (const draft of group) {
        const slug = draft.outlet.toLowerCase().replace(/[^a-z0-9]+/g, '-');
        const path = `${String(numbers[articles.length]).padStart(width, '0')}-${slug}.txt`;
        articles.push({
          path,
          text: draft.text,
          ...(draft.published ? { published: draft.published } : {}),
          story: story.id,
          outlet: draft.outlet,
          ...(draft.copy ? { copyOf: groupPaths[0] } : {}),
          coreLines: draft.coreLines,
        });
        groupPaths.push(path);
      }
      return groupPaths;
    });
    for (const kind of PLANT_KINDS) {
      const side = (s: 'agree' | 'disagree') => story.coverage.flatMap((c, i) => (c.says[kind] === s ? paths[i]! : []));
      const disagree = side('disagree');
      if (disagree.length) {
        plants.push({ story: story.id, kind, paths: { agree: side('agree'), disagree }, values: { agree: String(story.values[kind]), disagree: String(story.alternate[kind]) } });
      }
    }
    stories.push({ id: story.id, published: story.published, port: story.names.port!, outlets: story.coverage.map((c) => c.outlet.name), values: story.values, alternate: story.alternate });
  }
  return { seed, articles, plants, stories };
}
