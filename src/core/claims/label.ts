/**
 * A claim's name for people: who it is about and what ("US–Russia talks",
 * "Russia troops"), or for a quotation its speaker and first words.
 */
import { displayName } from './gazetteer.js';
import type { FactSignature } from './signature.js';

const FIRST_WORDS = 6;

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

export function claimLabel(members: readonly FactSignature[]): string {
  const first = members[0]!.fact;
  if (first.kind === 'quote') {
    const speaker = mostCommon(members.flatMap((m) => (m.fact.kind === 'quote' && m.fact.value.speaker ? [m.fact.value.speaker] : []))) ?? 'unattributed';
    const words = first.value.text.split(/\s+/);
    return `${speaker}: “${words.slice(0, FIRST_WORDS).join(' ')}${words.length > FIRST_WORDS ? '…' : ''}”`;
  }
  // Participants most of its facts name: one sentence mentioning NATO does not make the talks NATO's.
  const counts = new Map<string, number>();
  for (const m of members) for (const p of m.participants) counts.set(p, (counts.get(p) ?? 0) + 1);
  const participants = [...counts].filter(([, n]) => n * 2 >= members.length).map(([p]) => displayName(p)).sort();
  const who = participants.join('–');
  const headTerm = mostCommon(members.flatMap((m) => [...m.near].filter((t) => t !== '~said'))) ?? mostCommon(members.flatMap((m) => m.terms.strongest(1)));
  const head = headTerm ? mostCommon(members.flatMap((m) => m.surface.get(headTerm) ?? [])) : undefined;
  // Figures: what is counted, and what the count is of ("% (rise)", "troops (massing)").
  const unit = first.kind === 'figure' ? mostCommon(members.flatMap((m) => (m.fact.kind === 'figure' && m.fact.value.unit ? [m.fact.value.unit] : []))) : undefined;
  const what = unit ? (head && head !== unit ? `${unit} (${head})` : unit) : head;
  const label = [who, what].filter(Boolean).join(' ');
  return label || first.text;
}
