/**
 * Claims over every document: facts are indexed by their kind and what they are about
 * (participants, key terms, the counted thing, quoted words); each fact is compared only
 * with facts that share one of its rarest keys (blocking, as record linkage does), so
 * the work grows with the number of facts, not with the number of pairs.
 *
 * The index is kept current one document at a time: when a document changes, only the
 * claims its old and new facts touch are formed again.
 */
import { relate, valueKey } from '../compare/relation.js';
import { clusterByComponent } from './cluster.js';
import { LinkList } from './linkList.js';
import { BucketPostings } from './posting.js';
import { PairList } from './pairList.js';
import type { FactSignature } from './signature.js';
import { sameSubject, similarity } from './similarity.js';

/** Least similarity for two facts with the same (or a containing) value to be one claim. */
export const AGREE_THRESHOLD = 0.4;
/** Least similarity for two facts with conflicting values to be one claim. */
export const DISPUTE_THRESHOLD = 0.5;
/** Least similarity for one origin's repetitions of one value (a headline and its body) to be one claim. */
export const REPEAT_THRESHOLD = 0.2;
/** Quotations: least share of the shorter one's content words the other must have. */
export const QUOTE_THRESHOLD = 0.5;
/** Keys of a fact used to find candidates: its rarest ones. */
const KEYS_PER_FACT = 3;
/** Facts read from one key's posting list: a very common key says little anyway. */
const POSTING_LIMIT = 16;
/**
 * A key held by more facts than this (in the buckets looked at) is a stock phrase or a
 * word every story uses: reading a few arbitrary entries of it finds mostly noise, and
 * the first entries of a common key would tie every later fact to the first documents,
 * making claims (and edits) grow with the folder. On the bench corpus: as many planted
 * disagreements found at 1,000 articles (0.907 / 0.885 instead of 0.915 / 0.902 on the
 * two 300-article corpora), half the links across stories and story cosines.
 */
const COMMON_TOPIC = 4 * POSTING_LIMIT;
/** Terms of a sentence used as keys: the ones closest to the fact. */
const TERM_KEYS = 6;

/**
 * Where a fact's value lies, so only facts whose values can be compared are candidates:
 * dates by month (a dispute is at most a few weeks off), figures by order of magnitude
 * (counts a factor of twenty apart are not compared). `near` lists the buckets to look in.
 */
function valueBuckets(sig: FactSignature): { own: string; near: string[] } {
  const own = ownBucket(sig);
  let buckets = BUCKETS.get(own);
  if (!buckets) BUCKETS.set(own, (buckets = { own: bucketName(own), near: nearBuckets(own).map(bucketName) }));
  return buckets;
}

/** The buckets of every value, made once: a folder has few of them and many facts. */
const BUCKETS = new Map<string, { own: string; near: string[] }>();

/** One string per bucket name, so a posting's buckets are found by identity first. */
const BUCKET_NAMES = new Map<string, string>();
function bucketName(name: string): string {
  let known = BUCKET_NAMES.get(name);
  if (known === undefined) BUCKET_NAMES.set(name, (known = name));
  return known;
}

function nearBuckets(own: string): string[] {
  const month = /^m(\d\d)$/.exec(own);
  if (month) {
    const m = Number(month[1]);
    const wrap = (k: number) => `m${String(((k + 11) % 12) + 1).padStart(2, '0')}`;
    return [wrap(m - 1), wrap(m), wrap(m + 1)];
  }
  const magnitude = /^e(-?\d+)$/.exec(own);
  if (magnitude) {
    const e = Number(magnitude[1]);
    return [`e${e - 1}`, `e${e}`, `e${e + 1}`];
  }
  return [own];
}

function ownBucket(sig: FactSignature): string {
  const fact = sig.fact;
  if (fact.kind === 'date') {
    const month = /^(?:\d{4}|XXXX)-(\d{2})/.exec(fact.value.timex)?.[1];
    return month ? `m${month}` : 'y';
  }
  if (fact.kind === 'figure') {
    const amount = Math.abs(fact.value.value ?? fact.value.min ?? fact.value.max ?? 0);
    return `e${Math.floor(Math.log10(Math.max(amount, 1e-6)))}`;
  }
  return '';
}

