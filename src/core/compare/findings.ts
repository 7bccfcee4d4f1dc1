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
import { quoteDifferences, quotedTextOf } from './quotes.js';
import { relate, valueKey } from './relation.js';

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

function quoteMessage(member: ClaimMember, against: readonly ClaimMember[]): string {
  const parts = against.map((other) => {
    const changes = quoteDifferences(quotedTextOf(member.fact), quotedTextOf(other.fact));
    const shown = changes.map((c) => `${c.here ? `"${c.here}"` : '(nothing)'} here, ${c.there ? `"${c.there}"` : '(nothing)'} there`).join('; ');
    return `${sourceName(other.path)}: ${shown || 'worded differently'}`;
  });
  return `Quotation worded differently in ${plural(new Set(against.map((a) => a.origin)).size, 'source')}: ${parts.join(' | ')}`;
}

function valueMessage(member: ClaimMember, disagreeing: readonly ClaimMember[], agreeing: readonly ClaimMember[]): string {
  // Group the other sources by the value they give, shown in the first one's words.
  const byValue = new Map<string, ClaimMember[]>();
  for (const m of disagreeing) {
    const key = valueKey(m.fact);
    if (!byValue.has(key)) byValue.set(key, []);
    byValue.get(key)!.push(m);
  }
  const told = [...byValue.values()].map((ms) => `${ms[0]!.fact.text} in ${plural(namesOf(ms).length, 'source')} (${namesOf(ms).join(', ')})`);
  let message = `${member.fact.text} here; ${told.join('; ')}`;
  if (agreeing.length) message += `; ${plural(namesOf(agreeing).length, 'source')} agree${namesOf(agreeing).length === 1 ? 's' : ''} (${namesOf(agreeing).join(', ')})`;
  return message;
}

/** One source's statement of one value: every place it says it (a headline and its body, a copy). */
interface Statement {
  origin: string;
  value: string;
  members: ClaimMember[];
}

/** Members compared per pair of statements when asking whether they are alike enough. */
const PAIRS_PER_STATEMENT = 4;

/**
 * `comparable`: whether two facts of the claim are alike enough to be held against each
 * other directly. A claim joins facts through chains (A like B, B like C); a finding on A
 * names only the statements that contradict A's statement itself. Work follows the
 * number of statements, not the square of the facts.
 */
export function claimFindings(members: readonly ClaimMember[], comparable: (a: ClaimMember, b: ClaimMember) => boolean = () => true): MemberFinding[] {
  const statements = new Map<string, Statement>();
  const statementOf = new Map<ClaimMember, Statement>();
  for (const m of members) {
    const value = valueKey(m.fact);
    const key = `${m.origin}\u0000${value}`;
    let statement = statements.get(key);
    if (!statement) statements.set(key, (statement = { origin: m.origin, value, members: [] }));
    statement.members.push(m);
    statementOf.set(m, statement);
  }
  const relations = new Map<string, ReturnType<typeof relate>>();
  const relation = (a: Statement, b: Statement) => {
    const key = `${a.value}\u0000${b.value}`;
    let r = relations.get(key);
    if (r === undefined) relations.set(key, (r = relate(a.members[0]!.fact, b.members[0]!.fact)));
    return r;
  };
  const held = new Map<string, boolean>();
  const heldAgainst = (a: Statement, b: Statement) => {
    const key = `${a.origin}\u0000${a.value}\u0001${b.origin}\u0000${b.value}`;
    let h = held.get(key);
    if (h === undefined) {
      h = a.members.slice(0, PAIRS_PER_STATEMENT).some((x) => b.members.slice(0, PAIRS_PER_STATEMENT).some((y) => comparable(x, y)));
      held.set(key, h);
    }
    return h;
  };
  const byOrigin = new Map<string, Statement[]>();
  for (const st of statements.values()) byOrigin.set(st.origin, [...(byOrigin.get(st.origin) ?? []), st]);

  const findings: MemberFinding[] = [];
  for (const statement of statements.values()) {
    const disagreeing: ClaimMember[] = [];
    const agreeing: ClaimMember[] = [];
    const related: RelatedFact[] = [];
    for (const [origin, theirs] of byOrigin) {
      if (origin === statement.origin) continue;
      const against = theirs.filter((t) => relation(statement, t) === 'disagree');
      const agree = theirs.filter((t) => relation(statement, t) === 'agree');
      const founded = against.filter((t) => heldAgainst(statement, t));
      if (founded.length) disagreeing.push(founded[0]!.members[0]!);
      else if (agree.length) agreeing.push(agree[0]!.members[0]!);
      // Every other source is pointed at, a few places each (the disagreeing ones first).
      const shown = [...against.flatMap((t) => t.members.map((m) => ({ member: m, agrees: false }))), ...agree.flatMap((t) => t.members.map((m) => ({ member: m, agrees: true })))];
      related.push(...shown.slice(0, RELATED_PER_SOURCE));
    }
    if (!disagreeing.length) continue;
    related.splice(RELATED_MAX);
    for (const member of statement.members) {
      const kind = member.fact.kind;
      // Ties are warnings too: counting sources cannot settle them.
      let severity: Severity = disagreeing.length >= agreeing.length + 1 ? 'warning' : 'information';
      if (kind === 'figure' && (isVague(member.fact.value) || disagreeing.every((d) => d.fact.kind === 'figure' && isVague(d.fact.value)))) severity = lower(severity);
      let message = kind === 'quote' ? quoteMessage(member, disagreeing) : valueMessage(member, disagreeing, agreeing);
      if (member.inferred || disagreeing.some((d) => d.inferred)) message += ' (rests on a publication date inferred from the other sources)';
      findings.push({ member, severity, code: CODES[kind], message, related });
    }
  }
  return findings;
}

/** Whether any two origins of the claim disagree. */
export function isDisputed(members: readonly ClaimMember[]): boolean {
  // One representative per origin and value: the pairs of statements, not of facts.
  const seen = new Set<string>();
  const statements = members.filter((m) => {
    const key = `${m.origin}\u0000${valueKey(m.fact)}`;
    return !seen.has(key) && seen.add(key);
  });
  for (let i = 0; i < statements.length; i++) {
    for (let j = i + 1; j < statements.length; j++) {
      if (statements[i]!.origin !== statements[j]!.origin && relate(statements[i]!.fact, statements[j]!.fact) === 'disagree') return true;
    }
  }
  return false;
}

