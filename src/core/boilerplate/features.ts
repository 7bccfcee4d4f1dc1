/**
 * What the classifier measures on each block: the jusText features (length, stop-word
 * density) plus what plain text still shows once the markup is gone: sentence shape,
 * repetition across the page, and words that address the reader.
 */
import type { Block } from './blocks.js';
import { STOP_WORDS } from '../text/stopWords.js';
import { CALL_TO_ACTION, READER_ADDRESS } from './words.js';

export interface BlockFeatures {
  chars: number;
  wordCount: number;
  /** Share of words that are function words. Prose is dense in them, menus are not. */
  stopDensity: number;
  /** Starts like a sentence and ends in sentence punctuation (possibly inside a quote). */
  sentenceShaped: boolean;
  /** Sentences in the block: a headline has one, a caption with a credit two. */
  sentences: number;
  /** Has at least one function word: "Leave a Reply" is phrase-like, "Related Articles" a label. */
  hasStopWord: boolean;
  /** The same short line occurs elsewhere in the page: menus, prompts, form labels. */
  repeated: boolean;
  /** Items separated by bars, bullets or wide spaces: "Home | News | Sport", "Share  Email  Print". */
  menuLike: boolean;
  /** Opens with an imperative to the reader: "Subscribe to our newsletter", "Become a member". */
  callToAction: boolean;
  /** A short line ending in a colon that introduces what follows ("He said:", "Smith added:"). */
  leadIn: boolean;
  /** A markup element the scraper left for an embedded post or video (`<tweet id="1"/>`). */
  embed: boolean;
  /** Words addressing the reader ("we", "your") outside quotation marks. */
  readerAddress: number;
  /** Distinct content words, for comparing a block's topic with the article's. */
  contentWords: Set<string>;
}

const WORD_OR_QUOTE = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*|["“”]/gu;
const QUOTE_MARKS = '"“”';
/** Bars and bullets, or wide gaps that do not follow a sentence end (typewriter spacing). */
const MENU_SEPARATOR = /\s[|•·»]\s|[^\s.!?:;"”’](?: {2,}|\t)\S/g;
/** Menus are lists of nouns; prose with a bar in it is still prose. */
const MENU_MAX_STOP_DENSITY = 0.3;
/** A call to action without "you"/"our" must be short to count ("Leave a Reply"). */
const SHORT_PROMPT_CHARS = 70;
/**
 * Sentence punctuation followed by a new sentence; not an abbreviation ("Dec. 27",
 * "U.S. officials", "Mr. Lavrov"): the word before the stop has three lower-case letters.
 * Looked for from the stop backwards: testing \p{Ll} at every position is slow.
 */
const SENTENCE_BREAK = /[.!?](?<=(?:\p{Ll}{3}|[\p{N})"”’])[.!?])["”’)]*\s+(?=[\p{Lu}"“(])/gu;
/** A handle ("@name.") signs a reader's comment or tweet the way a name does. */
const SENTENCE_START = /^[\p{Lu}\p{N}"“‘'(\[¿¡@-]/u;
/** A clause or a speaker's name before a colon; a longer line ending in one is a label list. */
const LEAD_IN = /^[\p{Lu}"“][^:]*[^\s:]:$/u;
const LEAD_IN_MAX_WORDS = 8;
/** One element, possibly wrapping a post's text: `<tweet id="1"><tweet/>.`, `<embed id="2"/>`. */
const EMBED = /^<[A-Za-z][^>]*>(?:[\s\S]*>)?\W*$/;
const SENTENCE_END = /[.!?…]["”’'»)\]]*$/;

/** A line repeated this short is page furniture; a repeated long paragraph is a duplicated article. */
const REPEATED_MAX_CHARS = 120;

function normalizeLine(text: string): string {
  return text.replace(/\s+/g, ' ').toLowerCase();
}

/** Lower case, straight apostrophes, no possessive "'s". */
function normalizeWord(raw: string): string {
  let word = raw.toLowerCase();
  if (word.includes('’')) word = word.replace(/’/g, "'");
  return word.endsWith("'s") ? word.slice(0, -2) : word;
}

/** Crude plural folding, so "Negotiations" in a headline meets "negotiation" in the body. */
function stem(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** What a word (as written) counts for; the same few thousand words recur in every page. */
interface WordRole {
  readerAddress: boolean;
  stop: boolean;
  /** The content words it adds, stemmed: none for a stop word, the parts of a hyphenated one. */
  content: readonly string[];
}

/** Words read so far, across pages. Cleared when large: a cache, not a vocabulary. */
const WORD_ROLES = new Map<string, WordRole>();
const WORD_ROLES_MAX = 50_000;

function roleOf(raw: string): WordRole {
  let role = WORD_ROLES.get(raw);
  if (role) return role;
  // "US" in capitals is the country, not the pronoun.
  const word = raw === 'US' ? 'u.s' : normalizeWord(raw);
  const stop = STOP_WORDS.has(word);
  const content = stop ? [] : word.includes('-') ? word.split('-').filter((part) => part).map(stem) : [stem(word)];
  role = { readerAddress: READER_ADDRESS.has(word), stop, content };
  if (WORD_ROLES.size >= WORD_ROLES_MAX) WORD_ROLES.clear();
  WORD_ROLES.set(raw, role);
  return role;
}

export function measureBlocks(blocks: readonly Block[]): BlockFeatures[] {
  const occurrences = new Map<string, number>();
  for (const block of blocks) {
    if (block.text.length > REPEATED_MAX_CHARS) continue;
    const key = normalizeLine(block.text);
    occurrences.set(key, (occurrences.get(key) ?? 0) + 1);
  }
  return blocks.map((block) => {
    let stops = 0;
    let wordCount = 0;
    let readerAddress = 0;
    let insideQuote = false;
    const contentWords = new Set<string>();
    // One pass over words and double quotes: reader address counts only outside quotes.
    WORD_OR_QUOTE.lastIndex = 0;
    for (let match = WORD_OR_QUOTE.exec(block.text); match; match = WORD_OR_QUOTE.exec(block.text)) {
      const raw = match[0];
      if (raw.length === 1 && QUOTE_MARKS.includes(raw)) {
        insideQuote = raw === '“' ? true : raw === '”' ? false : !insideQuote;
        continue;
      }
      wordCount++;
      const role = roleOf(raw);
      if (!insideQuote && role.readerAddress) readerAddress++;
      if (role.stop) stops++;
      for (const word of role.content) contentWords.add(word);
    }
    return {
      chars: block.text.length,
      wordCount,
      stopDensity: wordCount ? stops / wordCount : 0,
      sentenceShaped: SENTENCE_START.test(block.text) && SENTENCE_END.test(block.text),
      hasStopWord: stops > 0,
      sentences: 1 + (block.text.match(SENTENCE_BREAK) ?? []).length,
      // A repeated rule ("___", "* * *") is a section divider, not furniture.
      repeated: block.text.length <= REPEATED_MAX_CHARS && /\p{L}/u.test(block.text) && (occurrences.get(normalizeLine(block.text)) ?? 0) > 1,
      leadIn: wordCount >= 2 && wordCount <= LEAD_IN_MAX_WORDS && LEAD_IN.test(block.text),
      embed: EMBED.test(block.text),
      readerAddress,
      menuLike: (block.text.match(MENU_SEPARATOR) ?? []).length >= 2 && (wordCount ? stops / wordCount : 0) < MENU_MAX_STOP_DENSITY,
      callToAction: CALL_TO_ACTION.test(block.text) && (readerAddress > 0 || block.text.length < SHORT_PROMPT_CHARS),
      contentWords,
    };
  });
}
