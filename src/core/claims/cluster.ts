/**
 * Facts to claims: candidate links, strongest first, join two groups of facts unless
 * that would make a claim no reader would accept (agglomerative clustering with
 * cannot-link constraints):
 * - one origin never disagrees with itself inside a claim (quotes aside: one article
 *   may quote two pieces of one statement);
 * - participants must stay compatible ("NATO and Russia" is not "the US and Russia");
 * - two values that disagree must be linked by at least one pair of facts alike enough
 *   to be one claim, so a month ("January") that fits two days cannot bridge the
 *   January 10 talks and the January 12 meeting;
 * - a link between values that agree without being equal (a month and a day in it,
 *   "tens of thousands" and "more than 10,000") only brings in a fact still on its own.
 */
import { relate, valueKey, type Relation } from '../compare/relation.js';
import type { FactSignature } from './signature.js';
import { participantsCompatible } from './similarity.js';

export interface Link {
  a: number;
  b: number;
  score: number;
  relation: Relation;
}

export interface ClusterOptions {
  /** Origin id of each fact's document (copies of one article share it). */
  originOf: (fact: FactSignature) => string;
  /** Similarity of two facts (cached by the caller). */
  similarity: (a: number, b: number) => number;
  /** Least similarity for two facts with conflicting values to be one claim. */
  disputeThreshold: number;
}

interface Group {
  members: number[];
  participants: string[];
  /** Value key -> members with that value. */
  byValue: Map<string, number[]>;
  /** Origin -> members from it. */
  byOrigin: Map<string, number[]>;
}

/** Members compared per pair of values when checking that a dispute is founded. */
const PAIRS_PER_VALUE = 16;

/** Groups `facts` by `links`; returns the members of each claim (indexes into `facts`). */
export function clusterFacts(facts: readonly FactSignature[], links: readonly Link[], options: ClusterOptions): number[][] {
  const groupOf = facts.map((_, i) => i);
  // Groups are made for facts that have a link; the others stay claims of their own. A
  // whole folder goes through here at once, and most facts have no link.
  const groups = new Map<number, Group>();
  const groupAt = (i: number): Group => {
    let group = groups.get(i);
    if (!group) {
      const f = facts[i]!;
      groups.set(i, (group = { members: [i], participants: [...f.participants], byValue: new Map([[valueKey(f.fact), [i]]]), byOrigin: new Map([[options.originOf(f), [i]]]) }));
    }
    return group;
  };
  const find = (i: number): number => {
    while (groupOf[i] !== i) i = groupOf[i] = groupOf[groupOf[i]!]!;
    return i;
  };

  const canMerge = (x: Group, y: Group, link: Link): boolean => {
    if (!participantsCompatible(x.participants, y.participants)) return false;
    const weak = link.relation === 'agree' && valueKey(facts[link.a]!.fact) !== valueKey(facts[link.b]!.fact);
    if (weak && x.members.length > 1 && y.members.length > 1) return false;
    if (selfContradicting(x, y)) return false;
    for (const [keyX, membersX] of x.byValue) {
      for (const [keyY, membersY] of y.byValue) {
        // A value already in the other group was accepted there against the rest.
        if (keyX === keyY || x.byValue.has(keyY) || y.byValue.has(keyX)) continue;
        const sample = relate(facts[membersX[0]!]!.fact, facts[membersY[0]!]!.fact);
        if (sample !== 'disagree') continue;
        if (!disputeFounded(membersX, membersY)) return false;
      }
    }
    return true;
  };

  /** One origin would contradict itself (two pieces of one quotation do not). */
  const selfContradicting = (x: Group, y: Group): boolean => {
    for (const [origin, xs] of x.byOrigin) {
      const ys = y.byOrigin.get(origin);
      if (!ys) continue;
      for (const i of xs) for (const j of ys) if (facts[i]!.fact.kind !== 'quote' && relate(facts[i]!.fact, facts[j]!.fact) === 'disagree') return true;
    }
    return false;
  };

  /** No pair of different origins disagrees, or one such pair is alike enough. */
  const disputeFounded = (xs: number[], ys: number[]): boolean => {
    let disputed = false;
    let founded = false;
    for (const i of xs.slice(0, PAIRS_PER_VALUE)) {
      for (const j of ys.slice(0, PAIRS_PER_VALUE)) {
        if (options.originOf(facts[i]!) === options.originOf(facts[j]!)) continue;
        if (relate(facts[i]!.fact, facts[j]!.fact) !== 'disagree') continue;
        disputed = true;
        if (options.similarity(i, j) >= options.disputeThreshold) founded = true;
      }
    }
    return founded || !disputed;
  };

  const ordered = [...links].sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);
  for (const link of ordered) {
    const ra = find(link.a);
    const rb = find(link.b);
    if (ra === rb) continue;
    const x = groupAt(ra);
    const y = groupAt(rb);
    if (!canMerge(x, y, link)) continue;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    const kept = groupAt(keep);
    const dropped = groupAt(drop);
    groupOf[drop] = keep;
    kept.members.push(...dropped.members);
    kept.participants = [...new Set([...kept.participants, ...dropped.participants])];
    for (const [key, members] of dropped.byValue) kept.byValue.set(key, [...(kept.byValue.get(key) ?? []), ...members]);
    for (const [origin, members] of dropped.byOrigin) kept.byOrigin.set(origin, [...(kept.byOrigin.get(origin) ?? []), ...members]);
    groups.delete(drop);
  }
  const out = [...groups.values()].map((g) => g.members.sort((p, q) => p - q));
  facts.forEach((_, i) => groupOf[i] === i && !groups.has(i) && out.push([i]));
  return out;
}
