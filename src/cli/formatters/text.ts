import type { Report, ReportFact } from '../../core/report.js';
import type { DateValue, FigureValue, QuoteValue } from '../../core/types.js';
import { sourceName } from '../../core/compare/findings.js';
import { agreesWithMajority } from '../../core/compare/majority.js';
import type { FormatOptions } from './index.js';

const ANSI = { dim: '\x1b[2m', bold: '\x1b[1m', red: '\x1b[31m', yellow: '\x1b[33m', cyan: '\x1b[36m', reset: '\x1b[0m' };

function paint(color: boolean, code: keyof typeof ANSI, s: string): string {
  return color ? `${ANSI[code]}${s}${ANSI.reset}` : s;
}

function oneLine(s: string, max = 80): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1e6) / 1e6);
}

function describeFigure(v: FigureValue): string {
  let amount: string;
  if (v.value !== null) amount = formatNumber(v.value);
  else if (v.min !== null && v.max !== null) amount = `${formatNumber(v.min)}..${formatNumber(v.max)}`;
  else if (v.min !== null) amount = `>=${formatNumber(v.min)}`;
  else if (v.max !== null) amount = `<=${formatNumber(v.max)}`;
  else amount = '?';
  return [v.approximate ? `~${amount}` : amount, v.unit].filter(Boolean).join(' ');
}

/** The normalised value of a fact, as a short readable string. */
export function describeValue(fact: Pick<ReportFact, 'kind' | 'value'>): string {
  switch (fact.kind) {
    case 'date': {
      const v = fact.value as DateValue;
      return v.type === 'DATE' ? v.timex : `${v.timex} (${v.type})`;
    }
    case 'figure':
      return describeFigure(fact.value as FigureValue);
    case 'quote': {
      const v = fact.value as QuoteValue;
      return v.speaker ? `${v.speaker}:` : '(no speaker)';
    }
  }
}

/** `path:line:col` with 1-based line and column, as compilers and editors print them. */
function where(path: string, line: number, character: number): string {
  return `${path}:${line + 1}:${character + 1}`;
}

const STATUS_ORDER = { disputed: 0, corroborated: 1, single: 2 } as const;

/**
 * Claims stated by more than one source, disputed first: each source's wording side by
 * side (✓ gives the value most sources give, ✗ does not), then the findings of the claim
 * as `path:line:col severity code message` with their related locations.
 */
function formatClaims(report: Report, c: boolean): string[] {
  const lines: string[] = [];
  const facts = new Map(report.facts.map((f) => [f.id, f]));
  const groups = new Map(report.documents.map((d) => [d.path, d.group]));
  const claims = report.claims.filter((claim) => claim.status !== 'single').sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
  for (const claim of claims) {
    const members = claim.facts.map((id) => facts.get(id)!);
    const findings = report.findings.filter((f) => f.claim === claim.id);
    const majority = agreesWithMajority(members.map((m) => ({ ...m, origin: groups.get(m.path) ?? m.path })));
    lines.push('');
    lines.push(paint(c, 'bold', `${claim.id} ${claim.status} ${claim.kind}: ${claim.label}`));
    const width = Math.max(...members.map((m) => sourceName(m.path).length));
    for (const [i, m] of members.entries()) {
      const mark = majority[i] ? '✓' : '✗';
      lines.push(`  ${mark} ${sourceName(m.path).padEnd(width)}  ${JSON.stringify(oneLine(m.text, 60)).padEnd(40)} ${paint(c, 'dim', where(m.path, m.range.start.line, m.range.start.character))}`);
    }
    for (const finding of findings) {
      const color = finding.severity === 'error' ? 'red' : finding.severity === 'warning' ? 'yellow' : 'dim';
      lines.push(`${where(finding.path, finding.range.start.line, finding.range.start.character)} ${paint(c, color, finding.severity)} ${finding.code} ${finding.message}`);
      for (const r of finding.related) lines.push(`    ${where(r.path, r.range.start.line, r.range.start.character)} ${r.message}`);
    }
  }
  if (claims.length) lines.push('');
  return lines;
}

/**
 * One line per fact, `path:line:col kind value "text"`; then the claims several sources
 * state, grouped with their findings; then a summary line.
 */
export function formatText(report: Report, options: FormatOptions): string {
  const c = options.color;
  const lines: string[] = [];
  for (const fact of report.facts) {
    if (fact.boilerplate && !options.showBoilerplate) continue;
    const tag = fact.boilerplate ? ' [boilerplate]' : '';
    lines.push(
      `${paint(c, 'dim', where(fact.path, fact.range.start.line, fact.range.start.character))} ${paint(c, 'cyan', fact.kind)} ${describeValue(fact)} ${JSON.stringify(oneLine(fact.text))}${tag}`,
    );
  }
  lines.push(...formatClaims(report, c));
  const count = (kind: string) => report.facts.filter((f) => f.kind === kind && !f.boilerplate).length;
  const hidden = report.facts.filter((f) => f.boilerplate).length;
  const sources = new Set(report.documents.map((d) => d.group)).size;
  const files = report.documents.length;
  lines.push(
    paint(
      c,
      'bold',
      `${files} file${files === 1 ? '' : 's'} (${sources} source${sources === 1 ? '' : 's'}): ${count('date')} dates, ${count('figure')} figures, ${count('quote')} quotes` +
        (hidden ? `; ${hidden} more in boilerplate${options.showBoilerplate ? '' : ' (not shown; --boilerplate lists them)'}` : '') +
        `; ${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}`,
    ),
  );
  return lines.join('\n') + '\n';
}
