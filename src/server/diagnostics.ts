/**
 * Findings as LSP diagnostics: one per finding, the other sources as related
 * information, severity from the finding unless `corroborate.severity` overrides it, and
 * nothing for a disabled fact kind or a finding a person chose to ignore.
 */
import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver';
import { isFindingIgnored } from '../core/annotations/index.js';
import type { ReportFinding, Severity } from '../core/report.js';
import type { FactKindName } from './protocol.js';
import type { Located, Root } from './roots.js';

export const DIAGNOSTIC_SOURCE = 'Corroborate';
export const README_URL = 'https://github.com/corroborate/corroborate';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The fact kind a finding code is about (`date-mismatch` -> date). */
export function kindOfCode(code: string): FactKindName | null {
  const kind = code.split('-')[0];
  return kind === 'date' || kind === 'figure' || kind === 'quote' ? kind : null;
}

/** The findings of a file that are shown: kind enabled, not ignored, severity not off. */
export function visibleFindings(located: Located): { finding: ReportFinding; severity: Severity }[] {
  const { root, path, folder, rel } = located;
  const document = root.workspace.document(path);
  if (!document) return [];
  const shown: { finding: ReportFinding; severity: Severity }[] = [];
  for (const finding of root.workspace.findingsFor(path)) {
    const kind = kindOfCode(finding.code);
    if (kind && !folder.settings.kinds[kind]) continue;
    const override = folder.settings.severity[finding.code];
    if (override === 'off') continue;
    const span = { start: document.lines.offsetAt(finding.range.start), end: document.lines.offsetAt(finding.range.end) };
    if (isFindingIgnored({ path: rel, code: finding.code, ...span }, folder.decisions, document.text)) continue;
    shown.push({ finding, severity: override ?? finding.severity });
  }
  return shown;
}

export function diagnosticsFor(located: Located): Diagnostic[] {
  return visibleFindings(located).map(({ finding, severity }) => ({
    range: finding.range,
    severity: SEVERITY[severity],
    source: DIAGNOSTIC_SOURCE,
    code: finding.code,
    codeDescription: { href: `${README_URL}#${finding.code}` },
    message: finding.message,
    relatedInformation: finding.related.map((r) => ({
      location: { uri: located.root.uriOf(r.path), range: r.range },
      message: r.message,
    })),
    ...(finding.claim ? { data: { claim: finding.claim } } : {}),
  }));
}

/** Publishes diagnostics and remembers which documents have some, so they can be cleared. */
export class DiagnosticsPublisher {
  /** uri -> what was last sent, so unchanged diagnostics are not sent again after each edit. */
  private readonly sent = new Map<string, string>();

  constructor(
    private readonly connection: Connection,
    private readonly versionOf: (uri: string) => number | undefined,
  ) {}

  publish(root: Root, paths: Iterable<string>): void {
    for (const path of paths) {
      const uri = root.uriOf(path);
      let diagnostics: Diagnostic[] = [];
      try {
        const located = root.resolve(path);
        if (located && root.workspace.has(path)) diagnostics = diagnosticsFor(located);
      } catch (err) {
        this.connection.console.error(`diagnostics for ${path} failed: ${(err as Error).stack ?? err}`);
      }
      // An empty list is only sent to clear what was shown before.
      const key = JSON.stringify(diagnostics);
      if ((this.sent.get(uri) ?? '[]') === key) continue;
      if (diagnostics.length > 0) this.sent.set(uri, key);
      else this.sent.delete(uri);
      const version = this.versionOf(uri);
      void this.connection.sendDiagnostics(version === undefined ? { uri, diagnostics } : { uri, version, diagnostics });
    }
  }

  /** Clears every diagnostic this server published (before a re-index). */
  clearAll(): void {
    for (const uri of this.sent.keys()) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.sent.clear();
  }
}
