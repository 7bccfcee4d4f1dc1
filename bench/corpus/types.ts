/** Shapes of the generated corpus (see generate.ts). */

export type PlantKind = 'date' | 'figure' | 'quote';
export const PLANT_KINDS: readonly PlantKind[] = ['date', 'figure', 'quote'];

export interface Article {
  /** Relative path, `/`-separated, e.g. `00042-harbor-times.txt`. */
  path: string;
  text: string;
  /** YYYY-MM-DD, when the text carries a publication date line. */
  published?: string;
  /** Story id (`s0007`): articles of one story report one event. */
  story: string;
  outlet: string;
  /** For a near-duplicate: the path of the article it copies (same body, other header/footer). */
  copyOf?: string;
  /** 0-based line of the paragraph that states each varied value. */
  coreLines: Record<PlantKind, number>;
}

/** The values one story's core sentences state; `alternate` is what a disagreeing outlet says. */
export interface StoryValues {
  /** YYYY-MM-DD of the vote. */
  date: string;
  /** Number of strikers. */
  figure: number;
  /** Words of the port authority spokesperson's quote, without the marks. */
  quote: string;
}

export interface StorySummary {
  id: string;
  /** YYYY-MM-DD: the day every article of the story was published. */
  published: string;
  port: string;
  outlets: string[];
  values: StoryValues;
  alternate: StoryValues;
}

/** A planted disagreement: the `disagree` articles state the alternate value, the `agree` ones the story's value. */
export interface Plant {
  story: string;
  kind: PlantKind;
  paths: { agree: string[]; disagree: string[] };
  /** The value each side states (YYYY-MM-DD, a number, or the quote's words). */
  values: { agree: string; disagree: string };
}

export interface Corpus {
  seed: number;
  articles: Article[];
  plants: Plant[];
  stories: StorySummary[];
}

export interface CorpusOptions {
  seed: number;
  documents: number;
}
