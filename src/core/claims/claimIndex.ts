/**
 * Claims over every document: facts are indexed by their kind and what they are about
 * (participants, key terms, the counted thing, quoted words); each fact is compared only
 * with facts that share one of its rarest keys (blocking, as record linkage does), so
 * the work grows with the number of facts, not with the number of pairs.
 */
import { relate } from '../compare/relation.js';
import { clusterFacts, valueKey, type Link } from './cluster.js';
import type { FactSignature } from './signature.js';
import { sameHead, similarity } from './similarity.js';

/** Least similarity for two facts with the same (or a containing) value to be one claim. */
export const AGREE_THRESHOLD = 0.4;
/** Least similarity for two facts with conflicting values to be one claim. */
export const DISPUTE_THRESHOLD = 0.5;
/** Least similarity for one origin's repetitions of one value (a headline and its body) to be one claim. */
export const REPEAT_THRESHOLD = 0.2;
/** Quotations: least share of the shorter one's content words the other must have. */
export const QUOTE_THRESHOLD = 0.5;
/** Keys of a fact used to find candidates: its rarest ones. */
const KEYS_PER_FACT = 4;
/** Facts read from one key's posting list: a very common key says little anyway. */
const POSTING_LIMIT = 256;
/** Terms of a sentence used as keys: the ones closest to the fact. */
const TERM_KEYS = 6;

function keysOf(sig: FactSignature): string[] {
  const kind = sig.fact.kind;
  if (kind === 'quote') return [...sig.quoteStems].map((w) => `quote:w:${w}`);
  const keys = sig.participants.map((p) => `${kind}:p:${p}`);
  const terms = [...sig.terms].sort((a, b) => b[1] - a[1]).slice(0, TERM_KEYS);
  for (const [term] of terms) keys.push(`${kind}:t:${term}`);
  for (const term of sig.near) keys.push(`${kind}:t:${term}`);
  if (sig.unit) keys.push(`${kind}:u:${sig.unit}`);
  return [...new Set(keys)];
}

export interface ClaimGroups {
  /** Members of each claim, as indexes into the signatures given. */
  claims: number[][];
  /** Similarity of two facts of one claim (for labels and explanations). */
  similarity: (a: number, b: number) => number;
  /** Pairs of facts compared: grows with the number of facts, not its square. */
  comparisons: number;
}

/** Builds the claims of `signatures`; `originOf` gives each fact's origin (copies share one). */
export function buildClaims(signatures: readonly FactSignature[], originOf: (sig: FactSignature) => string): ClaimGroups {
  const postings = new Map<string, number[]>();
  const keys = signatures.map(keysOf);
  keys.forEach((list, i) => {
    for (const key of list) {
      const posting = postings.get(key);
      if (posting) posting.push(i);
      else postings.set(key, [i]);
    }
  });

  // Inverse document frequency of context terms: a term every article uses says little.
  const documents = new Set(signatures.map((s) => s.path));
  const docFrequency = new Map<string, Set<string>>();
  for (const sig of signatures) {
    for (const term of sig.terms.keys()) {
      if (!docFrequency.has(term)) docFrequency.set(term, new Set());
      docFrequency.get(term)!.add(sig.path);
    }
  }
  const idfCache = new Map<string, number>();
  const idf = (term: string) => {
    let value = idfCache.get(term);
    if (value === undefined) idfCache.set(term, (value = Math.log(1 + documents.size / (docFrequency.get(term)?.size ?? 1))));
    return value;
  };

  const scores = new Map<number, number>();
  const pairKey = (a: number, b: number) => (a < b ? a * signatures.length + b : b * signatures.length + a);
  const score = (a: number, b: number) => {
    const key = pairKey(a, b);
    let value = scores.get(key);
    if (value === undefined) scores.set(key, (value = similarity(signatures[a]!, signatures[b]!, idf)));
    return value;
  };

  const links: Link[] = [];
  const compared = new Set<number>();
  signatures.forEach((sig, i) => {
    // The rarest keys another fact shares: a key only this fact has finds nothing.
    const rarest = keys[i]!
      .filter((key) => postings.get(key)!.length > 1)
      .sort((x, y) => postings.get(x)!.length - postings.get(y)!.length)
      .slice(0, KEYS_PER_FACT);
    for (const key of rarest) {
      for (const j of postings.get(key)!.slice(0, POSTING_LIMIT)) {
        // Either fact's rare keys may find the pair; compare it once.
        const pair = pairKey(i, j);
        if (j === i || compared.has(pair)) continue;
        compared.add(pair);
        const other = signatures[j]!;
        const relation = relate(sig.fact, other.fact);
        if (relation === 'unrelated') continue;
        // One document repeating itself only corroborates itself: join equal values only.
        if (other.path === sig.path && relation !== 'agree') continue;
        if (relation === 'disagree' && !sameHead(sig, other)) continue;
        const s = score(i, j);
        const repeat = originOf(sig) === originOf(other) && valueKey(sig.fact) === valueKey(other.fact);
        const needed = sig.fact.kind === 'quote' ? QUOTE_THRESHOLD : repeat ? REPEAT_THRESHOLD : relation === 'agree' ? AGREE_THRESHOLD : DISPUTE_THRESHOLD;
        if (s >= needed) links.push({ a: Math.min(i, j), b: Math.max(i, j), score: s, relation });
      }
    }
  });

  const claims = clusterFacts(signatures, links, {
    originOf,
    similarity: (a, b) => (sameHead(signatures[a]!, signatures[b]!) ? score(a, b) : 0),
    disputeThreshold: DISPUTE_THRESHOLD,
  });
  return { claims, similarity: score, comparisons: compared.size };
}