/**
 * One copy of each topic string of one prefix, found by its word without building it:
 * every fact's keys are made again on each look-up, and most are repeats.
 */
class Topics {
  private readonly byWord = new Map<string, string>();
  constructor(private readonly prefix: string) {}

  of(word: string): string {
    let key = this.byWord.get(word);
    if (key === undefined) this.byWord.set(word, (key = this.prefix + word));
    return key;
  }
}

/** Key prefixes by kind of fact: participant, participants together, term, unit. */
const PREFIXES = new Map(['date', 'figure'].map((kind) => [kind, { p: new Topics(`${kind}:p:`), together: new Topics(`${kind}:P:`), t: new Topics(`${kind}:t:`), u: new Topics(`${kind}:u:`) }]));
const QUOTE_TOPICS = new Topics('quote:w:');

function addOnce(keys: string[], key: string): void {
  if (!keys.includes(key)) keys.push(key);
}

/** What a fact is about, as index keys (without the value bucket), each once, in the order first met. */
function topicsOf(sig: FactSignature): string[] {
  const keys: string[] = [];
  const kind = sig.fact.kind;
  if (kind === 'quote') {
    for (const w of sig.quoteStems) addOnce(keys, QUOTE_TOPICS.of(w));
    return keys;
  }
  const prefix = PREFIXES.get(kind)!;
  for (const p of sig.participants) addOnce(keys, prefix.p.of(p));
  // The set of participants together ("NATO+RUS"): the one key always looked up.
  if (sig.participants.length) addOnce(keys, prefix.together.of(sig.participants.length === 1 ? sig.participants[0]! : sig.participants.join('+')));
  for (const term of sig.terms.strongest(TERM_KEYS)) addOnce(keys, prefix.t.of(term));
  for (const term of sig.near) addOnce(keys, prefix.t.of(term));
  // Proper names are the rarest keys a story has (its port, its company): the best blocks.
  for (const name of sig.names) addOnce(keys, prefix.t.of(name));
  if (sig.unit) addOnce(keys, prefix.u.of(sig.unit));
  return keys;
}

/** What one update changed: claims that are gone and claims that are new. */
export interface ClaimChanges {
  removed: Set<string>;
  added: Set<string>;
  /** Claims that kept their facts, some of them now under new ids (their places moved). */
  renamed: Set<string>;
  /** Pairs of facts compared for this update. */
  comparisons: number;
}

export class ClaimIndex {
  private readonly facts = new Map<string, FactSignature>();
  /** Topic -> value bucket -> the facts indexed there. */
  private readonly postings = new Map<string, BucketPostings<FactSignature>>();
  private readonly factsOfPath = new Map<string, string[]>();
  /** Term -> number of documents whose facts' sentences use it (for IDF). */
  private readonly docFrequency = new Map<string, number>();
  private readonly claimOfFact = new Map<string, string>();
  private readonly membersOf = new Map<string, string[]>();
  private nextClaim = 1;

  /**
   * `originOf`: a document's origin (copies of one article share it); `sameStory`: whether
   * two documents tell one story (facts of different stories are never compared).
   */
  constructor(
    private readonly originOf: (path: string) => string,
    private readonly sameStory: (a: string, b: string) => boolean = () => true,
  ) {}

  /** Whether facts of two documents may be compared at all: one document, one origin or one story. */
  private sameStoryOrOrigin(a: string, b: string): boolean {
    return a === b || this.originOf(a) === this.originOf(b) || this.sameStory(a, b);
  }

  /**
   * The answers of sameStoryOrOrigin for one document, kept while its facts are looked at
   * one after another (candidates are asked for in fact order): its facts meet the same
   * few documents again and again.
   */
  private storyMemo: { path: string; answers: Map<string, boolean> } = { path: '', answers: new Map() };

  /** The last document asked about and the answer: a posting holds a document's facts one after another. */
  private lastOther: string | null = null;
  private lastAnswer = false;

