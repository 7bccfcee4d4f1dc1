/**
 * The set of articles being compared, kept current one document at a time: the CLI
 * fills it once and asks for the report; the language server updates it on every edit
 * and asks for what changed.
 *
 * API (used by src/cli and src/server):
 * - setDocument / removeDocument: returns the paths whose facts or findings may have changed
 *   (inside `batch`, nothing until the batch ends: `batch` returns them all);
 * - document(path): the analysed document (text, lines, regions, facts, publication date);
 * - factsFor(path): the document's facts with ids, ranges and claim ids;
 * - findingsFor(path): its findings (related locations point into other documents);
 * - claim(id) / claimOfFact(factId): a claim with each fact labelled agree/disagree;
 * - report(): the version-1 report over everything.
 *
 * An edit is incremental: only the edited document is analysed again; its origin is
 * found again from the shingle index; only the claims its old and new facts touch are
 * formed again, and only their findings recomputed. Fact and claim ids (`f<n>`, `c<n>`)
 * stay the same as long as what they name does.
 */
import { ClaimIndex } from './claims/claimIndex.js';
import { isClaimable } from './claims/claimable.js';
import { inferPublicationDate } from './claims/inferPublished.js';
import { claimLabel } from './claims/label.js';
import type { FactSignature } from './claims/signature.js';
import { StoryIndex } from './claims/story.js';
import { claimFindings, isDisputed, type ClaimMember, type RelatedFact } from './compare/findings.js';
import { relate } from './compare/relation.js';
import { withPublicationDate, type AnalyzedDocument } from './document.js';
import { documentSignatures, prepareDocument, type PreparedDocument } from './prepare.js';
import type { RelatedLocation, Report, ReportClaim, ReportFact, ReportFinding } from './report.js';
import { SourceIndex, type ShingleSketch } from './sources.js';
import type { PublicationDate, Span } from './types.js';

export interface SetDocumentOptions {
  /** A publication date from outside the text (option, config, a user's decision). */
  published?: PublicationDate | null;
  /** `prepareDocument(text, { published })` done beforehand (on a worker thread): used when its text is `text`. */
  prepared?: PreparedDocument;
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
  shingles: ShingleSketch;
  /** Analysed with the publication date in use (the inferred one, when one was inferred). */
  active: AnalyzedDocument;
  inferredDate: string | null;
  /** Fact ids, by index into `active.facts`. */
  factIds: string[];
  signatures: FactSignature[];
  /** Indexes of facts whose value rests on the inferred publication date. */
  inferredFacts: Set<number>;
}

/**
 * What is kept of a claim between changes: its status and findings. Its report entry
 * (label and all) is made when asked for, and a claim of one origin (most claims: a fact
 * no other source states) is kept as nothing at all.
 */
interface ClaimInfo {
  status: ReportClaim['status'];
  findings: ReportFinding[];
}

/** The findings of every claim that has none (most of them): one array, never changed. */
const NO_FINDINGS: ReportFinding[] = [];

/** Rounds of inferring publication dates after one change (each may date more articles). */
const INFERENCE_ROUNDS = 3;

export class Workspace {
  private readonly entries = new Map<string, Entry>();
  private readonly sources = new SourceIndex();
  private readonly stories = new StoryIndex();
  private readonly claims = new ClaimIndex(
    (path) => this.sources.groupOf(path),
    (a, b) => this.stories.sameStory(a, b),
  );
  private readonly infos = new Map<string, ClaimInfo>();
  /** Path -> the claims with a finding in it (for findingsFor without a walk over every claim). */
  private readonly claimsOfPath = new Map<string, Set<string>>();
  private readonly pending = new Map<string, 'set' | 'remove'>();
  private batching = 0;
  private nextFact = 1;
  private cachedReport: Report | null = null;

