/**
 * How likely two facts of different documents state the same claim, in [0, 1]. Dates
 * and figures: compatible participants (every participant of one is in the other, or
 * they share all but none), then closeness of their sentences' terms (cosine, rarer
 * terms weigh more). Figures must count the same thing. Quotations: the share of the
 * shorter one's content words the other has, with compatible speakers.
 */
import { quotedTextOf, quoteWords, sharedInOrder } from '../compare/quotes.js';
import type { FactSignature } from './signature.js';
import type { TermWeights } from './termWeights.js';

const quoteText = (sig: FactSignature) => quotedTextOf(sig.fact);

/**
 * The words of a quotation, remembered for the last few thousand texts: a quotation is
 * compared with each of its candidates in turn, and reading its words is a Unicode regex
 * over it. Cleared when full, so the memory stays bounded.
 */
const WORDS = new Map<string, readonly string[]>();
const WORDS_LIMIT = 4096;
function wordsOf(text: string): readonly string[] {
  let words = WORDS.get(text);
  if (words === undefined) {
    if (WORDS.size >= WORDS_LIMIT) WORDS.clear();
    WORDS.set(text, (words = quoteWords(text)));
  }
  return words;
}

function sameWords(a: string, b: string): boolean {
  const x = wordsOf(a);
  const y = wordsOf(b);
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** The last pair of texts `sharedInOrder` was asked for: a pair's similarity and sameSubject both want it (a word diff). */
let lastInOrder: { a: string; b: string; share: number } = { a: '', b: '', share: 0 };
function inOrder(a: string, b: string): number {
  if (lastInOrder.a !== a || lastInOrder.b !== b) lastInOrder = { a, b, share: sharedInOrder(a, b) };
  return lastInOrder.share;
}

/** Units that measure anything: percentages, points, currencies (ISO codes). */
const GENERIC_UNITS = /^(?:%|percentage points?|points?|[A-Z]{3})$/;

/** Participant sets clash when each names someone the other does not. */
export function participantsCompatible(a: readonly string[], b: readonly string[]): boolean {
  const onlyA = a.some((p) => !b.includes(p));
  const onlyB = b.some((p) => !a.includes(p));
  return !(onlyA && onlyB);
}

function participantOverlap(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const shared = a.filter((p) => b.includes(p)).length;
  return shared / (a.length + b.length - shared);
}

/**
 * Squared lengths of term vectors weighted by `idf`, kept for each `idf` function while it
 * lives (a caller whose weights change passes a new function: the claim index does): a
 * fact is compared with each of its candidates, and its length is the same each time.
 * Weakly held, so a function dropped takes its lengths with it; cleared when full.
 */
const NORMS = new WeakMap<(term: string) => number, Map<TermWeights, number>>();
const NORMS_LIMIT = 50_000;

function squaredNorm(w: TermWeights, idf: (term: string) => number): number {
  let norms = NORMS.get(idf);
  if (norms === undefined) NORMS.set(idf, (norms = new Map()));
  let norm = norms.get(w);
  if (norm === undefined) {
    norm = 0;
    for (let j = 0; j < w.size; j++) {
      const y = w.weightAt(j) * idf(w.termAt(j));
      norm += y * y;
    }
    if (norms.size >= NORMS_LIMIT) norms.clear();
    norms.set(w, norm);
  }
  return norm;
}

function cosine(a: TermWeights, b: TermWeights, idf: (term: string) => number): number {
  let dot = 0;
  for (let i = 0; i < a.size; i++) {
    const term = a.termAt(i);
    const v = b.get(term);
    if (v === undefined) continue;
    const rarity = idf(term);
    dot += a.weightAt(i) * rarity * v * rarity;
  }
  const na = squaredNorm(a, idf);
  const nb = squaredNorm(b, idf);
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** Whether the words right next to the two values share a term: what they are a date or a number of. */
function nearOverlap(a: Set<string>, b: Set<string>): number {
  for (const term of a) if (b.has(term)) return 1;
  return 0;
}

/**
 * Two different values are one claim told wrongly only when they are dates or numbers of
 * the same thing: the words next to them say so ("will vote on March 3" and "would vote
 * on March 4", not "the union said on Monday"), or the sentences name the same rare
 * things ("the walkout by 1,550 workers at Talenmark" and "1,200 workers at the Port of
 * Talenmark went on strike"). Quotations are compared by their words.
 */
export function sameSubject(a: FactSignature, b: FactSignature, idf: (term: string) => number): boolean {
  if (a.fact.kind === 'quote') return renderingsOfOneQuote(a, b);
  if (nearOverlap(a.near, b.near) === 1) return true;
  return a.names.size > 0 && b.names.size > 0 && sharedNameWeight(a.names, b.names, idf) >= NAMES_SAME_SUBJECT;
}

/**
 * Both sentences name things (a port, a union, a fund) and share few of them, the rare
 * names weighing most: "1,200 workers at the Port of Talenmark" and "1,300 workers at
 * the Port of Wesoness" are two strikes. What is left of the score then:
 */
const NAMES_DIFFER = 0.3;
/** Least share of the two sentences' names (weighted by rarity) they must have in common. */
const NAMES_SHARED = 0.5;

/** Names shared by two sentences that make them one subject without a shared head word. */
const NAMES_SAME_SUBJECT = 0.5;

/** The share of the two sentences' names they have in common, rare names weighing most. */
function sharedNameWeight(a: Set<string>, b: Set<string>, idf: (term: string) => number): number {
  // Each name once, those of `a` first (the order the sums are taken in).
  let shared = 0;
  let all = 0;
  for (const name of a) {
    const weight = idf(name);
    all += weight;
    if (b.has(name)) shared += weight;
  }
  for (const name of b) if (!a.has(name)) all += idf(name);
  return all ? shared / all : 0;
}

function namesDiffer(a: Set<string>, b: Set<string>, idf: (term: string) => number): boolean {
  return a.size > 0 && b.size > 0 && sharedNameWeight(a, b, idf) < NAMES_SHARED;
}

/** Words of a speaker that name a role, not a person: sharing only these proves nothing. */
const ROLE_STEMS = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'offici', 'minist', 'presid', 'secretari', 'senior', 'deputi', 'foreign', 'chief', 'head', 'director', 'leader', 'the', 'nation', 'govern', 'council', 'depart']);

