/**
 * What a fact is about, in a form facts of other documents can be matched against:
 * participants and weighted terms of its sentence for dates and figures; the counted
 * thing for figures; the words and the speaker for quotations.
 */
import { quoteWords } from '../compare/quotes.js';
import { STOP_WORDS } from '../text/stopWords.js';
import type { DocumentFact } from '../types.js';
import { factContext } from './context.js';
import { termOf, unitTermOf } from './synonyms.js';
import { stemOf } from './words.js';

export interface FactSignature {
  /** The fact's id in the workspace (`f<n>`). */
  id: string;
  path: string;
  fact: DocumentFact;
  participants: string[];
  terms: Map<string, number>;
  near: Set<string>;
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

const contentStems = (text: string) => new Set(quoteWords(text).filter((w) => !STOP_WORDS.has(w) && w.length > 1).map(stemOf));

/**
 * `values`: the document's dates and figures (their words are values, not context);
 * `knownNames`: `documentNames(text)`, computed once per document.
 */
export function signatureOf(id: string, path: string, fact: DocumentFact, text: string, values: readonly DocumentFact[], knownNames?: ReadonlySet<string>): FactSignature {
  const base = { id, path, fact };
  if (fact.kind === 'quote') {
    const speaker = fact.value.speaker === null ? null : contentStems(fact.value.speaker);
    return { ...base, participants: [], terms: new Map(), near: new Set(), surface: new Map(), unit: null, quoteStems: contentStems(fact.value.text), speaker, names: new Set() };
  }
  const counted = fact.kind === 'figure' ? fact.value.unit?.toLowerCase() ?? null : null;
  const unit = counted === null ? null : unitTermOf(counted);
  // The counted noun's own word is not a head ("122,000 troops on the border": the border is).
  const unitWord = counted === null ? null : termOf(stemOf(counted.split(/\s+/).pop()!));
  const context = factContext(text, fact, { skip: [fact, ...values], siblings: values.filter((v) => v.kind === fact.kind), skipTerm: unitWord, knownNames });
  if (unit) {
    context.terms.delete(unit);
    context.near.delete(unit);
  }
  return { ...base, participants: context.participants, terms: context.terms, near: context.near, surface: context.surface, unit, quoteStems: new Set(), speaker: null, names: context.names };
}
