/**
 * A sentence cut into chunks at commas, semicolons, colons, dashes and parentheses, so
 * a fact's participants can be read from its own clause: in "Moscow and NATO will meet
 * January 12, while Russia and the OSCE will meet January 13", the 13th is Russia and
 * the OSCE's, not NATO's.
 */
import { isSpaceCode } from '../text/charClasses.js';
import type { Word } from './words.js';

export interface Chunk {
  start: number;
  end: number;
  /** A relative clause, a list after "including", a parenthesis: it describes, it does not say who acts. */
  aside: boolean;
  /** Opens a new clause ("while", "but", …): participants are not looked for before it. */
  opensClause: boolean;
}

// Boundaries are the matches of /(?:\s*(?:[,;:](?=\s|$)|[()\[\]—–]|\s-\s)\s*)+/g: a comma
// inside a number ("4,200") or a colon in a time ("7:30") is not one. `nextBoundary` finds
// the same matches from the marks (running the regex was most of the time cutting took).
const ASIDE_OPENERS = /^(?:which|who|whom|whose|where|including|especially|such as|as well as|like|among them)\b/i;
const CLAUSE_OPENERS = /^(?:while|whereas|but|although|though|however|yet|and then|meanwhile|because|since|after|before|when|whereupon|adding)\b/i;

/** The marks a boundary is made at: , ; : ( ) [ ] — – - */
const MARK = /[,;:()[\]—–-]/g;

/** End of one repetition of the boundary's group from `p` (trailing white space included), or -1. */
function markEnd(text: string, p: number): number {
  const n = text.length;
  let q = p;
  while (q < n && isSpaceCode(text.charCodeAt(q))) q++;
  if (q >= n) return -1;
  const c = text.charCodeAt(q);
  let e: number;
  if (c === 0x2c || c === 0x3b || c === 0x3a) e = q + 1 >= n || isSpaceCode(text.charCodeAt(q + 1)) ? q + 1 : -1;
  else if (c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d || c === 0x2014 || c === 0x2013) e = q + 1;
  // " - ": the white space before the hyphen is the pattern's own.
  else if (c === 0x2d && q > p && q + 1 < n && isSpaceCode(text.charCodeAt(q + 1))) e = q + 2;
  else return -1;
  if (e < 0) return -1;
  while (e < n && isSpaceCode(text.charCodeAt(e))) e++;
  return e;
}

/**
 * The first boundary at or after `from` as [start, end) in `found`; false when there is
 * none. Every boundary holds a mark: each mark found is tried with the white space before it.
 */
function nextBoundary(text: string, from: number, found: { start: number; end: number }): boolean {
  for (let at = from; ; ) {
    MARK.lastIndex = at;
    const mark = MARK.exec(text);
    if (!mark) return false;
    let start = mark.index;
    while (start > from && isSpaceCode(text.charCodeAt(start - 1))) start--;
    let end = markEnd(text, start);
    if (end < 0) {
      at = mark.index + 1;
      continue;
    }
    for (let more = markEnd(text, end); more >= 0; more = markEnd(text, end)) end = more;
    found.start = start;
    found.end = end;
    return true;
  }
}

/** Chunks of `text` between `from` and `to`, in order, covering it. */
export function chunksOf(text: string, from: number, to: number): Chunk[] {
  const chunks: Chunk[] = [];
  let start = from;
  let opener = '';
  const push = (end: number, closer: string) => {
    const body = text.slice(start, end).trim();
    const inParens = /[(\[]$/.test(opener);
    const betweenDashes = /[—–-]$/.test(opener) && /^[—–-]/.test(closer);
    chunks.push({ start, end, aside: inParens || betweenDashes || ASIDE_OPENERS.test(body), opensClause: CLAUSE_OPENERS.test(body) || opener.includes(';') });
  };
  const m = { start: 0, end: 0 };
  for (let at = Math.max(0, from); nextBoundary(text, at, m) && m.start < to; at = m.end) {
    const mark = text.slice(m.start, m.end).trim();
    push(m.start, mark);
    start = m.end;
    opener = mark;
  }
  push(to, '');
  return chunks;
}

/** Index of the chunk holding offset `at`. */
export function chunkAt(chunks: readonly Chunk[], at: number): number {
  for (let i = chunks.length - 1; i >= 0; i--) if (chunks[i]!.start <= at) return i;
  return 0;
}

/** Word index -> chunk index. */
export function chunkOfWords(words: readonly Word[], chunks: readonly Chunk[]): number[] {
  const out = new Array<number>(words.length);
  // Words come in order: walk the chunks along with them (chunkAt for any out of order).
  let c = 0;
  let last = -Infinity;
  for (let i = 0; i < words.length; i++) {
    const at = words[i]!.start;
    if (at < last) {
      out[i] = chunkAt(chunks, at);
      continue;
    }
    last = at;
    while (c + 1 < chunks.length && chunks[c + 1]!.start <= at) c++;
    out[i] = chunks.length && chunks[c]!.start <= at ? c : chunkAt(chunks, at);
  }
  return out;
}

/**
 * The chunks whose participants a fact in chunk `home` takes: its own when it names
 * any, else the nearest earlier chunk of the same clause that does (asides skipped),
 * else the nearest later one.
 */
export function participantScope(chunks: readonly Chunk[], home: number, hasParticipants: (chunk: number) => boolean): number | null {
  if (hasParticipants(home)) return home;
  if (!chunks[home]!.opensClause) {
    for (let j = home - 1; j >= 0; j--) {
      const chunk = chunks[j]!;
      if (!chunk.aside && hasParticipants(j)) return j;
      if (chunk.opensClause) break;
    }
  }
  for (let j = home + 1; j < chunks.length; j++) {
    const chunk = chunks[j]!;
    if (chunk.opensClause) break;
    if (!chunk.aside && hasParticipants(j)) return j;
  }
  return null;
}
