/** The generated corpus: what `bench/scale.ts` and `npm run bench` build on. */
export { generateCorpus } from './generate.js';
export { writeCorpus, ANSWER_KEY } from './write.js';
export { loadSources, type CorpusSources } from './sources.js';
export { scorePlants, type PlantScore, type ReportFinding } from './score.js';
export { mulberry32, deriveSeed, type Random } from './random.js';
export { MIN_BYTES, MAX_BYTES } from './article.js';
export type { Article, Corpus, CorpusOptions, Plant, PlantKind, StorySummary, StoryValues } from './types.js';
