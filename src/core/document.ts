import { findRegions } from './boilerplate.js';
import { extractDates } from './extract/dates/index.js';
import { extractFacts } from './extract/index.js';
import { detectPublicationDate } from './published.js';
import { LineIndex } from './text/lineIndex.js';
import type { DocumentFact, ExtractedFact, PublicationDate, Region, Span } from './types.js';

export interface AnalyzeOptions {
  /**
   * A publication date given from outside the text (`--published`, or per-file metadata
   * in `.corroborate.json`). It wins over anything the text says.
   */
  published?: PublicationDate | null;
}

/** One article read and analysed: everything the later stages need. */
export interface AnalyzedDocument {
  text: string;
  lines: LineIndex;
  published: PublicationDate | null;
  regions: Region[];
  facts: DocumentFact[];
}

/**
 * A fact is boilerplate when most of it lies in site chrome. Regions are sorted and
 * disjoint, so one forward pass over facts sorted by start is enough.
 */
function markBoilerplate(facts: readonly { start: number; end: number }[], regions: readonly Region[]): boolean[] {
  const flags: boolean[] = [];
  let r = 0;
  for (const fact of facts) {
    while (r < regions.length && regions[r]!.end <= fact.start) r++;
    let chrome = 0;
    for (let k = r; k < regions.length && regions[k]!.start < fact.end; k++) {
      const region = regions[k]!;
      if (region.boilerplate) chrome += Math.min(region.end, fact.end) - Math.max(region.start, fact.start);
    }
    flags.push(chrome * 2 > Math.max(1, fact.end - fact.start));
  }
  return flags;
}

/**
 * The fact with its boilerplate flag, built field by field: a spread (`{ ...fact }`) gives
 * every copy a hidden class of its own in V8, which costs hundreds of bytes per fact in a
 * large folder.
 */
function placed(fact: ExtractedFact, boilerplate: boolean): DocumentFact {
  const out = { kind: fact.kind, start: fact.start, end: fact.end, text: fact.text, value: fact.value, boilerplate } as DocumentFact;
  if (fact.kind === 'quote' && fact.speakerSpan) (out as DocumentFact & { speakerSpan?: Span }).speakerSpan = fact.speakerSpan;
  return out;
}

export function analyzeDocument(text: string, options: AnalyzeOptions = {}): AnalyzedDocument {
  const published = options.published ?? detectPublicationDate(text);
  const regions = findRegions(text);
  const extracted = extractFacts(text, { published: published?.date ?? null });
  const flags = markBoilerplate(extracted, regions);
  // The dateline or byline that gave the publication date is page metadata, not a claim.
  const dateline = published?.span;
  if (dateline) extracted.forEach((fact, i) => (flags[i] ||= fact.start < dateline.end && dateline.start < fact.end));
  return {
    text,
    lines: new LineIndex(text),
    published,
    regions,
    facts: extracted.map((fact, i) => placed(fact, flags[i]!)),
  };
}

/**
 * The document read again with another publication date (an inferred one). Only dates
 * depend on it; when they fall on the same spans as before, the regions, figures and
 * quotations are kept and only the dates' values change.
 */
export function withPublicationDate(document: AnalyzedDocument, published: PublicationDate): AnalyzedDocument {
  const dates = extractDates(document.text, { published: published.date }).sort((a, b) => a.start - b.start || a.end - b.end);
  const before = document.facts.filter((f) => f.kind === 'date');
  const sameSpans = dates.length === before.length && dates.every((d, i) => d.start === before[i]!.start && d.end === before[i]!.end);
  if (!sameSpans || document.published?.span) return analyzeDocument(document.text, { published });
  let next = 0;
  const facts = document.facts.map((fact) => (fact.kind === 'date' ? placed(dates[next++]!, fact.boilerplate) : fact));
  return { ...document, published, facts };
}
