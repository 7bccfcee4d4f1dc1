/**
 * The participants a sentence names: countries, international organisations and
 * governments by their seat ("the Kremlin"), each as one id, so "the U.S.", "American"
 * and "Washington" are one participant. People are not participants: two outlets may
 * quote different officials about the same talks.
 */
import { getGazetteer, longestNameStartingWith, MAX_NAME_WORDS, nameKey } from './gazetteer.js';
import { STOP_WORDS } from '../text/stopWords.js';
import type { Word } from './words.js';

export interface Participant {
  id: string;
  /** Indexes of its first and one past its last word in the word list. */
  index: number;
  endIndex: number;
}

/** Lower-case words a multi-word name may hold ("Organization for Security and Co-operation in Europe"). */
const NAME_GLUE = new Set(['of', 'for', 'and', 'the', 'in', 'on', 'de']);
/** A capital after these is a place ("talks in Geneva"), not the government. */
const LOCATIVE = new Set(['in', 'at', 'to', 'from', 'near', 'outside', 'inside', 'around', 'into', 'via', 'across', 'through', 'toward', 'towards', 'visit', 'visited', 'embassy']);

interface Part {
  text: string;
  /** Word index this part belongs to. */
  index: number;
  /** The next part is joined to this one by a hyphen ("Vienna-based"). */
  hyphenNext: string | null;
  /** Starts with a capital letter. */
  capital: boolean;
}

/**
 * Hyphenated words of two or more names as their parts ("Ukrainian-Russian" names two
 * participants); others stay whole ("Co-operation", "Vienna-based": a place, not a party).
 */
function partsOf(words: readonly Word[]): Part[] {
  const parts: Part[] = [];
  words.forEach((word, index) => {
    // Most words have no hyphen: one part, no split (this runs on every word of every sentence).
    const split = word.text.includes('-') ? word.text.split('-') : null;
    const pieces = split && split.filter(capitalised).length >= 2 ? split : [word.text];
    pieces.forEach((text, k) => parts.push({ text, index, hyphenNext: pieces[k + 1] ?? null, capital: capitalised(text) }));
  });
  return parts;
}

function capitalised(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}

export function findParticipants(words: readonly Word[]): Participant[] {
  const gazetteer = getGazetteer();
  const parts = partsOf(words);
  const found: Participant[] = [];
  const keys = parts.map((p) => (p.capital || NAME_GLUE.has(p.text) ? nameKey([p.text]) : ''));
  for (let i = 0; i < parts.length; i++) {
    if (!parts[i]!.capital) continue;
    const longest = longestNameStartingWith(keys[i]!);
    if (longest === undefined) continue;
    for (let n = Math.min(longest, MAX_NAME_WORDS, parts.length - i); n >= 1; n--) {
      const span = parts.slice(i, i + n);
      const last = span[n - 1]!;
      if (!last.capital || span.some((p) => !p.capital && !NAME_GLUE.has(p.text))) continue;
      const entry = gazetteer.get(keys.slice(i, i + n).join(' '));
      if (!entry) continue;
      const next = parts[i + n];
      const previous = i > 0 ? parts[i - 1]!.text.toLowerCase() : '';
      const partOfLongerName = next !== undefined && next.capital && !gazetteer.has(nameKey([next.text])) && last.hyphenNext === null;
      const place = LOCATIVE.has(previous);
      // "Michael Jordan", "Georgia Tech": a title-case name inside a longer proper name.
      const before = i > 0 ? parts[i - 1]!.text : '';
      const afterName = capitalised(before) && !STOP_WORDS.has(before.toLowerCase()) && !gazetteer.has(nameKey([before]));
      const inLongerName = n === 1 && /^\p{Lu}\p{Ll}/u.test(span[0]!.text) && (partOfLongerName || afterName);
      const skip = entry.sort === 'capital' ? place || partOfLongerName || afterName : entry.sort === 'name' && inLongerName;
      if (!skip) found.push({ id: entry.id, index: span[0]!.index, endIndex: last.index + 1 });
      i += n - 1;
      break;
    }
  }
  return found;
}