  private comparableDocuments(path: string, other: string): boolean {
    if (this.storyMemo.path !== path) {
      this.storyMemo = { path, answers: new Map() };
      this.lastOther = null;
    } else if (other === this.lastOther) return this.lastAnswer;
    let answer = this.storyMemo.answers.get(other);
    if (answer === undefined) this.storyMemo.answers.set(other, (answer = this.sameStoryOrOrigin(path, other)));
    this.lastOther = other;
    this.lastAnswer = answer;
    return answer;
  }

  /** Similarity of two facts, nothing across stories. */
  private similar(a: FactSignature, b: FactSignature): number {
    return this.sameStoryOrOrigin(a.path, b.path) ? similarity(a, b, this.idf) : 0;
  }

  /** The signature of an indexed fact. */
  signature(factId: string): FactSignature | undefined {
    return this.facts.get(factId);
  }

  claimOf(factId: string): string | undefined {
    return this.claimOfFact.get(factId);
  }

  members(claimId: string): FactSignature[] {
    const ids = this.membersOf.get(claimId);
    if (!ids) return [];
    const out: FactSignature[] = new Array(ids.length);
    for (let i = 0; i < ids.length; i++) out[i] = this.facts.get(ids[i]!)!;
    return out;
  }

  /**
   * Whether two indexed facts are alike enough to be held against each other directly:
   * the agreement threshold, and for different values a shared head word.
   */
  comparable(a: string, b: string): boolean {
    const x = this.facts.get(a);
    const y = this.facts.get(b);
    if (!x || !y) return false;
    if (x.fact.kind === 'quote') return this.similar(x, y) >= QUOTE_THRESHOLD;
    return sameSubject(x, y, this.idf) && this.similar(x, y) >= AGREE_THRESHOLD;
  }

  claimIds(): string[] {
    return [...this.membersOf.keys()];
  }

  /**
   * Replaces a document's facts (none: removes it) and forms again the claims they touch,
   * together with those of `alsoAffected` (documents whose origin changed).
   */
  update(changes: ReadonlyMap<string, readonly FactSignature[] | null>, alsoAffected: Iterable<string> = []): ClaimChanges {
    this.storyMemo = { path: '', answers: new Map() };
    this.lastOther = null;
    const pool = new Set<string>();
    const touchClaimOf = (factId: string) => {
      const claim = this.claimOfFact.get(factId);
      if (claim) for (const member of this.membersOf.get(claim) ?? []) pool.add(member);
      else pool.add(factId);
    };
    for (const path of alsoAffected) for (const id of this.factsOfPath.get(path) ?? []) touchClaimOf(id);
    const added: string[] = [];
    const renamed = new Set<string>();
    /** Claims of the facts that are gone: one whose facts all went is gone too. */
    const formerClaims = new Set<string>();
    for (const [path, signatures] of changes) {
      // A fact whose sentence an edit did not touch keeps its claim; only the others are
      // formed again (typing in one paragraph re-compares that paragraph's facts).
      const carried = signatures && this.factsOfPath.has(path) ? this.carriedOver(path, signatures) : new Map<string, string>();
      const carriedOld = new Set(carried.values());
      const claimOfCarried = new Map([...carried].map(([newId, oldId]) => [newId, this.claimOfFact.get(oldId)]));
      for (const id of this.factsOfPath.get(path) ?? []) {
        if (carriedOld.has(id)) continue;
        touchClaimOf(id);
        const claim = this.claimOfFact.get(id);
        if (claim) formerClaims.add(claim);
      }
      this.removePath(path);
      if (!signatures) continue;
      this.addPath(path, signatures);
      for (const sig of signatures) {
        const claim = claimOfCarried.get(sig.id);
        if (claim === undefined) {
          added.push(sig.id);
          continue;
        }
        this.membersOf.set(claim, [...(this.membersOf.get(claim) ?? []), sig.id]);
        this.claimOfFact.set(sig.id, claim);
        renamed.add(claim);
      }
    }
    // New facts bring in the claims of the facts they may join.
    // (Nothing to bring in when every fact is new: a folder's first load.)
    const known = new Map<string, Set<string>>();
    for (const id of added) {
      pool.add(id);
      if (added.length === this.facts.size) continue;
      const candidates = this.candidates(id);
      known.set(id, candidates);
      for (const other of candidates) touchClaimOf(other);
    }
    for (const id of [...pool]) if (!this.facts.has(id)) pool.delete(id);
    const changes_ = this.recluster(pool, known);
    for (const claim of renamed) if (this.membersOf.has(claim) && !changes_.added.has(claim)) changes_.renamed.add(claim);
    for (const claim of formerClaims) if (!this.membersOf.has(claim) && !changes_.added.has(claim)) changes_.removed.add(claim);
    // What was kept for the comparisons (rarity weights, the lengths `similarity` keeps for
    // this weighting) is not kept between updates: made again when asked, with the same values.
    this.forgetIdf();
    return changes_;
  }

