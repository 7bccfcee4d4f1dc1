/**
 * The Corroborate requests beyond standard LSP: the claims view, the status item, and
 * the report export (the same JSON and SARIF the command line prints).
 */
import { isFindingIgnored, verifiedAt } from '../core/annotations/index.js';
import type { Report } from '../core/report.js';
import { formatJson } from '../cli/formatters/json.js';
import { formatSarif } from '../cli/formatters/sarif.js';
import type { Corpus } from './corpus.js';
import { agreesWithMajority } from '../core/compare/majority.js';
import { displayValue, originCount } from './facts.js';
import type {
  ClaimItem,
  ClaimsParams,
  ClaimsResult,
  DocumentStatusParams,
  DocumentStatusResult,
  ExportReportParams,
  ExportReportResult,
} from './protocol.js';
import type { Root } from './roots.js';

const STATUS_ORDER = { disputed: 0, corroborated: 1, single: 2 } as const;

function claimsOfRoot(root: Root, params: ClaimsParams): ClaimItem[] {
  const { workspace } = root;
  const items: ClaimItem[] = [];
  for (const claim of workspace.report().claims) {
    if (claim.status === 'single' || (params.disputedOnly && claim.status !== 'disputed')) continue;
    const view = workspace.claim(claim.id);
    if (!view || originCount(view.facts) < 2) continue;
    const majority = agreesWithMajority(view.facts.map(({ fact, origin }) => ({ kind: fact.kind, text: fact.text, value: fact.value, origin })));
    const kindOn = root.folders.some((f) => f.settings.kinds[claim.kind]);
    if (!kindOn) continue;
    const verified = view.facts.some(({ fact }) => {
      const located = root.resolve(fact.path);
      const text = workspace.document(fact.path)?.text;
      return located && text !== undefined && verifiedAt(located.rel, fact, located.folder.decisions, text) !== undefined;
    });
    items.push({
      id: claim.id,
      kind: claim.kind,
      label: verified ? `${claim.label} (verified)` : claim.label,
      status: claim.status,
      facts: view.facts.map(({ fact, origin }, i) => ({
        uri: root.uriOf(fact.path),
        range: fact.range,
        text: fact.text,
        value: displayValue(fact),
        origin,
        agrees: claim.status === 'single' ? null : majority[i]!,
      })),
    });
  }
  return items;
}

export function claims(corpus: Corpus, params: ClaimsParams | undefined): ClaimsResult {
  const all = corpus.roots.flatMap((root) => claimsOfRoot(root, params ?? {}));
  all.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
  return { claims: all };
}

export function documentStatus(corpus: Corpus, params: DocumentStatusParams): DocumentStatusResult {
  const located = corpus.locateUri(params.uri);
  const empty = { published: null, publishedFrom: null, counts: { date: 0, figure: 0, quote: 0 } };
  if (!located) return { ...empty, skipped: 'not in a workspace folder' };
  const { root, path } = located;
  const skipped = root.skipped.get(path);
  if (skipped) return { ...empty, skipped };
  const document = root.workspace.document(path);
  if (!document) return { ...empty, skipped: corpus.isSelected(located) ? 'not analysed yet' : 'excluded by corroborate.include/exclude or .corroborate.json' };
  const counts = { date: 0, figure: 0, quote: 0 };
  for (const fact of document.facts) if (!fact.boilerplate) counts[fact.kind]++;
  return { published: document.published?.date ?? null, publishedFrom: document.published?.from ?? null, counts, skipped: null };
}

/** A root's report without the findings people chose to ignore. */
function shownReport(root: Root): Report {
  const report = root.workspace.report();
  const findings = report.findings.filter((finding) => {
    const located = root.resolve(finding.path);
    const document = root.workspace.document(finding.path);
    if (!located || !document) return true;
    const span = { start: document.lines.offsetAt(finding.range.start), end: document.lines.offsetAt(finding.range.end) };
    return !isFindingIgnored({ path: located.rel, code: finding.code, ...span }, located.folder.decisions, document.text);
  });
  return { ...report, findings };
}

/** Separate roots' reports as one: fact and claim ids renumbered so they stay unique. */
export function mergeReports(reports: readonly Report[]): Report {
  if (reports.length === 1) return reports[0]!;
  const merged: Report = { version: 1, documents: [], facts: [], claims: [], findings: [] };
  for (const report of reports) {
    const factIds = new Map<string, string>();
    const claimIds = new Map<string, string>();
    for (const claim of report.claims) claimIds.set(claim.id, `c${merged.claims.length + claimIds.size + 1}`);
    for (const fact of report.facts) {
      const id = `f${merged.facts.length + 1}`;
      factIds.set(fact.id, id);
      merged.facts.push({ ...fact, id, claim: fact.claim === null ? null : (claimIds.get(fact.claim) ?? null) });
    }
    for (const claim of report.claims) {
      merged.claims.push({ ...claim, id: claimIds.get(claim.id)!, facts: claim.facts.map((f) => factIds.get(f) ?? f) });
    }
    merged.documents.push(...report.documents);
    merged.findings.push(...report.findings.map((f) => ({ ...f, claim: f.claim === null ? null : (claimIds.get(f.claim) ?? null) })));
  }
  return merged;
}

export function exportReport(corpus: Corpus, params: ExportReportParams, version: string): ExportReportResult {
  const report = mergeReports(corpus.roots.map(shownReport));
  if (params?.format === 'sarif') return { content: formatSarif(report, { color: false, showBoilerplate: false, version }) };
  return { content: formatJson(report) };
}
