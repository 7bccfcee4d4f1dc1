/**
 * What a fact is about, in a form facts of other documents can be matched against:
 * participants and weighted terms of its sentence for dates and figures; the counted
 * thing for figures; the words and the speaker for quotations.
 */
import { quoteWords } from '../compare/quotes.js';
import { STOP_WORDS } from '../text/stopWords.js';
import type { DocumentFact } from '../types.js';
import { factContext, type SentenceReadings } from './context.js';
import { termOf, unitTermOf } from './synonyms.js';
import { TermPool, TermWeights } from './termWeights.js';
import { sharedWord } from '../text/sharedWords.js';
import { stemOf, type Word } from './words.js';

export interface FactSignature {
  /** The fact's id in the workspace (`f<n>`). */
  id: string;
  path: string;
  fact: DocumentFact;
  participants: string[];
  terms: TermWeights;
  near: Set<string>;
  /** Surface forms of the head words and the strongest term, for labels. */
  surface: Map<string, string>;
  /** Figures: the counted thing as a term ("~troops"); null otherwise. */
  unit: string | null;
  /** Quotes: the content stems of the quoted words. */
  quoteStems: Set<string>;
  /** Quotes: the content stems of the speaker's name or role; null when unknown. */
  speaker: Set<string> | null;
  /** Proper names of the sentence besides its participants (see FactContext.names). */
  names: Set<string>;
}

/** Shared by every signature that has none: a folder holds tens of thousands of signatures, and nothing changes them. */
const NO_TERMS = TermWeights.of();
const NO_WORDS: Set<string> = new Set();
const NO_SURFACE: Map<string, string> = new Map();

/**
 * One shared Set per distinct content: facts of one sentence have the same names, and
 * head words repeat across a folder; nothing changes a signature's sets once made.
 * Cleared when full, so a folder of rare words cannot grow it without bound.
 */
const SHARED_SETS = new Map<string, Set<string>>();
const SHARED_SURFACES = new Map<string, Map<string, string>>();
const SHARED_LIMIT = 50_000;

/** The collection with this content already in `table`, or `value` (kept there from now on). */
function sharedCopy<T>(table: Map<string, T>, key: string, value: T): T {
  const known = table.get(key);
  if (known) return known;
  if (table.size >= SHARED_LIMIT) table.clear();
  table.set(key, value);
  return value;
}

const shared = (set: Set<string>): Set<string> => (set.size ? sharedCopy(SHARED_SETS, [...set].join('\u0000'), set) : NO_WORDS);

const contentStems = (text: string) => new Set(quoteWords(text).filter((w) => !STOP_WORDS.has(w) && w.length > 1).map(stemOf));

/** What was read of the whole document already, shared by its facts. */
export interface DocumentReading {
  /** `documentNames(text)`. */
  knownNames?: ReadonlySet<string>;
  /** One map per document, shared by its facts (each sentence is read once). */
  sentences?: SentenceReadings;
  /** `wordsIn(text, 0, text.length)`. */
  documentWords?: readonly Word[];
  /** Where the document's signatures keep their terms (sealed by the caller when all are made). */
  termPool?: TermPool;
}

/**
 * `values`: the document's dates and figures (their words are values, not context);
 * `reading`: what was read of the whole document already, shared by its facts.
 */
export function signatureOf(id: string, path: string, fact: DocumentFact, text: string, values: readonly DocumentFact[], reading: DocumentReading = {}): FactSignature {
  if (fact.kind === 'quote') {
    const speaker = fact.value.speaker === null ? null : contentStems(fact.value.speaker);
    return { id, path, fact, participants: [], terms: NO_TERMS, near: NO_WORDS, surface: NO_SURFACE, unit: null, quoteStems: contentStems(fact.value.text), speaker, names: NO_WORDS };
  }
  const counted = fact.kind === 'figure' ? fact.value.unit?.toLowerCase() ?? null : null;
  const unit = counted === null ? null : unitTermOf(counted);
  // The counted noun's own word is not a head ("122,000 troops on the border": the border is).
  const unitWord = counted === null ? null : termOf(stemOf(counted.split(/\s+/).pop()!));
  const context = factContext(text, fact, { skip: [fact, ...values], siblings: values.filter((v) => v.kind === fact.kind), skipTerm: unitWord, ...reading });
  if (unit) {
    context.terms.delete(unit);
    context.near.delete(unit);
  }
  return { id, path, fact, participants: context.participants, terms: TermWeights.of(context.terms, reading.termPool), near: shared(context.near), surface: labelSurface(context), unit, quoteStems: NO_WORDS, speaker: null, names: shared(context.names) };
}

/** Surface forms of the terms a label may use (the head words, the strongest term): the rest would only take memory. */
function labelSurface(context: { terms: Map<string, number>; near: Set<string>; surface: Map<string, string> }): Map<string, string> {
  let strongest: string | undefined;
  let weight = -1;
  for (const [term, w] of context.terms) if (w > weight) [strongest, weight] = [term, w];
  const kept = new Map<string, string>();
  for (const term of [...context.near, strongest]) {
    const surface = term === undefined ? undefined : context.surface.get(term);
    if (surface !== undefined) kept.set(term!, surface);
  }
  return kept.size ? sharedCopy(SHARED_SURFACES, [...kept].join('\u0000'), kept) : NO_SURFACE;
}

const sharedWords = (set: Set<string>): Set<string> => (set.size ? new Set([...set].map(sharedWord)) : set);

/**
 * A signature made on another thread and cloned here (`prepareDocument` on a worker): its
 * term weights made a class again over the document's pool (`pools`: one per cloned
 * pool, as one message shares it among the document's signatures), its words and sets
 * shared as if made here. Built field by field, in the order `signatureOf` uses, for one
 * V8 shape.
 */
export function adoptSignature(sig: FactSignature, pools: Map<unknown, TermPool>): FactSignature {
  const cloned = sig.terms as unknown as { pool: { terms: string[]; weights: Float64Array }; start: number; size: number };
  let terms = NO_TERMS;
  if (sig.fact.kind !== 'quote') {
    let pool = pools.get(cloned.pool);
    if (!pool) {
      pool = new TermPool();
      pool.terms = cloned.pool.terms.map(sharedWord);
      pool.weights = cloned.pool.weights;
      pools.set(cloned.pool, pool);
    }
    terms = new TermWeights(pool, cloned.start, cloned.size);
  }
  const surface = sig.surface.size ? sharedCopy(SHARED_SURFACES, [...sig.surface].join('\u0000'), sig.surface) : NO_SURFACE;
  const participants = sig.participants.map(sharedWord);
  const unit = sig.unit === null ? null : sharedWord(sig.unit);
  const speaker = sig.speaker === null ? null : sharedWords(sig.speaker);
  return { id: sig.id, path: sig.path, fact: sig.fact, participants, terms, near: shared(sharedWords(sig.near)), surface, unit, quoteStems: sharedWords(sig.quoteStems), speaker, names: shared(sharedWords(sig.names)) };
}