export function speakersCompatible(a: Set<string> | null, b: Set<string> | null): boolean {
  if (a === null || b === null) return true;
  const shared = [...a].filter((w) => b.has(w));
  if (shared.some((w) => !ROLE_STEMS.has(w))) return true;
  const ownA = [...a].some((w) => !ROLE_STEMS.has(w) && !b.has(w));
  const ownB = [...b].some((w) => !ROLE_STEMS.has(w) && !a.has(w));
  return !(ownA && ownB) && shared.length > 0;
}

/** Least share of the shorter quotation's words the other has in order, for two renderings of one. */
const QUOTE_RENDERING_IN_ORDER = 0.6;
/** A quotation this much shorter than the other is a fragment of it, not a rendering of it. */
const QUOTE_LENGTH_RATIO = 0.3;

/**
 * Two quotations that differ are one statement worded differently only when they are of
 * a like length and keep most words in order; a few words of a long transcript, or two
 * statements of one speaker on one subject, are not.
 */
function renderingsOfOneQuote(a: FactSignature, b: FactSignature): boolean {
  const x = wordsOf(quoteText(a)).length;
  const y = wordsOf(quoteText(b)).length;
  if (!x || !y || Math.min(x, y) / Math.max(x, y) < QUOTE_LENGTH_RATIO) return false;
  return inOrder(quoteText(a), quoteText(b)) >= QUOTE_RENDERING_IN_ORDER;
}

/** Fewest content words two renderings of one quote share. */
const MIN_SHARED_QUOTE_WORDS = 3;

function quoteSimilarity(a: FactSignature, b: FactSignature): number {
  if (!speakersCompatible(a.speaker, b.speaker)) return 0;
  // The very same words, however few ("The offer is fair"), are one quotation.
  if (sameWords(quoteText(a), quoteText(b))) return 1;
  let shared = 0;
  for (const w of a.quoteStems) if (b.quoteStems.has(w)) shared++;
  const smaller = Math.min(a.quoteStems.size, b.quoteStems.size);
  if (shared < MIN_SHARED_QUOTE_WORDS) return 0;
  return Math.min(shared / smaller, inOrder(quoteText(a), quoteText(b)));
}

export function similarity(a: FactSignature, b: FactSignature, idf: (term: string) => number): number {
  if (a.fact.kind !== b.fact.kind) return 0;
  if (a.fact.kind === 'quote') return quoteSimilarity(a, b);
  if (a.unit !== b.unit) return 0;
  // A percentage or a sum of money says nothing of what it measures: the words next to
  // it must ("unemployment rate", "the bank's share"), or it is not one claim.
  if (a.fact.kind === 'figure' && GENERIC_UNITS.test(a.unit ?? '') && !nearOverlap(a.near, b.near)) return 0;
  if (!participantsCompatible(a.participants, b.participants)) return 0;
  // Numbers next to different words count different things: troops "massing" near a
  // border are not the soldiers who "returned" to their bases.
  const headsDiffer = a.fact.kind === 'figure' && a.near.size > 0 && b.near.size > 0 && !nearOverlap(a.near, b.near);
  const words = 0.35 * cosine(a.terms, b.terms, idf) + 0.25 * nearOverlap(a.near, b.near);
  // Sentences that name no participant at all (a local story: a union, a port) are
  // judged on their words alone rather than marked down for what neither says.
  const score = !a.participants.length && !b.participants.length ? words / 0.6 : 0.4 * participantOverlap(a.participants, b.participants) + words;
  return (headsDiffer ? 0.5 : 1) * (namesDiffer(a.names, b.names, idf) ? NAMES_DIFFER : 1) * score;
}
