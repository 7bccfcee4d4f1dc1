/**
 * Which facts of a claim give the value most sources give. Only facts that contradict
 * some other fact of the claim take part: "early January" agrees with both "January 10"
 * and "Jan. 11" and settles nothing. Each source (origin) counts once.
 */
import type { FactKind } from '../types.js';
import { relate } from './relation.js';

export interface SourcedFact {
  kind: FactKind;
  text: string;
  value: unknown;
  /** Origin id: copies of one article share it. */
  origin: string;
}

/** For each fact, whether it agrees with the value held by the most origins (ties: all of them). */
export function agreesWithMajority(facts: readonly SourcedFact[]): boolean[] {
  const asFact = (f: SourcedFact) => ({ kind: f.kind, text: f.text, value: f.value, start: 0, end: 0, boilerplate: false }) as Parameters<typeof relate>[0];
  const relation = facts.map((f) => facts.map((g) => relate(asFact(f), asFact(g))));
  const decisive = facts.map((_, i) => relation[i]!.includes('disagree'));
  const support = facts.map((_, i) => (decisive[i] ? new Set(facts.filter((_, j) => decisive[j] && relation[i]![j] === 'agree').map((g) => g.origin)).size : 0));
  const best = Math.max(0, ...support);
  return facts.map((_, i) => !decisive[i] || support[i] === best);
}