  /** New fact id -> the old fact of the document with exactly the same signature. */
  private carriedOver(path: string, signatures: readonly FactSignature[]): Map<string, string> {
    const byContent = new Map<string, string[]>();
    for (const id of this.factsOfPath.get(path) ?? []) {
      const key = contentKey(this.facts.get(id)!);
      byContent.set(key, [...(byContent.get(key) ?? []), id]);
    }
    const carried = new Map<string, string>();
    for (const sig of signatures) {
      const old = byContent.get(contentKey(sig))?.shift();
      if (old !== undefined && this.claimOfFact.has(old)) carried.set(sig.id, old);
    }
    return carried;
  }

  private addPath(path: string, signatures: readonly FactSignature[]): void {
    this.factsOfPath.set(path, signatures.map((s) => s.id));
    for (const sig of signatures) {
      this.facts.set(sig.id, sig);
      const topics = topicsOf(sig);
      const buckets = valueBuckets(sig);
      for (const topic of topics) {
        let byBucket = this.postings.get(topic);
        if (!byBucket) this.postings.set(topic, (byBucket = new BucketPostings()));
        byBucket.add(buckets.own, sig);
      }
    }
    for (const term of termsOf(signatures)) this.docFrequency.set(term, (this.docFrequency.get(term) ?? 0) + 1);
    this.forgetIdf();
  }

  private removePath(path: string): void {
    // The terms counted when the path was added, from the same signatures (not kept twice).
    const terms = termsOf((this.factsOfPath.get(path) ?? []).map((id) => this.facts.get(id)!));
    for (const id of this.factsOfPath.get(path) ?? []) {
      const sig = this.facts.get(id);
      const own = sig ? valueBuckets(sig).own : '';
      for (const topic of sig ? topicsOf(sig) : []) {
        const byBucket = this.postings.get(topic);
        if (!byBucket) continue;
        byBucket.delete(own, sig!);
        if (!byBucket.size) this.postings.delete(topic);
      }
      this.facts.delete(id);
      const claim = this.claimOfFact.get(id);
      this.claimOfFact.delete(id);
      if (claim) {
        const rest = this.membersOf.get(claim)!.filter((m) => m !== id);
        if (rest.length) this.membersOf.set(claim, rest);
        else this.membersOf.delete(claim);
      }
    }
    for (const term of terms) {
      const n = (this.docFrequency.get(term) ?? 1) - 1;
      if (n > 0) this.docFrequency.set(term, n);
      else this.docFrequency.delete(term);
    }
    this.factsOfPath.delete(path);
    this.forgetIdf();
  }

