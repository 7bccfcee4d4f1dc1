/**
 * Two renderings of one quotation: the same when one's words (case, punctuation and
 * quote marks aside) run unbroken inside the other's (a partial quote); otherwise the
 * words that differ, from a word-level diff (the `diff` package).
 */
import { diffArrays } from 'diff';
import type { DocumentFact } from '../types.js';

/** The words a quotation fact quotes (without its marks); any other fact's text. */
export function quotedTextOf(fact: DocumentFact): string {
  return fact.kind === 'quote' ? fact.value.text : fact.text;
}

export function quoteWords(text: string): string[] {
  return text.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? [];
}

function runsInside(short: readonly string[], long: readonly string[]): boolean {
  if (!short.length) return true;
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let k = 0; k < short.length; k++) if (long[i + k] !== short[k]) continue outer;
    return true;
  }
  return false;
}

export function quotesAgree(a: string, b: string): boolean {
  const x = quoteWords(a);
  const y = quoteWords(b);
  return x.length <= y.length ? runsInside(x, y) : runsInside(y, x);
}

/**
 * Share of the shorter rendering's words the other has in the same order (the longest
 * common subsequence of words): one sentence worded differently keeps most of its words
 * in order; two sentences of one speaker on one subject share words, not their order.
 */
export function sharedInOrder(a: string, b: string): number {
  const x = quoteWords(a);
  const y = quoteWords(b);
  const shorter = Math.min(x.length, y.length);
  if (!shorter) return 0;
  let common = 0;
  for (const part of diffArrays(x, y)) if (!part.added && !part.removed) common += part.value.length;
  return common / shorter;
}

export interface WordChange {
  /** Words only this rendering has ("" when it leaves words out). */
  here: string;
  /** Words only the other has in their place. */
  there: string;
}

/**
 * The changes from `there` to `here`. Words the longer rendering has before or after
 * everything the shorter one quotes are not changes: the shorter one quotes less.
 */
export function quoteDifferences(here: string, there: string): WordChange[] {
  const parts = diffArrays(quoteWords(there), quoteWords(here));
  let first = 0;
  let last = parts.length - 1;
  while (first <= last && (parts[first]!.added || parts[first]!.removed) && !bothSides(parts, first)) first++;
  while (last >= first && (parts[last]!.added || parts[last]!.removed) && !bothSides(parts, last)) last--;
  const changes: WordChange[] = [];
  let current: WordChange | null = null;
  for (let i = first; i <= last; i++) {
    const part = parts[i]!;
    if (!part.added && !part.removed) {
      current = null;
      continue;
    }
    current ??= changes[changes.push({ here: '', there: '' }) - 1]!;
    const words = part.value.join(' ');
    if (part.added) current.here = join(current.here, words);
    else current.there = join(current.there, words);
  }
  return changes;
}

/** An edge change that replaces words (both an addition and a removal) is a real difference. */
function bothSides(parts: ReturnType<typeof diffArrays<string>>, i: number): boolean {
  const neighbour = parts[i + 1] ?? null;
  const previous = parts[i - 1] ?? null;
  const other = (p: typeof neighbour) => p !== null && (p.added || p.removed) && p.added !== parts[i]!.added;
  return other(neighbour) || other(previous);
}

function join(a: string, b: string): string {
  return a ? `${a} ${b}` : b;
}