  /** Adds or replaces a document. Returns the paths whose facts or findings may have changed. */
  setDocument(path: string, text: string, options: SetDocumentOptions = {}): Set<string> {
    const external = options.published ?? null;
    const previous = this.entries.get(path);
    if (previous && previous.text === text && samePublished(previous.external, external)) return new Set();
    const prepared = options.prepared?.analysis.text === text ? options.prepared : prepareDocument(text, { published: external });
    const own = prepared.analysis;
    const entry: Entry = {
      text,
      external,
      own,
      shingles: prepared.shingles,
      active: own,
      inferredDate: null,
      factIds: [],
      signatures: [],
      inferredFacts: new Set(),
    };
    this.entries.set(path, entry);
    this.stories.set(path, prepared.storyTerms);
    this.activate(path, entry, own, null, prepared.signatures);
    return this.changed(path, 'set');
  }

  /** Forgets a document. Returns the paths whose findings may have changed. */
  removeDocument(path: string): Set<string> {
    const entry = this.entries.get(path);
    if (!entry) return new Set();
    this.entries.delete(path);
    this.stories.remove(path);
    return this.changed(path, 'remove');
  }

  /**
   * Runs `fill` (many setDocument / removeDocument calls) and cross-references once at
   * the end: loading a folder costs one pass, not one per file. Returns the changed paths.
   */
  batch(fill: () => void): Set<string> {
    this.beginBatch();
    try {
      fill();
    } finally {
      this.batching--;
    }
    return this.batching ? new Set() : this.flush();
  }

  /** The two halves of `batch`, for filling across awaits (start-up indexing). */
  beginBatch(): void {
    this.batching++;
  }

  endBatch(): Set<string> {
    this.batching = Math.max(0, this.batching - 1);
    return this.batching ? new Set() : this.flush();
  }

  has(path: string): boolean {
    return this.entries.has(path);
  }

  paths(): string[] {
    return [...this.entries.keys()];
  }

  /** The analysed document, with an inferred publication date when one was inferred. */
  document(path: string): AnalyzedDocument | undefined {
    return this.entries.get(path)?.active;
  }

  /** Origin id of a document: copies of one article share it. */
  originOf(path: string): string {
    return this.sources.groupOf(path);
  }

  report(): Report {
    this.cachedReport ??= this.assembleReport();
    return this.cachedReport;
  }

  /** The document's facts, boilerplate ones included (flagged), in text order. */
  factsFor(path: string): WorkspaceFact[] {
    const entry = this.entries.get(path);
    if (!entry) return [];
    return entry.active.facts.map((fact, index) => this.workspaceFact(path, entry, index, fact));
  }

  findingsFor(path: string): ReportFinding[] {
    const out: ReportFinding[] = [];
    for (const claimId of this.claimsOfPath.get(path) ?? []) out.push(...this.infos.get(claimId)!.findings.filter((f) => f.path === path));
    return out.sort(byPosition);
  }

  /** The fact of `path` covering `offset`, if any. */
  factAt(path: string, offset: number): WorkspaceFact | undefined {
    return this.factsFor(path).find((f) => f.start <= offset && offset <= f.end);
  }

  /** The claim a fact belongs to, with every fact of it labelled against that fact. */
  claimOfFact(factId: string): ClaimView | null {
    const claimId = this.claims.claimOf(factId);
    const self = this.signatureOf(factId);
    if (!claimId || !self) return null;
    return this.viewOf(claimId, (sig) => (sig.id === factId ? 'self' : relate(self.fact, sig.fact) === 'disagree' ? 'disagree' : 'agree'));
  }

  claim(id: string): ClaimView | null {
    return this.viewOf(id, () => 'agree');
  }

