/**
 * The set of articles being compared, kept current one document at a time: the CLI
 * fills it once and asks for the report; the language server updates it on every edit
 * and asks for what changed.
 *
 * API (used by src/cli and src/server):
 * - setDocument / removeDocument: returns the paths whose facts or findings may have changed;
 * - document(path): the analysed document (text, lines, regions, facts, publication date);
 * - factsFor(path): the document's facts with ids, ranges and claim ids;
 * - findingsFor(path): its findings (related locations point into other documents);
 * - claim(id) / claimOfFact(factId): a claim with each fact labelled agree/disagree;
 * - report(): the version-1 report over everything.
 */
import { analyzeDocument, type AnalyzedDocument } from './document.js';
import { buildReport, type Report, type ReportClaim, type ReportFact, type ReportFinding } from './report.js';
import { groupSources } from './sources.js';
import type { PublicationDate, Span } from './types.js';

export interface SetDocumentOptions {
  /** A publication date from outside the text (option, config, a user's decision). */
  published?: PublicationDate | null;
}

/** A fact as the workspace holds it: the report's shape plus its offsets. */
export interface WorkspaceFact extends ReportFact, Span {}

/** How one fact of a claim stands against the fact asked about. */
export type Relation = 'self' | 'agree' | 'disagree';

export interface ClaimView {
  claim: ReportClaim;
  /** Every fact of the claim with its origin and how it relates to the fact asked about. */
  facts: { fact: WorkspaceFact; origin: string; relation: Relation }[];
}

export class Workspace {
  private readonly documents = new Map<string, AnalyzedDocument>();
  private cached: Report | null = null;

  /** Adds or replaces a document. Returns the paths whose findings may have changed. */
  setDocument(path: string, text: string, options: SetDocumentOptions = {}): Set<string> {
    this.documents.set(path, analyzeDocument(text, { published: options.published ?? null }));
    this.cached = null;
    return new Set(this.documents.keys());
  }

  /** Forgets a document. Returns the paths whose findings may have changed. */
  removeDocument(path: string): Set<string> {
    const changed = new Set(this.documents.keys());
    this.documents.delete(path);
    this.cached = null;
    return changed;
  }

  has(path: string): boolean {
    return this.documents.has(path);
  }

  paths(): string[] {
    return [...this.documents.keys()];
  }

  document(path: string): AnalyzedDocument | undefined {
    return this.documents.get(path);
  }

  /** The version-1 report over every document, in the order they were added. */
  report(): Report {
    if (this.cached) return this.cached;
    const inputs = [...this.documents].map(([path, document]) => ({ path, document }));
    const groups = groupSources(inputs.map(({ path, document }) => ({ path, text: document.text, regions: document.regions })));
    this.cached = buildReport(inputs.map((input) => ({ ...input, group: groups.get(input.path) ?? input.path })));
    return this.cached;
  }

  /** The document's facts, boilerplate ones included (flagged), in text order. */
  factsFor(path: string): WorkspaceFact[] {
    const document = this.documents.get(path);
    if (!document) return [];
    return this.report()
      .facts.filter((f) => f.path === path)
      .map((f) => ({ ...f, start: document.lines.offsetAt(f.range.start), end: document.lines.offsetAt(f.range.end) }));
  }

  findingsFor(path: string): ReportFinding[] {
    return this.report().findings.filter((f) => f.path === path);
  }

  /** The claim a fact belongs to, with every fact of it labelled against that fact. */
  claimOfFact(factId: string): ClaimView | null {
    const fact = this.report().facts.find((f) => f.id === factId);
    return fact?.claim ? this.claim(fact.claim) : null;
  }

  claim(id: string): ClaimView | null {
    const claim = this.report().claims.find((c) => c.id === id);
    return claim ? { claim, facts: [] } : null;
  }
}
