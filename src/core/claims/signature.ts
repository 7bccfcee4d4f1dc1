/**
 * What a fact is about, in a form facts of other documents can be matched against:
 * participants and weighted terms of its sentence for dates and figures; the counted
 * thing for figures; the words and the speaker for quotations.
 */
import { quoteWords } from '../compare/quotes.js';
import { STOP_WORDS } from '../text/stopWords.js';
import type { DocumentFact } from '../types.js';
import { readContext, type ContextReading, type SentenceReadings } from './context.js';
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
  /** Proper names of the sentence besides its participants (see ContextReading.names). */
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

function contentStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const word of quoteWords(text)) if (!STOP_WORDS.has(word) && word.length > 1) stems.add(stemOf(word));
  return stems;
}

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
  // The fact is one of the values when they are the document's: no copy with it in front.
  const skip = values.includes(fact) ? values : [fact, ...values];
  const { knownNames, sentences, documentWords } = reading;
  const context = readContext(text, fact, { skip, siblings: valuesOfKind(values, fact.kind), skipTerm: unitWord, knownNames, sentences, documentWords });
  if (unit) {
    const k = context.terms.findIndex(([term]) => term === unit);
    if (k >= 0) {
      context.terms.splice(k, 1);
      context.surfaces.splice(k, 1);
    }
    context.near.delete(unit);
  }
  return { id, path, fact, participants: context.participants, terms: TermWeights.of(context.terms, reading.termPool), near: shared(context.near), surface: labelSurface(context), unit, quoteStems: NO_WORDS, speaker: null, names: shared(context.names) };
}

/** Surface forms of the terms a label may use (the head words, the strongest term): the rest would only take memory. */
function labelSurface(context: ContextReading): Map<string, string> {
  const { terms, surfaces } = context;
  let strongest = -1;
  let weight = -1;
  for (let k = 0; k < terms.length; k++) {
    if (terms[k]![1] > weight) {
      strongest = k;
      weight = terms[k]![1];
    }
  }
  // The kept terms by their index in `terms`, in the order a Map of them would hold them.
  const kept: number[] = [];
  for (const term of context.near) {
    const k = terms.findIndex(([t]) => t === term);
    if (k >= 0) kept.push(k);
  }
  if (strongest >= 0 && !kept.includes(strongest)) kept.push(strongest);
  if (!kept.length) return NO_SURFACE;
  // The key `surfaceKey` makes of such a Map: the Map is only made when the table lacks it.
  const key = kept.map((k) => terms[k]![0] + ',' + surfaces[k]!).join('\u0000');
  return SHARED_SURFACES.get(key) ?? sharedCopy(SHARED_SURFACES, key, new Map(kept.map((k) => [terms[k]![0], surfaces[k]!])));
}

/** `[...surface].join('\u0000')`: its "term,surface" pairs. */
function surfaceKey(surface: Map<string, string>): string {
  const pairs: string[] = [];
  for (const [term, word] of surface) pairs.push(term + ',' + word);
  return pairs.join('\u0000');
}

/**
 * The values of one kind, by the list of values (not changed while its facts' signatures
 * are made): the facts of a document ask for the same two lists, one filter each.
 */
const VALUES_OF_KIND = new WeakMap<readonly DocumentFact[], Map<string, DocumentFact[]>>();

function valuesOfKind(values: readonly DocumentFact[], kind: DocumentFact['kind']): DocumentFact[] {
  let byKind = VALUES_OF_KIND.get(values);
  if (!byKind) VALUES_OF_KIND.set(values, (byKind = new Map()));
  let ofKind = byKind.get(kind);
  if (!ofKind) byKind.set(kind, (ofKind = values.filter((v) => v.kind === kind)));
  return ofKind;
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
  const surface = sig.surface.size ? sharedCopy(SHARED_SURFACES, surfaceKey(sig.surface), sig.surface) : NO_SURFACE;
  const participants = sig.participants.map(sharedWord);
  const unit = sig.unit === null ? null : sharedWord(sig.unit);
  const speaker = sig.speaker === null ? null : sharedWords(sig.speaker);
  return { id: sig.id, path: sig.path, fact: sig.fact, participants, terms, near: shared(sharedWords(sig.near)), surface, unit, quoteStems: sharedWords(sig.quoteStems), speaker, names: shared(sharedWords(sig.names)) };
}
