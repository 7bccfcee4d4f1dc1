/**
 * Semantic tokens for what a grammar cannot know: each fact by kind (a date that is a
 * bare year as `year`), a quote's speaker, and site chrome as `boilerplate`. LSP tokens
 * may neither overlap nor span lines, so narrower tokens cut wider ones and every token
 * is split at line ends.
 */
import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import type { AnalyzedDocument } from '../core/document.js';
import type { DateValue } from '../core/types.js';
import type { WorkspaceFact } from '../core/workspace.js';
import type { Settings } from './settings.js';

export const TOKEN_TYPES = ['date', 'figure', 'quote', 'speaker', 'year', 'boilerplate'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];
export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [] };

export interface TypedSpan {
  start: number;
  end: number;
  type: TokenType;
  /** Higher wins where spans overlap. */
  priority: number;
}

function factType(fact: WorkspaceFact): TokenType {
  if (fact.boilerplate) return 'boilerplate';
  if (fact.kind === 'date' && /^\d{4}$/.test((fact.value as DateValue).timex) && /^\d{4}$/.test(fact.text)) return 'year';
  return fact.kind;
}

/** Every span to colour, before overlaps are resolved. */
export function collectSpans(document: AnalyzedDocument, facts: readonly WorkspaceFact[], settings: Settings): TypedSpan[] {
  const spans: TypedSpan[] = [];
  for (const region of document.regions) {
    if (region.boilerplate) spans.push({ start: region.start, end: region.end, type: 'boilerplate', priority: 0 });
  }
  for (const fact of facts) {
    if (!settings.kinds[fact.kind]) continue;
    spans.push({ start: fact.start, end: fact.end, type: factType(fact), priority: 1 });
  }
  if (settings.kinds.quote) {
    for (const fact of document.facts) {
      if (fact.kind === 'quote' && fact.speakerSpan && !fact.boilerplate) {
        spans.push({ ...fact.speakerSpan, type: 'speaker', priority: 2 });
      }
    }
  }
  return spans;
}

/** Non-overlapping pieces: where spans overlap, the highest priority (then the later) keeps the characters. */
export function flatten(spans: readonly TypedSpan[]): TypedSpan[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const cuts = new Set<number>();
  for (const s of sorted) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: TypedSpan[] = [];
  // A sweep: only the spans covering the current point are looked at.
  let active: TypedSpan[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    while (next < sorted.length && sorted[next]!.start <= start) active.push(sorted[next++]!);
    active = active.filter((s) => s.end > start);
    let winner: TypedSpan | undefined;
    for (const s of active) if (!winner || s.priority >= winner.priority) winner = s;
    if (!winner) continue;
    const last = pieces[pieces.length - 1];
    if (last && last.end === start && last.type === winner.type) last.end = end;
    else pieces.push({ start, end, type: winner.type, priority: winner.priority });
  }
  return pieces;
}

export function semanticTokens(document: AnalyzedDocument, facts: readonly WorkspaceFact[], settings: Settings): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  const { text, lines } = document;
  for (const piece of flatten(collectSpans(document, facts, settings))) {
    const start = lines.positionAt(piece.start);
    const end = lines.positionAt(piece.end);
    const type = TOKEN_TYPES.indexOf(piece.type);
    for (let line = start.line; line <= end.line; line++) {
      const from = line === start.line ? start.character : 0;
      let to: number;
      if (line === end.line) to = end.character;
      else {
        // The line's length without its line break.
        const lineStart = lines.offsetAt({ line, character: 0 });
        let lineEnd = lines.offsetAt({ line: line + 1, character: 0 });
        while (lineEnd > lineStart && (text[lineEnd - 1] === '\n' || text[lineEnd - 1] === '\r')) lineEnd--;
        to = lineEnd - lineStart;
      }
      if (to > from) builder.push(line, from, to - from, type, 0);
    }
  }
  return builder.build();
}