  /**
   * Facts whose values can be compared with this one's that share one of its rarest
   * topics, in documents of the same story (the others would score 0 anyway). Asked once
   * per fact of a folder's first load: plain loops, no arrays of objects per fact.
   */
  private candidates(id: string): Set<string> {
    const out = new Set<string>();
    const sig = this.facts.get(id);
    if (!sig) return out;
    const path = sig.path;
    const near = valueBuckets(sig).near;
    const topics = topicsOf(sig);
    // The topic always looked up (participants together), then the rarest others: a
    // stable insertion into the first KEYS_PER_FACT by size (what a stable sort and a slice give).
    const together: BucketPostings<FactSignature>[] = [];
    const rarest: BucketPostings<FactSignature>[] = [];
    const rarestSize: number[] = [];
    for (const topic of topics) {
      const byBucket = this.postings.get(topic);
      if (!byBucket) continue;
      let size = 0;
      for (const bucket of near) size += byBucket.sizeOf(bucket);
      if (size <= 1) continue;
      if (topic.includes(':P:')) {
        if (size <= COMMON_TOPIC) together.push(byBucket);
        continue;
      }
      let at = rarest.length;
      while (at > 0 && rarestSize[at - 1]! > size) at--;
      if (at >= KEYS_PER_FACT) continue;
      rarest.splice(at, 0, byBucket);
      rarestSize.splice(at, 0, size);
      if (rarest.length > KEYS_PER_FACT) {
        rarest.pop();
        rarestSize.pop();
      }
    }
    for (let k = 0; k < rarest.length; k++) if (rarestSize[k]! <= COMMON_TOPIC) together.push(rarest[k]!);
    for (const byBucket of together) {
      let read = 0;
      for (const bucket of near) {
        const posting = byBucket.get(bucket);
        if (posting === undefined) continue;
        for (const other of posting) {
          if (read++ >= POSTING_LIMIT) break;
          if (other !== sig && this.comparableDocuments(path, other.path)) out.add(other.id);
        }
      }
    }
    return out;
  }

  /** Inverse document frequency, remembered until the documents change. */
  private readonly idfCache = new Map<string, number>();
  private idfOf(term: string): number {
    let value = this.idfCache.get(term);
    if (value === undefined) this.idfCache.set(term, (value = Math.log(1 + this.factsOfPath.size / (this.docFrequency.get(term) ?? 1))));
    return value;
  }

  /**
   * The rarity weights as a function that is a new one whenever they change, so
   * `similarity` may keep what it computed with one (see its norms) while it is in use.
   */
  private idf = (term: string): number => this.idfOf(term);

  private forgetIdf(): void {
    this.idfCache.clear();
    this.idf = (term: string): number => this.idfOf(term);
  }

  /** Forms the claims of `pool` again (its old claims are dropped); `known`: candidates already found. */
  private recluster(pool: Set<string>, known: ReadonlyMap<string, Set<string>>): ClaimChanges {
    const removed = new Set<string>();
    for (const id of pool) {
      const claim = this.claimOfFact.get(id);
      if (claim && this.membersOf.has(claim)) {
        removed.add(claim);
        // A claim formed again takes all its members: a fact carried over an edit joined
        // its claim after the claim was touched, and would keep the id of a claim gone.
        for (const member of this.membersOf.get(claim)!) pool.add(member);
        this.membersOf.delete(claim);
      }
    }
    const ids = sortedByFactOrder(pool);
    const index = new Map<string, number>();
    for (let i = 0; i < ids.length; i++) index.set(ids[i]!, i);
    const signatures = ids.map((id) => this.facts.get(id)!);
    // Origins and value keys by index, each found once (pairs and clustering ask again and again).
    const origins = signatures.map((sig) => this.originOf(sig.path));
    const valueKeys: (string | undefined)[] = new Array(ids.length);
    const valueKeyAt = (i: number) => (valueKeys[i] ??= valueKey(signatures[i]!.fact));
    const originOf = (sig: FactSignature) => origins[index.get(sig.id)!]!;
    const pairs = new PairList(ids.length);
    for (let i = 0; i < signatures.length; i++) {
      const sig = signatures[i]!;
      for (const otherId of known.get(sig.id) ?? this.candidates(sig.id)) {
        const j = index.get(otherId);
        if (j !== undefined && j !== i) pairs.add(i, j);
      }
    }
    const links = new LinkList();
    const comparisons = pairs.forEachDistinct((i, j) => {
      const sig = signatures[i]!;
      const other = signatures[j]!;
      const relation = relate(sig.fact, other.fact);
      if (relation === 'unrelated') return;
      // One document repeating itself only corroborates itself: join equal values only.
      if (other.path === sig.path && relation !== 'agree') return;
      if (relation === 'disagree' && !sameSubject(sig, other, this.idf)) return;
      // Candidates are facts of comparable documents only (one story or origin), so the
      // similarity needs no second look at the stories.
      const s = similarity(sig, other, this.idf);
      const repeat = origins[i] === origins[j] && valueKeyAt(i) === valueKeyAt(j);
      const needed = sig.fact.kind === 'quote' ? QUOTE_THRESHOLD : repeat ? REPEAT_THRESHOLD : relation === 'agree' ? AGREE_THRESHOLD : DISPUTE_THRESHOLD;
      if (s >= needed) links.add(i, j, s, relation);
    });
    // Clustering asks again only for a few pairs of disputed values.
    const scores = new Map<number, number>();
    const score = (a: number, b: number) => {
      const key = a < b ? a * ids.length + b : b * ids.length + a;
      let value = scores.get(key);
      if (value === undefined) scores.set(key, (value = this.similar(signatures[a]!, signatures[b]!)));
      return value;
    };
    const groups = clusterByComponent(signatures, links, {
      originOf,
      originAt: (i) => origins[i]!,
      similarity: (a, b) => (sameSubject(signatures[a]!, signatures[b]!, this.idf) ? score(a, b) : 0),
      disputeThreshold: DISPUTE_THRESHOLD,
    });
    // A claim formed again keeps the id it had (the first one of its facts' former claims
    // still free), so ids stay put across edits; new ones are numbered in fact order.
    groups.sort((a, b) => a[0]! - b[0]!);
    const added = new Set<string>();
    const reused = new Set<string>();
    for (const members of groups) {
      const former = members.map((i) => this.claimOfFact.get(ids[i]!)).find((c) => c !== undefined && removed.has(c) && !reused.has(c));
      if (former) reused.add(former);
      const id = former ?? `c${this.nextClaim++}`;
      const memberIds = members.map((i) => ids[i]!);
      this.membersOf.set(id, memberIds);
      for (const m of memberIds) this.claimOfFact.set(m, id);
      added.add(id);
    }
    for (const id of reused) removed.delete(id);
    return { removed, added, renamed: new Set(), comparisons };
  }
}

