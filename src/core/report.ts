/**
 * The version-1 JSON report (see docs/architecture.md): the one shape every output
 * (CLI formats, tests) is derived from.
 */
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

/** Whether a report should make the command fail (exit code 1). */
export function hasProblems(report: Report): boolean {
  return report.findings.some((f) => f.severity === 'error' || f.severity === 'warning');
}
