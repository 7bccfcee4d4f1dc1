/**
 * What the classifier measures on each block: the jusText features (length, stop-word
 * density) plus what plain text still shows once the markup is gone: sentence shape,
 * repetition across the page, and words that address the reader.
 */
import type { Block } from './blocks.js';
import { STOP_WORDS } from '../text/stopWords.js';
import { SpanCache } from './spanCache.js';
import { createTokens, scanTokens } from './tokens.js';
import { clearGlobalWordIds, globalWordId, PageWords } from './wordIds.js';
import { CALL_TO_ACTION, READER_ADDRESS } from './words.js';

export interface BlockFeatures {
  chars: number;
  wordCount: number;
  /** Share of words that are function words. Prose is dense in them, menus are not. */
  stopDensity: number;
  /** Starts like a sentence and ends in sentence punctuation (possibly inside a quote). */
  sentenceShaped: boolean;
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
  /** Distinct content words (page word ids, see `PageFeatures`), for comparing a block's topic with the article's. */
  contentWords: number[];
}

export interface PageFeatures {
  blocks: BlockFeatures[];
  /** Content words are numbered 0..words-1: the size of a set of them. */
  words: number;
}

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

/** A line repeated this short is page furniture; a repeated long paragraph is a duplicated article. */
const REPEATED_MAX_CHARS = 120;

function normalizeLine(text: string): string {
  return text.replace(/\s+/g, ' ').toLowerCase();
}

/** Closing quotes and brackets that may follow a sentence's final punctuation. */
const CLOSERS = new Set(['"', '”', '’', "'", '»', ')', ']'].map((c) => c.charCodeAt(0)));
const FINAL_PUNCTUATION = new Set(['.', '!', '?', '…'].map((c) => c.charCodeAt(0)));

/** Ends in sentence punctuation, possibly inside quotes or brackets: /[.!?…]["”’'»)\]]*$/, read from the end. */
function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text.charCodeAt(i))) i--;
  return i >= 0 && FINAL_PUNCTUATION.has(text.charCodeAt(i));
}

/** Sentences in a block: a headline has one, a caption with a credit two. */
export function sentenceCount(text: string): number {
  return 1 + (text.match(SENTENCE_BREAK) ?? []).length;
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
  /** The content words it adds, stemmed, as global word ids: none for a stop word, the parts of a hyphenated one. */
  content: readonly number[];
}

/** Words read so far, across pages. Cleared (between pages) when large: a cache, not a vocabulary. */
const WORD_ROLES = new SpanCache<WordRole>();
const WORD_ROLES_MAX = 50_000;
/** Scratch for one block's tokens, reused: blocks are measured one at a time. */
const tokens = createTokens();

/** The role of the word `text.slice(start, end)`, whose hash is `hash`. */
function roleOf(text: string, start: number, end: number, hash: number): WordRole {
  let role = WORD_ROLES.get(text, start, end, hash);
  if (role) return role;
  const raw = text.slice(start, end);
  // "US" in capitals is the country, not the pronoun.
  const word = raw === 'US' ? 'u.s' : normalizeWord(raw);
  const stop = STOP_WORDS.has(word);
  const content = stop ? [] : word.includes('-') ? word.split('-').filter((part) => part).map(stem) : [stem(word)];
  role = { readerAddress: READER_ADDRESS.has(word), stop, content: content.map(globalWordId) };
  WORD_ROLES.set(text, start, end, hash, role);
  return role;
}

/** The features of `blocks`, the blocks of the page `text`. */
export function measureBlocks(text: string, blocks: readonly Block[]): PageFeatures {
  // Word ids must stay put while a page is measured: forget them only between pages.
  if (WORD_ROLES.size >= WORD_ROLES_MAX) {
    WORD_ROLES.clear();
    clearGlobalWordIds();
  }
  const page = new PageWords();
  const occurrences = new Map<string, number>();
  const lineKeys = blocks.map((block) => (block.text.length > REPEATED_MAX_CHARS ? '' : normalizeLine(block.text)));
  for (const key of lineKeys) if (key) occurrences.set(key, (occurrences.get(key) ?? 0) + 1);
  const features = blocks.map((block, b) => {
    let stops = 0;
    let wordCount = 0;
    let readerAddress = 0;
    let insideQuote = false;
    const contentWords: number[] = [];
    page.startBlock();
    // One pass over words and double quotes: reader address counts only outside quotes.
    // Words are read from the page, not the block's copy: one string for the whole page.
    scanTokens(text, block.start, block.end, tokens);
    for (let t = 0; t < tokens.count; t++) {
      const start = tokens.start[t]!;
      const end = tokens.end[t]!;
      const unit = text.charCodeAt(start);
      // A token of one character is a quotation mark unless it is a letter or digit.
      if (end - start === 1 && (unit === 0x22 || unit === 0x201c || unit === 0x201d)) {
        insideQuote = unit === 0x201c ? true : unit === 0x201d ? false : !insideQuote;
        continue;
      }
      wordCount++;
      const role = roleOf(text, start, end, tokens.hash[t]!);
      if (!insideQuote && role.readerAddress) readerAddress++;
      if (role.stop) stops++;
      for (const id of role.content) page.add(contentWords, id);
    }
    const stopDensity = wordCount ? stops / wordCount : 0;
    return {
      chars: block.text.length,
      wordCount,
      stopDensity,
      sentenceShaped: SENTENCE_START.test(block.text) && endsSentence(block.text),
      hasStopWord: stops > 0,
      // A repeated rule ("___", "* * *") is a section divider, not furniture.
      repeated: block.text.length <= REPEATED_MAX_CHARS && /\p{L}/u.test(block.text) && (occurrences.get(lineKeys[b]!) ?? 0) > 1,
      leadIn: wordCount >= 2 && wordCount <= LEAD_IN_MAX_WORDS && LEAD_IN.test(block.text),
      embed: EMBED.test(block.text),
      readerAddress,
      // The cheap test first: most blocks are prose, too dense in function words for a menu.
      menuLike: stopDensity < MENU_MAX_STOP_DENSITY && (block.text.match(MENU_SEPARATOR) ?? []).length >= 2,
      callToAction: CALL_TO_ACTION.test(block.text) && (readerAddress > 0 || block.text.length < SHORT_PROMPT_CHARS),
      contentWords,
    };
  });
  return { blocks: features, words: page.size };
}
