/**
 * A sentence cut into chunks at commas, semicolons, colons, dashes and parentheses, so
 * a fact's participants can be read from its own clause: in "Moscow and NATO will meet
 * January 12, while Russia and the OSCE will meet January 13", the 13th is Russia and
 * the OSCE's, not NATO's.
 */
import type { Word } from './words.js';

export interface Chunk {
  start: number;
  end: number;
  /** A relative clause, a list after "including", a parenthesis: it describes, it does not say who acts. */
  aside: boolean;
  /** Opens a new clause ("while", "but", …): participants are not looked for before it. */
  opensClause: boolean;
}

// A comma inside a number ("4,200") or a colon in a time ("7:30") is not a boundary.
const BOUNDARY = /(?:\s*(?:[,;:](?=\s|$)|[()\[\]—–]|\s-\s)\s*)+/g;
const ASIDE_OPENERS = /^(?:which|who|whom|whose|where|including|especially|such as|as well as|like|among them)\b/i;
const CLAUSE_OPENERS = /^(?:while|whereas|but|although|though|however|yet|and then|meanwhile|because|since|after|before|when|whereupon|adding)\b/i;

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
  BOUNDARY.lastIndex = from;
  for (let m = BOUNDARY.exec(text); m && m.index < to; m = BOUNDARY.exec(text)) {
    const mark = m[0].trim();
    push(m.index, mark);
    start = m.index + m[0].length;
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
  return words.map((w) => chunkAt(chunks, w.start));
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
