/** How two facts of possibly one claim stand: same value, conflicting values, or no comparison. */
import type { DocumentFact } from '../types.js';
import { compareDates, type DateRelation } from './dates.js';
import { figuresAgree, figuresComparable } from './figures.js';
import { quotesAgree } from './quotes.js';

export type Relation = DateRelation;

export function relate(a: DocumentFact, b: DocumentFact): Relation {
  if (a.kind === 'date' && b.kind === 'date') return compareDates(a.value.timex, b.value.timex);
  if (a.kind === 'figure' && b.kind === 'figure') {
    if (figuresAgree(a.value, b.value)) return 'agree';
    return figuresComparable(a.value, b.value) ? 'disagree' : 'unrelated';
  }
  if (a.kind === 'quote' && b.kind === 'quote') return quotesAgree(a.value.text, b.value.text) ? 'agree' : 'disagree';
  return 'unrelated';
}

/** The value a fact gives, as a key: equal keys, equal values (quotes: case and marks aside). */
export function valueKey(fact: DocumentFact): string {
  switch (fact.kind) {
    case 'date':
      return fact.value.timex;
    case 'figure':
      return `${fact.value.value ?? ''}|${fact.value.min ?? ''}|${fact.value.max ?? ''}|${fact.value.approximate}`;
    case 'quote':
      return fact.value.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  }
}
