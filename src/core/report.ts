/**
 * The version-1 JSON report (see docs/architecture.md): the one shape every output
 * (CLI formats, tests) is derived from.
 */
import type { AnalyzedDocument } from './document.js';
import type { DateValue, FactKind, FigureValue, PublishedFrom, QuoteValue, Range } from './types.js';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface ReportDocument {
  path: string;
  published: string | null;
  publishedFrom: PublishedFrom | null;
  group: string;
}

export interface ReportFact {
  id: string;
  path: string;
  kind: FactKind;
  range: Range;
  text: string;
  value: DateValue | FigureValue | QuoteValue;
  claim: string | null;
  boilerplate: boolean;
}

export interface ReportClaim {
  id: string;
  kind: FactKind;
  label: string;
  facts: string[];
  status: 'corroborated' | 'disputed' | 'single';
}

export interface RelatedLocation {
  path: string;
  range: Range;
  message: string;
}

export interface ReportFinding {
  path: string;
  range: Range;
  severity: Severity;
  code: string;
  message: string;
  claim: string | null;
  related: RelatedLocation[];
}

export interface Report {
  version: 1;
  documents: ReportDocument[];
  facts: ReportFact[];
  claims: ReportClaim[];
  findings: ReportFinding[];
}

export interface AnalyzedInput {
  /** As given on the command line, relative to the working directory, with `/`. */
  path: string;
  document: AnalyzedDocument;
  /** Origin id shared by copies of one article. */
  group: string;
}

/** Builds the report for analysed documents; fact ids are `f1`, `f2`, … in input order. */
export function buildReport(inputs: readonly AnalyzedInput[]): Report {
  const documents: ReportDocument[] = [];
  const facts: ReportFact[] = [];
  for (const { path, document, group } of inputs) {
    documents.push({
      path,
      published: document.published?.date ?? null,
      publishedFrom: document.published?.from ?? null,
      group,
    });
    for (const fact of document.facts) {
      facts.push({
        id: `f${facts.length + 1}`,
        path,
        kind: fact.kind,
        range: document.lines.rangeOf(fact),
        text: fact.text,
        value: fact.value,
        claim: null,
        boilerplate: fact.boilerplate,
      });
    }
  }
  return { version: 1, documents, facts, claims: [], findings: [] };
}

/** Whether a report should make the command fail (exit code 1). */
export function hasProblems(report: Report): boolean {
  return report.findings.some((f) => f.severity === 'error' || f.severity === 'warning');
}