/** The distinct terms of a document's signatures (each document counts once per term, for IDF). */
function termsOf(signatures: readonly FactSignature[]): Set<string> {
  const terms = new Set<string>();
  for (const sig of signatures) for (const term of sig.terms.keys()) terms.add(term);
  return terms;
}

/** Everything that decides a fact's claim: equal keys, equal place in the claims. */
function contentKey(sig: FactSignature): string {
  const terms = [...sig.terms].map(([t, w]) => `${t}:${w.toFixed(3)}`).sort().join(',');
  return [sig.fact.kind, sig.fact.text, JSON.stringify(sig.fact.value), sig.participants.join('+'), [...sig.near].sort().join(','), [...sig.names].sort().join(','), sig.unit, [...sig.quoteStems].join(','), [...(sig.speaker ?? [])].join(','), terms].join('|');
}

/**
 * Fact ids are `f<number>`, given in document order: `ids` in that order, not the string
 * order. Each id's number is read once rather than on every comparison (a folder's first
 * load sorts all its facts).
 */
function sortedByFactOrder(ids: Iterable<string>): string[] {
  const all = [...ids];
  const numbers = all.map((id) => Number(id.slice(1)));
  const order = all.map((_, i) => i).sort((a, b) => numbers[a]! - numbers[b]!);
  return order.map((i) => all[i]!);
}

export interface ClaimGroups {
  /** Members of each claim, as indexes into the signatures given. */
  claims: number[][];
  /** Pairs of facts compared: grows with the number of facts, not its square. */
  comparisons: number;
}

/** Claims of a fixed set of signatures (ids `f<n>`), all at once. */
export function buildClaims(signatures: readonly FactSignature[], originOf: (sig: FactSignature) => string): ClaimGroups {
  const origins = new Map(signatures.map((s) => [s.path, originOf(s)]));
  const index = new ClaimIndex((path) => origins.get(path) ?? path);
  const byPath = new Map<string, FactSignature[]>();
  for (const sig of signatures) byPath.set(sig.path, [...(byPath.get(sig.path) ?? []), sig]);
  const { comparisons } = index.update(byPath);
  const position = new Map(signatures.map((s, i) => [s.id, i]));
  const claims = index.claimIds().map((id) => index.members(id).map((s) => position.get(s.id)!));
  return { claims, comparisons };
}
