/**
 * Where a plural subject may open a clause ("…. Critics of the program say", ", the members
 * said"): the pattern below, tried only where a cheap look at the next three words allows
 * it. A global scan of the whole pattern costs a full attempt at every comma and full stop.
 */
import { isSpaceCode } from '../../text/charClasses.js';

/** A clause opening, then up to three words, the last a plural ending in s, and a lower-case verb or a comma after. */
const PLURAL_SUBJECT = /(?:^|[.!?]["”’]?\s+|\n\s*|,\s+)((?:[Tt]he\s+|[Mm]any\s+|[Ss]ome\s+|[Ss]everal\s+)?(?:(?![\p{L}\-]*(?:ed|s)\s)[\p{L}\-]+\s+)?[\p{L}]+s(?:\s+(?:of|for|at|from|in)\s+(?:the\s+)?[\p{L}\p{N}.\-]+(?:\s+[\p{L}\p{N}.\-]+){0,2}?(?=,|\s+\p{Ll}))?)(?=,|\s+\p{Ll})/uy;
/** The characters a clause opening other than the text's start begins with. */
const CLAUSE_OPENING = /[.!?\n,]/g;

/**
 * The first match of PLURAL_SUBJECT at or after `from`, as a global scan from there would
 * find it (group 1 is the subject). The pattern is tried at each opening where the
 * necessary shape holds, so the first position it matches at is the scan's match.
 */
export function nextPluralSubject(text: string, from: number): RegExpExecArray | null {
  if (from === 0) {
    const m = matchAt(text, 0);
    if (m) return m;
  }
  CLAUSE_OPENING.lastIndex = Math.max(from, 1);
  // `test` rather than `exec`: no match array is built for each of the many commas and stops.
  while (CLAUSE_OPENING.test(text)) {
    const p = CLAUSE_OPENING.lastIndex - 1;
    const words = wordsStart(text, p);
    if (words < 0 || !mayHoldPlural(text, words)) continue;
    const m = matchAt(text, p);
    if (m) return m;
  }
  return null;
}

function matchAt(text: string, p: number): RegExpExecArray | null {
  PLURAL_SUBJECT.lastIndex = p;
  return PLURAL_SUBJECT.exec(text);
}

/** Where the words after the clause opening at `p` begin, or -1 when the opening is not one. */
function wordsStart(text: string, p: number): number {
  const c = text.charCodeAt(p);
  let k = p + 1;
  if (c === 10) {
    while (k < text.length && isSpaceCode(text.charCodeAt(k))) k++;
    return k;
  }
  if (c !== 44) {
    // . ! ? and an optional closing mark.
    const mark = text.charCodeAt(k);
    if (mark === 0x22 || mark === 0x201d || mark === 0x2019) k++;
  }
  if (k >= text.length || !isSpaceCode(text.charCodeAt(k))) return -1;
  while (k < text.length && isSpaceCode(text.charCodeAt(k))) k++;
  return k;
}

/**
 * Whether one of the first three words from `k` ends in "s" before a comma or white
 * space, each word before it being letters or hyphens followed by white space: what the
 * pattern's subject needs. Characters beyond ASCII are taken for letters, for the pattern to judge.
 */
function mayHoldPlural(text: string, k: number): boolean {
  for (let word = 0; word < 3; word++) {
    const start = k;
    while (k < text.length && isWordCode(text.charCodeAt(k))) k++;
    if (k === start) return false;
    const next = text.charCodeAt(k);
    const spaceAfter = k < text.length && isSpaceCode(next);
    if (text.charCodeAt(k - 1) === 115 && (next === 44 || spaceAfter)) return true; // "s" then "," or space
    if (!spaceAfter) return false;
    while (k < text.length && isSpaceCode(text.charCodeAt(k))) k++;
  }
  return false;
}

/** A letter or hyphen, or any character beyond ASCII but white space. */
function isWordCode(c: number): boolean {
  return c < 128 ? c === 45 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : !isSpaceCode(c);
}
