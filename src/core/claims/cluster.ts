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
import type { LinkList } from './linkList.js';
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
  /** The same by index into the facts, when the caller has them at hand (no look-up by fact). */
  originAt?: (index: number) => string;
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
  // Each fact's value key and origin, found once: merges ask for them again and again.
  const valueKeys: (string | undefined)[] = new Array(facts.length);
  const valueKeyOf = (i: number) => (valueKeys[i] ??= valueKey(facts[i]!.fact));
  const origins: (string | undefined)[] = new Array(facts.length);
  const originOf = (i: number) => (origins[i] ??= options.originAt ? options.originAt(i) : options.originOf(facts[i]!));
  // Groups are made for facts that have a link; the others stay claims of their own. A
  // whole folder goes through here at once, and most facts have no link.
  const groups = new Map<number, Group>();
  const groupAt = (i: number): Group => {
    let group = groups.get(i);
    if (!group) {
      const f = facts[i]!;
      groups.set(i, (group = { members: [i], participants: [...f.participants], byValue: new Map([[valueKeyOf(i), [i]]]), byOrigin: new Map([[originOf(i), [i]]]) }));
    }
    return group;
  };
  const find = (i: number): number => {
    while (groupOf[i] !== i) i = groupOf[i] = groupOf[groupOf[i]!]!;
    return i;
  };

  const canMerge = (x: Group, y: Group, link: Link): boolean => {
    if (!participantsCompatible(x.participants, y.participants)) return false;
    const weak = link.relation === 'agree' && valueKeyOf(link.a) !== valueKeyOf(link.b);
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
        if (originOf(i) === originOf(j)) continue;
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

/**
 * `clusterFacts` one connected component of the links at a time. Merges never cross
 * components, and a component's facts keep their order, so the claims are the same; but
 * only one component's links and groups are held as objects at once (a folder's first
 * load links hundreds of thousands of facts). Facts without a link are claims of their own.
 */
export function clusterByComponent(facts: readonly FactSignature[], links: LinkList, options: ClusterOptions): number[][] {
  const n = facts.length;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let k = 0; k < links.size; k++) {
    const [ra, rb] = [find(links.aAt(k)), find(links.bAt(k))];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  // Each component's facts (ascending) and links, by counting sort on the component's root.
  const roots = Int32Array.from({ length: n }, (_, i) => find(i));
  const memberStart = countingOffsets(n, n, (i) => roots[i]!);
  const members = fillBuckets(memberStart, n, (i) => roots[i]!);
  const linkStart = countingOffsets(n, links.size, (k) => roots[links.aAt(k)]!);
  const linkOrder = fillBuckets(linkStart, links.size, (k) => roots[links.aAt(k)]!);
  const local = new Int32Array(n);
  const out: number[][] = [];
  for (let root = 0; root < n; root++) {
    const own = members.subarray(memberStart[root]!, memberStart[root + 1]!);
    if (!own.length) continue;
    if (linkStart[root] === linkStart[root + 1]) {
      out.push([root]);
      continue;
    }
    own.forEach((i, m) => (local[i] = m));
    const componentLinks: Link[] = [];
    for (let at = linkStart[root]!; at < linkStart[root + 1]!; at++) {
      const k = linkOrder[at]!;
      componentLinks.push({ a: local[links.aAt(k)]!, b: local[links.bAt(k)]!, score: links.scoreAt(k), relation: links.relationAt(k) });
    }
    const componentFacts = Array.from(own, (i) => facts[i]!);
    const originAt = options.originAt;
    const groups = clusterFacts(componentFacts, componentLinks, {
      ...options,
      similarity: (x, y) => options.similarity(own[x]!, own[y]!),
      originAt: originAt && ((x) => originAt(own[x]!)),
    });
    for (const group of groups) out.push(group.map((m) => own[m]!));
  }
  return out;
}

/** Start of each bucket's run (and the end, at `buckets`) when `count` items go to `bucketOf(item)`. */
function countingOffsets(buckets: number, count: number, bucketOf: (item: number) => number): Int32Array {
  const start = new Int32Array(buckets + 1);
  for (let item = 0; item < count; item++) start[bucketOf(item) + 1]!++;
  for (let b = 0; b < buckets; b++) start[b + 1]! += start[b]!;
  return start;
}

/** The items 0..count-1 grouped by bucket, in ascending order inside each. */
function fillBuckets(start: Int32Array, count: number, bucketOf: (item: number) => number): Int32Array {
  const next = start.slice(0, start.length - 1);
  const out = new Int32Array(count);
  for (let item = 0; item < count; item++) out[next[bucketOf(item)]!++] = item;
  return out;
}