  /** Every claim, in the order of their ids. */
  allClaims(): ReportClaim[] {
    return this.claims
      .claimIds()
      .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))
      .map((id) => this.reportClaim(id, this.claims.members(id)));
  }

  private viewOf(claimId: string, relation: (sig: FactSignature) => Relation): ClaimView | null {
    const members = this.claims.members(claimId);
    if (!members.length) return null;
    return {
      claim: this.reportClaim(claimId, members),
      // A fact of a document set again inside an unfinished batch is not there any more.
      facts: members.flatMap((sig) => {
        const at = this.locate(sig);
        return at ? [{ fact: this.workspaceFact(at.path, at.entry, at.index, at.entry.active.facts[at.index]!), origin: this.sources.groupOf(at.path), relation: relation(sig) }] : [];
      }),
    };
  }

  private reportClaim(claimId: string, members: readonly FactSignature[]): ReportClaim {
    const status = this.infos.get(claimId)?.status ?? 'single';
    return { id: claimId, kind: members[0]!.fact.kind, label: claimLabel(members), facts: members.map((m) => m.id), status };
  }

  private signatureOf(factId: string): FactSignature | undefined {
    return this.claims.signature(factId);
  }

  /**
   * Where a claimed fact is: its document and its place among the document's facts (a
   * signature holds the very fact object of `active.facts`). Found, not stored: a map of
   * every fact's place cost 46 MB of a 10,000-article folder. Null for a fact of a document
   * set again inside a batch not yet cross-referenced.
   */
  private locate(sig: FactSignature): { path: string; entry: Entry; index: number } | null {
    const entry = this.entries.get(sig.path);
    const index = entry ? entry.active.facts.indexOf(sig.fact) : -1;
    return entry && index >= 0 ? { path: sig.path, entry, index } : null;
  }

  private reportFact(path: string, entry: Entry, index: number, fact: AnalyzedDocument['facts'][number]): ReportFact {
    const id = entry.factIds[index]!;
    return { id, path, kind: fact.kind, range: entry.active.lines.rangeOf(fact), text: fact.text, value: fact.value, claim: this.claims.claimOf(id) ?? null, boilerplate: fact.boilerplate };
  }

  private workspaceFact(path: string, entry: Entry, index: number, fact: AnalyzedDocument['facts'][number]): WorkspaceFact {
    const out = this.reportFact(path, entry, index, fact) as WorkspaceFact;
    out.start = fact.start;
    out.end = fact.end;
    return out;
  }

  /**
   * Puts an analysis of the document in use: fact ids (kept for facts at the same place)
   * and the signatures (`documentSignatures(document)`, made here unless given) named after them.
   */
  private activate(path: string, entry: Entry, document: AnalyzedDocument, inferredDate: string | null, signatures = documentSignatures(document)): void {
    const previous = new Map<string, string>();
    if (entry.active.text === document.text) entry.active.facts.forEach((f, i) => entry.factIds[i] && previous.set(spanKey(f), entry.factIds[i]!));
    entry.factIds = document.facts.map((f) => previous.get(spanKey(f)) ?? `f${this.nextFact++}`);
    entry.inferredFacts = new Set();
    if (inferredDate) {
      document.facts.forEach((f, i) => {
        const before = entry.own.facts[i];
        if (f.kind === 'date' && before?.kind === 'date' && before.value.timex !== f.value.timex) entry.inferredFacts.add(i);
      });
    }
    entry.active = document;
    entry.inferredDate = inferredDate;
    // Signatures come in the order of the claimable facts.
    let next = 0;
    document.facts.forEach((fact, i) => {
      if (!isClaimable(fact)) return;
      const signature = signatures[next++]!;
      signature.id = entry.factIds[i]!;
      signature.path = path;
    });
    entry.signatures = signatures;
  }

  private changed(path: string, kind: 'set' | 'remove'): Set<string> {
    this.pending.set(path, kind);
    this.cachedReport = null;
    return this.batching ? new Set() : this.flush();
  }

  /** Cross-references what changed since the last flush. */
  private flush(): Set<string> {
    if (!this.pending.size) return new Set();
    const changedPaths = new Set(this.pending.keys());
    const originChanged = new Set<string>();
    const updates = new Map<string, FactSignature[] | null>();
    for (const [path, kind] of this.pending) {
      const moved = kind === 'remove' ? this.sources.remove(path) : this.sources.set(path, this.entries.get(path)!.shingles);
      moved.forEach((p) => originChanged.add(p));
      updates.set(path, kind === 'remove' ? null : this.entries.get(path)!.signatures);
    }
    this.pending.clear();
    originChanged.forEach((p) => changedPaths.add(p));
    const touched = new Set<string>();
    let changes = this.claims.update(updates, [...originChanged].filter((p) => !updates.has(p)));
    for (const set of [changes.removed, changes.added, changes.renamed]) set.forEach((c) => touched.add(c));

    // Undated articles take the story's date; that changes their facts, so claims again.
    for (let round = 0; round < INFERENCE_ROUNDS; round++) {
      const redo = new Map<string, FactSignature[]>();
      // Documents of each claim, found once per round: the undated articles of one story share claims.
      const pathsOfClaim = new Map<string, Set<string>>();
      for (const path of this.undatedNear(touched, changedPaths)) {
        const entry = this.entries.get(path)!;
        const date = this.inferFor(path, pathsOfClaim);
        if (date === entry.inferredDate) continue;
        const document = date ? withPublicationDate(entry.own, { date, from: 'inferred' }) : entry.own;
        this.activate(path, entry, document, date);
        redo.set(path, entry.signatures);
        changedPaths.add(path);
      }
      if (!redo.size) break;
      changes = this.claims.update(redo);
      for (const set of [changes.removed, changes.added, changes.renamed]) set.forEach((c) => touched.add(c));
    }

    // A path's findings changed only if a touched claim had or has findings there.
    for (const claimId of touched) {
      for (const p of findingPaths(this.infos.get(claimId))) {
        const claims = this.claimsOfPath.get(p)!;
        claims.delete(claimId);
        if (!claims.size) this.claimsOfPath.delete(p);
        changedPaths.add(p);
      }
      this.infos.delete(claimId);
      const members = this.claims.members(claimId);
      if (!members.length) continue;
      const info = this.describe(claimId, members);
      if (info.status === 'single') continue;
      this.infos.set(claimId, info);
      for (const p of findingPaths(info)) {
        if (!this.claimsOfPath.has(p)) this.claimsOfPath.set(p, new Set());
        this.claimsOfPath.get(p)!.add(claimId);
        changedPaths.add(p);
      }
    }
    this.cachedReport = null;
    return changedPaths;
  }

  /** Undated articles whose story may have changed: in a touched claim, or changed themselves. */
  private undatedNear(touchedClaims: Set<string>, changedPaths: Set<string>): string[] {
    const paths = new Set<string>();
    for (const claimId of touchedClaims) for (const sig of this.claims.members(claimId)) paths.add(sig.path);
    for (const path of changedPaths) paths.add(path);
    return [...paths].filter((p) => this.entries.has(p) && this.entries.get(p)!.own.published === null);
  }

  private inferFor(path: string, pathsOfClaim: Map<string, Set<string>>): string | null {
    const origin = this.sources.groupOf(path);
    const ownDate = (p: string) => this.entries.get(p)?.own.published?.date ?? null;
    let copyDate: string | null = null;
    const counts = new Map<string, number>();
    const claimsSeen = new Set<string>();
    for (const sig of this.entries.get(path)!.signatures) {
      const claimId = this.claims.claimOf(sig.id);
      if (!claimId || claimsSeen.has(claimId)) continue;
      claimsSeen.add(claimId);
      let others = pathsOfClaim.get(claimId);
      if (!others) pathsOfClaim.set(claimId, (others = new Set(this.claims.members(claimId).map((m) => m.path))));
      for (const other of others) {
        if (other === path || ownDate(other) === null) continue;
        if (this.sources.groupOf(other) === origin) copyDate ??= ownDate(other);
        else counts.set(other, (counts.get(other) ?? 0) + 1);
      }
    }
    // A dated copy may share no claim (boilerplate-only differences): look at the origin too.
    for (const other of this.sources.membersOf(path)) {
      if (copyDate) break;
      if (other !== path && ownDate(other)) copyDate = ownDate(other);
    }
    return inferPublicationDate({ copyDate, shared: [...counts].map(([p, claims]) => ({ date: ownDate(p)!, claims })) });
  }

  /** A claim's report entry and findings. */
  private describe(claimId: string, members: FactSignature[]): ClaimInfo {
    // Claims are formed again after their documents are in: every member is found.
    const located = members.map((sig) => ({ sig, ...this.locate(sig)! }));
    const claimMembers: ClaimMember[] = located.map(({ sig, path, entry, index }) => ({ id: sig.id, path, origin: this.sources.groupOf(path), fact: sig.fact, inferred: entry.inferredFacts.has(index) }));
    const origins = new Set(claimMembers.map((m) => m.origin));
    const status = origins.size < 2 ? 'single' : isDisputed(claimMembers) ? 'disputed' : 'corroborated';
    return { status, findings: status === 'disputed' ? this.findingsOf(claimId, located, claimMembers) : NO_FINDINGS };
  }

  /**
   * A disputed claim's findings. The facts of one statement share one list of related
   * locations, and each fact's range is made once: a large claim's findings would
   * otherwise hold (facts x related) copies of the same ranges and messages.
   */
  private findingsOf(claimId: string, located: readonly { path: string; entry: Entry; sig: FactSignature }[], claimMembers: readonly ClaimMember[]): ReportFinding[] {
    const position = new Map(claimMembers.map((m, i) => [m, i]));
    const ranges: (ReportFinding['range'] | undefined)[] = [];
    const rangeOf = (i: number) => (ranges[i] ??= located[i]!.entry.active.lines.rangeOf(located[i]!.sig.fact));
    const relatedLists = new Map<readonly RelatedFact[], RelatedLocation[]>();
    const relatedOf = (related: readonly RelatedFact[]) => {
      let list = relatedLists.get(related);
      if (!list) {
        list = related.map(({ member, agrees }) => {
          const j = position.get(member)!;
          return { path: located[j]!.path, range: rangeOf(j), message: `${agrees ? 'agrees' : 'disagrees'}: ${member.fact.text}` };
        });
        relatedLists.set(related, list);
      }
      return list;
    };
    return claimFindings(claimMembers, (a, b) => this.claims.comparable(a.id, b.id)).map((finding) => {
      const i = position.get(finding.member)!;
      return { path: located[i]!.path, range: rangeOf(i), severity: finding.severity, code: finding.code, message: finding.message, claim: claimId, related: relatedOf(finding.related) };
    });
  }

  private assembleReport(): Report {
    const paths = [...this.entries.keys()];
    const order = new Map(paths.map((p, i) => [p, i]));
    const documents = paths.map((path) => {
      const published = this.entries.get(path)!.active.published;
      return { path, published: published?.date ?? null, publishedFrom: published?.from ?? null, group: this.sources.groupOf(path) };
    });
    // Made directly in the report's shape (a folder's report holds hundreds of thousands of facts).
    const facts = paths.flatMap((path) => {
      const entry = this.entries.get(path)!;
      return entry.active.facts.map((fact, index) => this.reportFact(path, entry, index, fact));
    });
    const findings = [...this.infos.values()].flatMap((i) => i.findings).sort((a, b) => order.get(a.path)! - order.get(b.path)! || byPosition(a, b));
    return { version: 1, documents, facts, claims: this.allClaims(), findings };
  }
}

function findingPaths(info: ClaimInfo | undefined): Set<string> {
  return new Set(info?.findings.map((f) => f.path));
}

function samePublished(a: PublicationDate | null, b: PublicationDate | null): boolean {
  return a?.date === b?.date && a?.from === b?.from;
}

function spanKey(fact: { kind: string; start: number; end: number }): string {
  return `${fact.kind}:${fact.start}:${fact.end}`;
}

function byPosition(a: ReportFinding, b: ReportFinding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
