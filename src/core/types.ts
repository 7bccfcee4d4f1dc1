/**
 * Shared shapes of the core engine. Extractors work in UTF-16 offsets into the
 * document text (a JavaScript string index); the document turns offsets into LSP
 * positions only when a report is built.
 */

/** LSP position: 0-based line, character in UTF-16 code units. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Half-open [start, end) offsets into a document's text. */
export interface Span {
  start: number;
  end: number;
}

export type FactKind = 'date' | 'figure' | 'quote';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** TimeML TIMEX3 value, resolved against the publication date when one is known. */
export interface DateValue {
  timex: string;
  type: TimexType;
}

export interface FigureValue {
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string | null;
  approximate: boolean;
}

export interface QuoteValue {
  text: string;
  speaker: string | null;
}

interface FactBase extends Span {
  /** Exactly `documentText.slice(start, end)`. */
  text: string;
}

export interface DateFact extends FactBase {
  kind: 'date';
  value: DateValue;
}

export interface FigureFact extends FactBase {
  kind: 'figure';
  value: FigureValue;
}

export interface QuoteFact extends FactBase {
  kind: 'quote';
  value: QuoteValue;
  /** Where the speaker's name (or the pronoun/role resolved to it) stands, when found. */
  speakerSpan?: Span;
}

export type ExtractedFact = DateFact | FigureFact | QuoteFact;

/** A fact placed in its document: flagged when it sits in site chrome. */
export type DocumentFact = ExtractedFact & { boilerplate: boolean };

/** Where a document's publication date came from (the report's `publishedFrom`). */
export type PublishedFrom = 'option' | 'config' | 'header' | 'text' | 'inferred';

export interface PublicationDate {
  /** YYYY-MM-DD */
  date: string;
  from: PublishedFrom;
  /** Where in the text it was read, for `header` and `text`. */
  span?: Span;
}

/** A paragraph of the text and whether it is article body or site chrome. */
export interface Region extends Span {
  boilerplate: boolean;
}
