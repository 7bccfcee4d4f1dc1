/**
 * Hover on a fact: its normalised value and how it was resolved, the claim it belongs
 * to, and how each other source words it (✓ agrees / ✗ disagrees).
 */
import type { Hover, Position } from 'vscode-languageserver';
import { verifiedAt } from '../core/annotations/index.js';
import type { AnalyzedDocument } from '../core/document.js';
import type { DateValue, FigureValue, PublishedFrom, QuoteValue } from '../core/types.js';
import type { WorkspaceFact } from '../core/workspace.js';
import { displayValue, factAt, quoteWording, readableTimex } from './facts.js';
import type { Located } from './roots.js';

const PUBLISHED_FROM: Record<PublishedFrom, string> = {
  option: '--published',
  config: '.corroborate.json',
  header: 'header',
  text: 'byline',
  inferred: 'inferred from the other sources of the story',
};

/** Article text is shown as text, never as Markdown. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&').replace(/\s+/g, ' ');
}

function dateLine(fact: WorkspaceFact, document: AnalyzedDocument, decidedPublished: boolean): string {
  const value = fact.value as DateValue;
  const resolved = `${escapeMarkdown(fact.text)} → ${escapeMarkdown(readableTimex(value.timex))}`;
  const type = value.type === 'DATE' ? '' : ` (${value.type.toLowerCase()})`;
  const published = document.published;
  // A date that names its own year does not depend on the publication date.
  const absolute = /\b\d{4}\b/.test(fact.text);
  let how = '';
  if (value.timex.includes('X') && !published) how = ', no publication date known to resolve it against';
  else if (published && !absolute) {
    const from = decidedPublished ? 'from your decision' : published.from === 'inferred' ? PUBLISHED_FROM.inferred : `from ${PUBLISHED_FROM[published.from]}`;
    how = `, relative to publication date ${readableTimex(published.date)} (${escapeMarkdown(from)})`;
  }
  return `**Date** \`${value.timex}\`${type}: ${resolved}${how}`;
}

function valueLine(fact: WorkspaceFact, document: AnalyzedDocument, decidedPublished: boolean): string {
  switch (fact.kind) {
    case 'date':
      return dateLine(fact, document, decidedPublished);
    case 'figure': {
      const value = fact.value as FigureValue;
      return `**Figure**: ${escapeMarkdown(fact.text)} → ${escapeMarkdown(displayValue(fact))}${value.approximate ? ' (approximate)' : ''}`;
    }
    case 'quote': {
      const value = fact.value as QuoteValue;
      return `**Quote** by ${escapeMarkdown(value.speaker ?? 'an unknown speaker')}`;
    }
  }
}

export function hoverAt(located: Located, position: Position, sourceName: (path: string) => string): Hover | null {
  const { root, path, folder, rel } = located;
  const document = root.workspace.document(path);
  const fact = factAt(root.workspace, path, position, folder.settings);
  if (!document || !fact) return null;
  const decided = document.published?.from === 'config' && folder.decisions.some((d) => d.kind === 'published' && d.path === rel);
  const lines = [valueLine(fact, document, decided)];
  const view = root.workspace.claimOfFact(fact.id);
  if (view) {
    const verified = verifiedAt(rel, fact, folder.decisions, document.text);
    lines.push('', `**Claim**: ${escapeMarkdown(view.claim.label)} (${view.claim.status}${verified ? ', verified' : ''})`);
    const others = view.facts.filter((f) => f.relation !== 'self');
    if (others.length > 0) lines.push('');
    for (const { fact: other, relation } of others) {
      const mark = relation === 'agree' ? '✓ agrees' : '✗ disagrees';
      lines.push(`- ${mark}: ${escapeMarkdown(sourceName(other.path))}: ${escapeMarkdown(quoteWording(other.text, 200))}`);
    }
  }
  return { contents: { kind: 'markdown', value: lines.join('\n') }, range: document.lines.rangeOf(fact) };
}
