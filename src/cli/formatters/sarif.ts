import type { Report, ReportFinding, Severity } from '../../core/report.js';
import type { Range } from '../../core/types.js';
import type { FormatOptions } from './index.js';

/** SARIF levels for our severities (SARIF has no "hint"). */
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

/** SARIF regions are 1-based; columns count UTF-16 code units, as `columnKind` says. */
function region(range: Range) {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

function location(path: string, range: Range, message?: string) {
  return {
    physicalLocation: { artifactLocation: { uri: encodeURI(path) }, region: region(range) },
    ...(message ? { message: { text: message } } : {}),
  };
}

function result(finding: ReportFinding) {
  return {
    ruleId: finding.code,
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [location(finding.path, finding.range)],
    relatedLocations: finding.related.map((r, i) => ({ id: i + 1, ...location(r.path, r.range, r.message) })),
  };
}

/** SARIF 2.1.0: one run, findings as results, the other sources as related locations. */
export function formatSarif(report: Report, options: FormatOptions): string {
  const ruleIds = [...new Set(report.findings.map((f) => f.code))].sort();
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'corroborate',
            version: options.version,
            informationUri: 'https://github.com/corroborate/corroborate',
            rules: ruleIds.map((id) => ({ id, shortDescription: { text: id.replace(/-/g, ' ') } })),
          },
        },
        columnKind: 'utf16CodeUnits',
        artifacts: report.documents.map((d) => ({ location: { uri: encodeURI(d.path) } })),
        results: report.findings.map(result),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
