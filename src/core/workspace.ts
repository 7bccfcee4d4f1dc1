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
 *
 * Cross-referencing runs over every document when something is asked after a change:
 * documents are analysed once per text, then origins, claims, inferred publication
 * dates and findings are recomputed together (they depend on each other across files).
 */
import { buildClaims } from './claims/claimIndex.js';
import { isClaimable } from './claims/claimable.js';
import { inferPublicationDates } from './claims/inferPublished.js';
import { claimLabel } from './claims/label.js';
import { signatureOf, type FactSignature } from './claims/signature.js';
import { claimFindings, isDisputed, type ClaimMember } from './compare/findings.js';
import { relate } from './compare/relation.js';
import { analyzeDocument, type AnalyzedDocument } from './document.js';
import type { Report, ReportClaim, ReportFact, ReportFinding } from './report.js';
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

interface Entry {
  text: string;
  external: PublicationDate | null;
  /** Analysed with what the text and the caller say. */
  own: AnalyzedDocument;
  ownSignatures: FactSignature[];
  /** Analysed again with a publication date inferred from the story's other articles. */
  inferred: { date: string; document: AnalyzedDocument; signatures: FactSignature[]; changed: Set<number> } | null;
}

interface State {
  report: Report;
  factsByPath: Map<string, WorkspaceFact[]>;
  findingsByPath: Map<string, ReportFinding[]>;
  claimsById: Map<string, { claim: ReportClaim; facts: WorkspaceFact[] }>;
  originOf: Map<string, string>;
}

function signaturesOf(path: string, document: AnalyzedDocument): FactSignature[] {
  const out: FactSignature[] = [];
  // Other dates and numbers in the sentence are values, not context; quoted words are context.
  const values = document.facts.filter((f) => f.kind !== 'quote');
  document.facts.forEach((fact, index) => {
    if (isClaimable(fact)) out.push(signatureOf(path, index, fact, document.text, values));
  });
  return out;
}

export class Workspace {
  private readonly entries = new Map<string, Entry>();
  private state: State | null = null;

  /** Adds or replaces a document. Returns the paths whose findings may have changed. */
  setDocument(path: string, text: string, options: SetDocumentOptions = {}): Set<string> {
    const external = options.published ?? null;
    const previous = this.entries.get(path);
    if (previous && previous.text === text && samePublished(previous.external, external)) return new Set();
    const own = analyzeDocument(text, { published: external });
    this.entries.set(path, { text, external, own, ownSignatures: signaturesOf(path, own), inferred: null });
    return this.invalidate();
  }

  /** Forgets a document. Returns the paths whose findings may have changed. */
  removeDocument(path: string): Set<string> {
    if (!this.entries.delete(path)) return new Set();
    const changed = this.invalidate();
    changed.add(path);
    return changed;
  }

  has(path: string): boolean {
    return this.entries.has(path);
  }

  paths(): string[] {
    return [...this.entries.keys()];
  }

  /** The analysed document, with an inferred publication date when one was inferred. */
  document(path: string): AnalyzedDocument | undefined {
    this.current();
    return this.activeDocument(path);
  }

  report(): Report {
    return this.current().report;
  }

  /** The document's facts, boilerplate ones included (flagged), in text order. */
  factsFor(path: string): WorkspaceFact[] {
    return this.current().factsByPath.get(path) ?? [];
  }

  findingsFor(path: string): ReportFinding[] {
    return this.current().findingsByPath.get(path) ?? [];
  }

  /** Origin id of a document: copies of one article share it. */
  originOf(path: string): string {
    return this.current().originOf.get(path) ?? path;
  }

  /** The fact of `path` covering `offset`, if any. */
  factAt(path: string, offset: number): WorkspaceFact | undefined {
    return this.factsFor(path).find((f) => f.start <= offset && offset <= f.end);
  }

  /** The claim a fact belongs to, with every fact of it labelled against that fact. */
  claimOfFact(factId: string): ClaimView | null {
    const state = this.current();
    const fact = state.report.facts.find((f) => f.id === factId);
    if (!fact?.claim) return null;
    const claim = state.claimsById.get(fact.claim)!;
    const self = claim.facts.find((f) => f.id === factId)!;
    const doc = (f: WorkspaceFact) => this.document(f.path)!.facts.find((d) => d.start === f.start && d.end === f.end)!;
    return {
      claim: claim.claim,
      facts: claim.facts.map((f) => ({
        fact: f,
        origin: state.originOf.get(f.path) ?? f.path,
        relation: f.id === factId ? 'self' : relate(doc(self), doc(f)) === 'disagree' ? 'disagree' : 'agree',
      })),
    };
  }

  claim(id: string): ClaimView | null {
    const state = this.current();
    const claim = state.claimsById.get(id);
    if (!claim) return null;
    return { claim: claim.claim, facts: claim.facts.map((fact) => ({ fact, origin: state.originOf.get(fact.path) ?? fact.path, relation: 'agree' })) };
  }

  private invalidate(): Set<string> {
    this.state = null;
    return new Set(this.entries.keys());
  }

  private current(): State {
    this.state ??= this.crossReference();
    return this.state;
  }

