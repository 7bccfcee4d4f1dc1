/**
 * Findings of one claim: every fact that some other origin contradicts gets one, with
 * the facts of the other origins as related locations (each labelled agrees /
 * disagrees), a message a person can act on and a severity: a warning when this fact is
 * not the majority's value, information when it is; one step lower when a vague amount
 * ("tens of thousands") is what disagrees.
 */
import type { Severity } from '../report.js';
import type { DocumentFact } from '../types.js';
import { isVague } from './figures.js';
import { quoteDifferences } from './quotes.js';
import { relate } from './relation.js';

export interface ClaimMember {
  /** The fact's id. */
  id: string;
  path: string;
  origin: string;
  fact: DocumentFact;
  /** Its value rests on a publication date inferred from the other sources. */
  inferred: boolean;
}

export interface RelatedFact {
  member: ClaimMember;
  agrees: boolean;
}

export interface MemberFinding {
  member: ClaimMember;
  severity: Severity;
  code: 'date-mismatch' | 'figure-mismatch' | 'quote-mismatch';
  message: string;
  related: RelatedFact[];
}

/** Related locations: at most this many per other source, and in all. */
const RELATED_PER_SOURCE = 3;
const RELATED_MAX = 40;

const CODES = { date: 'date-mismatch', figure: 'figure-mismatch', quote: 'quote-mismatch' } as const;

/** A file's short name in messages: its base name without the extension. */
export function sourceName(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

const plural = (n: number, word: string) => `${n} other ${word}${n === 1 ? '' : 's'}`;
const lower = (s: Severity): Severity => (s === 'warning' ? 'information' : 'hint');

function namesOf(members: readonly ClaimMember[]): string[] {
  return [...new Set(members.map((m) => m.origin))].map((origin) => sourceName(members.find((m) => m.origin === origin)!.path));
}

/** Members of other origins, grouped by origin. */
function byOrigin(members: readonly ClaimMember[], own: string): Map<string, ClaimMember[]> {
  const out = new Map<string, ClaimMember[]>();
  for (const m of members) {
    if (m.origin === own) continue;
    if (!out.has(m.origin)) out.set(m.origin, []);
    out.get(m.origin)!.push(m);
  }
  return out;
}

const quotedText = (fact: DocumentFact) => (fact.kind === 'quote' ? fact.value.text : fact.text);

function quoteMessage(member: ClaimMember, against: readonly ClaimMember[]): string {
  const parts = against.map((other) => {
    const changes = quoteDifferences(quotedText(member.fact), quotedText(other.fact));
    const shown = changes.map((c) => `${c.here ? `"${c.here}"` : '(nothing)'} here, ${c.there ? `"${c.there}"` : '(nothing)'} there`).join('; ');
    return `${sourceName(other.path)}: ${shown || 'worded differently'}`;
  });
  return `Quotation worded differently in ${plural(new Set(against.map((a) => a.origin)).size, 'source')}: ${parts.join(' | ')}`;
}

function valueMessage(member: ClaimMember, disagreeing: readonly ClaimMember[], agreeing: readonly ClaimMember[]): string {
  // Group the other sources by the value they give, shown in the first one's words.
  const byValue = new Map<string, ClaimMember[]>();
  for (const m of disagreeing) {
    const key = JSON.stringify(m.fact.value);
    if (!byValue.has(key)) byValue.set(key, []);
    byValue.get(key)!.push(m);
  }
  const told = [...byValue.values()].map((ms) => `${ms[0]!.fact.text} in ${plural(namesOf(ms).length, 'source')} (${namesOf(ms).join(', ')})`);
  let message = `${member.fact.text} here; ${told.join('; ')}`;
  if (agreeing.length) message += `; ${plural(namesOf(agreeing).length, 'source')} agree${namesOf(agreeing).length === 1 ? 's' : ''} (${namesOf(agreeing).join(', ')})`;
  return message;
}

/**
 * `comparable`: whether two facts of the claim are alike enough to be held against each
 * other directly. A claim joins facts through chains (A like B, B like C); a finding on A
 * names only the facts that contradict A itself.
 */
export function claimFindings(members: readonly ClaimMember[], comparable: (a: ClaimMember, b: ClaimMember) => boolean = () => true): MemberFinding[] {
  const findings: MemberFinding[] = [];
  // What one source says is said by all its places that say the same value: a headline
  // and its body, a page and its clean copy. One of them alike enough is enough.
  const sameStatement = (a: ClaimMember, b: ClaimMember) => a.origin === b.origin && JSON.stringify(a.fact.value) === JSON.stringify(b.fact.value);
  const heldAgainst = (member: ClaimMember, other: ClaimMember) => members.some((m) => sameStatement(m, member) && comparable(m, other));
  for (const member of members) {
    const others = byOrigin(members, member.origin);
    const disagreeing: ClaimMember[] = [];
    const agreeing: ClaimMember[] = [];
    let disagreeOrigins = 0;
    let agreeOrigins = 0;
    const related: RelatedFact[] = [];
    for (const facts of others.values()) {
      const relations = facts.map((f) => relate(member.fact, f.fact));
      const against = facts.filter((f, i) => relations[i] === 'disagree' && heldAgainst(member, f));
      if (against.length) {
        disagreeOrigins++;
        disagreeing.push(against[0]!);
      } else if (relations.includes('agree')) {
        agreeOrigins++;
        agreeing.push(facts[relations.indexOf('agree')]!);
      }
      // Every other source is pointed at, a few places each (the disagreeing ones first).
      const shown = facts.map((f, i) => ({ member: f, agrees: relations[i] === 'agree', against: relations[i] === 'disagree' }))
        .filter((r) => r.agrees || r.against)
        .sort((a, b) => Number(b.against) - Number(a.against))
        .slice(0, RELATED_PER_SOURCE);
      related.push(...shown.map(({ member: m, agrees }) => ({ member: m, agrees })));
    }
    if (!disagreeOrigins) continue;
    related.splice(RELATED_MAX);
    const kind = member.fact.kind;
    // Ties are warnings too: counting sources cannot settle them.
    let severity: Severity = disagreeOrigins >= agreeOrigins + 1 ? 'warning' : 'information';
    if (kind === 'figure' && (isVague(member.fact.value) || disagreeing.every((d) => d.fact.kind === 'figure' && isVague(d.fact.value)))) severity = lower(severity);
    let message = kind === 'quote' ? quoteMessage(member, disagreeing) : valueMessage(member, disagreeing, agreeing);
    if (member.inferred || disagreeing.some((d) => d.inferred)) message += ' (rests on a publication date inferred from the other sources)';
    findings.push({ member, severity, code: CODES[kind], message, related });
  }
  return findings;
}

/** Whether any two origins of the claim disagree. */
export function isDisputed(members: readonly ClaimMember[]): boolean {
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      if (members[i]!.origin !== members[j]!.origin && relate(members[i]!.fact, members[j]!.fact) === 'disagree') return true;
    }
  }
  return false;
}

