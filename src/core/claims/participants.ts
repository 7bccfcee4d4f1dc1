/**
 * The participants a sentence names: countries, international organisations and
 * governments by their seat ("the Kremlin"), each as one id, so "the U.S.", "American"
 * and "Washington" are one participant. People are not participants: two outlets may
 * quote different officials about the same talks.
 */
import { getGazetteer, longestNameStartingWith, MAX_NAME_WORDS, nameKey } from './gazetteer.js';
import { STOP_WORDS } from '../text/stopWords.js';
import { startsTitleCase, startsUpper } from '../text/charClasses.js';
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

/**
 * A sentence's words as name parts: hyphenated words of two or more names as their parts
 * ("Ukrainian-Russian" names two participants); others stay whole ("Co-operation",
 * "Vienna-based": a place, not a party). Parallel arrays, and none but the texts when no
 * word splits (most sentences): one object per word was most of what reading them allocated.
 */
interface Parts {
  text: string[];
  /** Word index each part belongs to; null when parts are the words. */
  index: number[] | null;
  /** The next part when it is joined to this one by a hyphen ("Vienna-based"); null when parts are the words. */
  hyphenNext: (string | null)[] | null;
}

const splitOf = (text: string): string[] | null => {
  if (!text.includes('-')) return null;
  const split = text.split('-');
  return split.filter(capitalised).length >= 2 ? split : null;
};

function partsOf(words: readonly Word[]): Parts {
  const text = new Array<string>(words.length);
  let splits = false;
  for (let i = 0; i < words.length; i++) {
    text[i] = words[i]!.text;
    if (!splits && splitOf(text[i]!)) splits = true;
  }
  if (!splits) return { text, index: null, hyphenNext: null };
  const parts: Parts = { text: [], index: [], hyphenNext: [] };
  for (let index = 0; index < words.length; index++) {
    const pieces = splitOf(words[index]!.text) ?? [words[index]!.text];
    pieces.forEach((piece, k) => {
      parts.text.push(piece);
      parts.index!.push(index);
      parts.hyphenNext!.push(pieces[k + 1] ?? null);
    });
  }
  return parts;
}

const capitalised = startsUpper;

/**
 * By part: `nameKey([part])`, and the most words a name starting with it has (0: none).
 * A folder's sentences name the same few hundred capitalised words.
 */
const KEYS = new Map<string, { key: string; longest: number }>();
const KEYS_LIMIT = 50_000;

function readingOf(part: string): { key: string; longest: number } {
  let reading = KEYS.get(part);
  if (reading === undefined) {
    if (KEYS.size >= KEYS_LIMIT) KEYS.clear();
    const key = nameKey([part]);
    KEYS.set(part, (reading = { key, longest: longestNameStartingWith(key) ?? 0 }));
  }
  return reading;
}

const keyOf = (part: string): string => readingOf(part).key;

export function findParticipants(words: readonly Word[]): Participant[] {
  const gazetteer = getGazetteer();
  const { text, index, hyphenNext } = partsOf(words);
  const count = text.length;
  const capital = (k: number) => capitalised(text[k]!);
  const found: Participant[] = [];
  for (let i = 0; i < count; i++) {
    if (!capital(i)) continue;
    const longest = readingOf(text[i]!).longest;
    if (longest === 0) continue;
    for (let n = Math.min(longest, MAX_NAME_WORDS, count - i); n >= 1; n--) {
      const last = i + n - 1;
      if (!capital(last)) continue;
      // Lower-case words inside a name are glue ("of", "and"), each keyed as nameKey keys it.
      let key = keyOf(text[i]!);
      let glued = true;
      for (let k = i + 1; k <= last && glued; k++) {
        if (!capital(k) && !NAME_GLUE.has(text[k]!)) glued = false;
        else key += ' ' + keyOf(text[k]!);
      }
      if (!glued) continue;
      const entry = gazetteer.get(key);
      if (!entry) continue;
      const next = i + n < count ? i + n : -1;
      const previous = i > 0 ? text[i - 1]!.toLowerCase() : '';
      const partOfLongerName = next >= 0 && capital(next) && !gazetteer.has(keyOf(text[next]!)) && (hyphenNext ? hyphenNext[last] : null) === null;
      const place = LOCATIVE.has(previous);
      // "Michael Jordan", "Georgia Tech": a title-case name inside a longer proper name.
      const before = i > 0 ? text[i - 1]! : '';
      const afterName = capitalised(before) && !STOP_WORDS.has(before.toLowerCase()) && !gazetteer.has(keyOf(before));
      const inLongerName = n === 1 && startsTitleCase(text[i]!) && (partOfLongerName || afterName);
      const skip = entry.sort === 'capital' ? place || partOfLongerName || afterName : entry.sort === 'name' && inLongerName;
      if (!skip) found.push({ id: entry.id, index: index ? index[i]! : i, endIndex: (index ? index[last]! : last) + 1 });
      i += n - 1;
      break;
    }
  }
  return found;
}