  private crossReference(): State {
    const paths = [...this.entries.keys()];
    const groups = groupSources(paths.map((path) => ({ path, text: this.entries.get(path)!.own.text, regions: this.entries.get(path)!.own.regions })));
    const originOf = (path: string) => groups.get(path) ?? path;

    // First pass on what the texts say; then undated articles get the story's date.
    const own = paths.flatMap((p) => this.entries.get(p)!.ownSignatures);
    const first = buildClaims(own, (s) => originOf(s.path));
    const inferred = inferPublicationDates({
      pathOf: (i) => own[i]!.path,
      originOf,
      published: (p) => this.entries.get(p)!.own.published?.date ?? null,
      claims: first.claims,
    }, paths);
    let anyInferred = false;
    for (const path of paths) {
      const entry = this.entries.get(path)!;
      const date = entry.own.published ? undefined : inferred.get(path);
      if (!date) {
        entry.inferred = null;
        continue;
      }
      anyInferred = true;
      if (entry.inferred?.date !== date) {
        const document = analyzeDocument(entry.text, { published: { date, from: 'inferred' } });
        const changed = new Set<number>();
        document.facts.forEach((f, i) => {
          const before = entry.own.facts[i];
          if (f.kind === 'date' && before?.kind === 'date' && before.value.timex !== f.value.timex) changed.add(i);
        });
        entry.inferred = { date, document, signatures: signaturesOf(path, document), changed };
      }
    }
    const signatures = anyInferred ? paths.flatMap((p) => this.activeSignatures(p)) : own;
    const { claims } = anyInferred ? buildClaims(signatures, (s) => originOf(s.path)) : first;
    return this.assemble(paths, originOf, signatures, claims);
  }

  private activeDocument(path: string): AnalyzedDocument | undefined {
    const entry = this.entries.get(path);
    return entry?.inferred?.document ?? entry?.own;
  }

  private activeSignatures(path: string): FactSignature[] {
    const entry = this.entries.get(path)!;
    return entry.inferred?.signatures ?? entry.ownSignatures;
  }

  private assemble(paths: string[], originOf: (path: string) => string, signatures: FactSignature[], claims: number[][]): State {
    const documents = paths.map((path) => {
      const document = this.activeDocument(path)!;
      return { path, published: document.published?.date ?? null, publishedFrom: document.published?.from ?? null, group: originOf(path) };
    });
    const facts: WorkspaceFact[] = [];
    const factsByPath = new Map<string, WorkspaceFact[]>();
    const idOf = new Map<string, WorkspaceFact>();
    for (const path of paths) {
      const document = this.activeDocument(path)!;
      const list: WorkspaceFact[] = document.facts.map((fact, index) => {
        const item: WorkspaceFact = {
          id: `f${facts.length + index + 1}`,
          path,
          kind: fact.kind,
          range: document.lines.rangeOf(fact),
          text: fact.text,
          value: fact.value,
          claim: null,
          boilerplate: fact.boilerplate,
          start: fact.start,
          end: fact.end,
        };
        idOf.set(`${path}#${index}`, item);
        return item;
      });
      facts.push(...list);
      factsByPath.set(path, list);
    }

    // Claims in the order of their first fact; single claims too, so every claimable fact has one.
    const ordered = claims
      .map((members) => members.map((i) => signatures[i]!))
      .sort((a, b) => Number(idOf.get(a[0]!.id)!.id.slice(1)) - Number(idOf.get(b[0]!.id)!.id.slice(1)));
    const reportClaims: ReportClaim[] = [];
    const claimsById = new Map<string, { claim: ReportClaim; facts: WorkspaceFact[] }>();
    const findings: ReportFinding[] = [];
    ordered.forEach((sigs, k) => {
      const id = `c${k + 1}`;
      const members: ClaimMember[] = sigs.map((s) => ({
        path: s.path,
        origin: originOf(s.path),
        fact: s.fact,
        inferred: this.entries.get(s.path)!.inferred?.changed.has(Number(s.id.slice(s.id.lastIndexOf('#') + 1))) ?? false,
      }));
      const origins = new Set(members.map((m) => m.origin));
      const status = origins.size < 2 ? 'single' : isDisputed(members) ? 'disputed' : 'corroborated';
      const claimFacts = sigs.map((s) => idOf.get(s.id)!);
      for (const f of claimFacts) f.claim = id;
      const claim: ReportClaim = { id, kind: sigs[0]!.fact.kind, label: claimLabel(sigs), facts: claimFacts.map((f) => f.id), status };
      reportClaims.push(claim);
      claimsById.set(id, { claim, facts: claimFacts });
      if (status !== 'disputed') return;
      for (const finding of claimFindings(members)) {
        const at = claimFacts[members.indexOf(finding.member)]!;
        findings.push({
          path: at.path,
          range: at.range,
          severity: finding.severity,
          code: finding.code,
          message: finding.message,
          claim: id,
          related: finding.related.map(({ member, agrees }) => {
            const other = claimFacts[members.indexOf(member)]!;
            return { path: other.path, range: other.range, message: `${agrees ? 'agrees' : 'disagrees'}: ${other.text}` };
          }),
        });
      }
    });
    const order = new Map(paths.map((p, i) => [p, i]));
    findings.sort((a, b) => order.get(a.path)! - order.get(b.path)! || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    const findingsByPath = new Map<string, ReportFinding[]>();
    for (const f of findings) {
      if (!findingsByPath.has(f.path)) findingsByPath.set(f.path, []);
      findingsByPath.get(f.path)!.push(f);
    }
    const report: Report = {
      version: 1,
      documents,
      facts: facts.map(({ start: _start, end: _end, ...fact }) => fact),
      claims: reportClaims,
      findings,
    };
    return { report, factsByPath, findingsByPath, claimsById, originOf: new Map(paths.map((p) => [p, originOf(p)])) };
  }
}

function samePublished(a: PublicationDate | null, b: PublicationDate | null): boolean {
  return a?.date === b?.date && a?.from === b?.from;
}
