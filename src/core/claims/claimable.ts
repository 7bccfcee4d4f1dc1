/**
 * Which facts can be a claim: a date that names a day, month or year (not "recently",
 * not a bare weekday nobody could place, not a duration); a figure that counts
 * something; a quotation of at least a few words (not a scare quote like "comfort zone").
 */
import type { DocumentFact } from '../types.js';

const DATE_VALUE = /^(?:\d{4}|XXXX)(?:-\d{2}(?:-\d{2})?)?(?:T.*)?$/;
const MIN_QUOTE_WORDS = 4;

export function isClaimable(fact: DocumentFact): boolean {
  if (fact.boilerplate) return false;
  switch (fact.kind) {
    case 'date':
      return (fact.value.type === 'DATE' || fact.value.type === 'TIME') && DATE_VALUE.test(fact.value.timex) && fact.value.timex !== 'XXXX';
    case 'figure':
      return fact.value.unit !== null && (fact.value.value !== null || fact.value.min !== null || fact.value.max !== null);
    case 'quote':
      return (fact.value.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= MIN_QUOTE_WORDS;
  }
}
