/**
 * What the sentence around a fact says besides the value: its participants (from the
 * fact's own clause) and its content terms, each weighted by how close it stands to
 * the fact, so "talks" right before "on January 10" counts more than a word at the
 * far end of a long sentence.
 */
import { sentenceEnd, sentenceStart } from '../text/sentences.js';
import { codePointAt, isSpaceCode, isUpper, startsTitleCase, startsUpper, widthOf } from '../text/charClasses.js';
import { STOP_WORDS } from '../text/stopWords.js';
import type { Span } from '../types.js';
import { chunkAt, chunkOfWords, chunksOf, participantScope } from './clauses.js';
import { findParticipants } from './participants.js';
import { termOf } from './synonyms.js';
import { wordsIn, type Word } from './words.js';

/** How far a sentence is looked for around a fact. */
const SENTENCE_REACH = 600;
/** Head words are looked for this many words either side, at most this many per side. */
const NEAR_WORDS = 4;
const HEADS_PER_SIDE = 2;
/** A word this many words away counts half as much as one next to the fact. */
const PROXIMITY_SCALE = 8;
/** Crossing a comma or a dash costs as much as this many words. */
const CHUNK_COST = 3;
/** Month and weekday names belong to the dates, not to what the sentence is about. */
const CALENDAR = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|week|month|year|day)$/;

/** Verbs of saying: every reported sentence has one, so they tell claims apart by nothing. */
const REPORTING = new Set(['add', 'ad', 'state', 'note', 'report', 'announc', 'confirm', 'tell', 'claim', 'sai', 'spoke', 'speak', 'spokesperson', 'spokesman', 'spokeswoman', 'quot', 'cite']);

/** Verbs of saying as a head: "said on Monday" dates the statement, not what it is about. */
const SAYING = /^(?:said|says|say|told|tells|added|adds|announced|announces|stated|confirmed|reported|noted)$/;

/**
 * Answers by lower-case form (a word's stem is a function of it): a folder asks about the
 * same few thousand words again and again.
 */
const CONTENT_WORDS = new Map<string, boolean>();
const CONTENT_WORDS_LIMIT = 100_000;

export function isContentWord(word: Word): boolean {
  let known = CONTENT_WORDS.get(word.lower);
  if (known === undefined) {
    if (CONTENT_WORDS.size >= CONTENT_WORDS_LIMIT) CONTENT_WORDS.clear();
    CONTENT_WORDS.set(word.lower, (known = judgeContentWord(word)));
  }
  return known;
}

function judgeContentWord(word: Word): boolean {
  return word.lower.length > 1 && !STOP_WORDS.has(word.lower) && !/'(?:s|ve|re|ll|d|t|m)$/.test(word.lower.replace(/^(\p{L}+)'s$/u, '$1')) && !/^\p{N}/u.test(word.lower) && !CALENDAR.test(word.lower) && !REPORTING.has(word.stem);
}

/** A word nearer another value of the same kind mostly describes that one. */
const SIBLING_SHARE = 0.2;

/**
 * `siblings`: other facts of the same kind: in "walked out late on Sunday and will vote
 * on March 3, the union said on Monday", each date takes the words nearest to it.
 */
export interface ContextOptions {
  /** Spans of other facts and the fact itself, whose words are values, not context. */
  skip?: readonly Span[];
  /** Other facts of the same kind (see SIBLING_SHARE). */
  siblings?: readonly Span[];
  /** The counted noun's term, which is not a head word. */
  skipTerm?: string | null;
  /** Stems the document writes capitalised inside sentences (`documentNames`). */
  knownNames?: ReadonlySet<string>;
  /** Sentences of the same text already read (filled as facts are read). */
  sentences?: SentenceReadings;
  /** The words of the whole text, when already read (`wordsIn(text, 0, text.length)`). */
  documentWords?: readonly Word[];
}

/** The words starting in [from, to), from the words of the whole text (sorted by offset). */
function wordsBetween(words: readonly Word[], from: number, to: number): Word[] {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < words.length && words[end]!.start < to) end++;
  return words.slice(lo, end);
}

/** A sentence read once for all the facts in it: its words, clauses and participants. */
interface SentenceReading {
  words: Word[];
  chunks: ReturnType<typeof chunksOf>;
  chunkOf: number[];
  participants: ReturnType<typeof findParticipants>;
  /** 1 for the words of a participant's name, by word index. */
  participantWords: Uint8Array;
  byChunk: Map<number, Set<string>>;
  /** `sentenceParticipants`, the same for every fact of the sentence. */
  ids: string[];
  /** What each word is, the same for every fact of the sentence (filled by the first). */
  kinds?: WordKinds;
  /** The words inside `skip` spans, for the last `skip` list asked with (facts of a document share theirs). */
  inside?: { skip: readonly Span[]; words: Uint8Array };
}

/** What each word of a sentence is, by word index. */
interface WordKinds {
  /** The content word's term; null for other words. */
  terms: (string | null)[];
  /** The content word's term as a number, from 0 in order of first use (-1 for other words): the sentence's terms, listed in `distinct`. */
  termIds: number[];
  distinct: string[];
  /** 1 for a proper name (see isName), or a sentence opener the document writes capitalised elsewhere. */
  names: Uint8Array;
}

function wordKinds(text: string, words: readonly Word[], from: number, knownNames: ReadonlySet<string> | undefined): WordKinds {
  const terms = new Array<string | null>(words.length);
  const termIds = new Array<number>(words.length);
  const distinct: string[] = [];
  const names = new Uint8Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    termIds[i] = -1;
    if (!isContentWord(word)) {
      terms[i] = null;
      continue;
    }
    if (isName(text, words, i, from) || (opensSentence(text, words, i, from) && (knownNames?.has(word.stem) ?? false))) names[i] = 1;
    const term = (terms[i] = termOf(word.stem));
    if (!term) continue;
    // A sentence has a few dozen terms at most: a scan of those seen beats a Map made per sentence.
    let id = distinct.indexOf(term);
    if (id < 0) id = distinct.push(term) - 1;
    termIds[i] = id;
  }
  return { terms, termIds, distinct, names };
}

/** Readings of a document's sentences by their bounds; one per document, shared by its facts. */
export type SentenceReadings = Map<number | string, SentenceReading>;

/** A sentence's key in SentenceReadings: one number while offsets fit in 26 bits each. */
function sentenceKey(text: string, from: number, to: number): number | string {
  return text.length < 0x4000000 ? from * 0x4000000 + to : `${from}:${to}`;
}

function readSentence(text: string, from: number, to: number, documentWords?: readonly Word[]): SentenceReading {
  const words = documentWords ? wordsBetween(documentWords, from, to) : wordsIn(text, from, to);
  const chunks = chunksOf(text, from, to);
  const chunkOf = chunkOfWords(words, chunks);
  const participants = findParticipants(words);
  const participantWords = new Uint8Array(words.length);
  const byChunk = new Map<number, Set<string>>();
  for (const p of participants) {
    for (let i = p.index; i < p.endIndex; i++) participantWords[i] = 1;
    const c = chunkOf[p.index]!;
    let ids = byChunk.get(c);
    if (!ids) byChunk.set(c, (ids = new Set()));
    ids.add(p.id);
  }
  const ids = [...new Set(participants.map((p) => p.id))].sort();
  return { words, chunks, chunkOf, participants, participantWords, byChunk, ids };
}

/** 1 for the words of the sentence [from, to) inside a `skip` span (values, not context). */
function insideSkips(reading: SentenceReading, skip: readonly Span[], from: number, to: number): Uint8Array {
  if (reading.inside?.skip === skip) return reading.inside.words;
  const { words } = reading;
  const inside = new Uint8Array(words.length);
  for (const s of skip) {
    if (!(s.end > from && s.start < to)) continue;
    for (let i = 0; i < words.length; i++) if (words[i]!.start < s.end && s.start < words[i]!.end) inside[i] = 1;
  }
  reading.inside = { skip, words: inside };
  return inside;
}

/** Index of the first word ending after `at` (reaching into what starts there), or the number of words. */
function firstEndingAfter(words: readonly Word[], at: number): number {
  let i = 0;
  while (i < words.length && words[i]!.end <= at) i++;
  return i;
}

/** Index of the first word starting at or after `at`, or the number of words. */
function firstStartingFrom(words: readonly Word[], at: number): number {
  let i = 0;
  while (i < words.length && words[i]!.start < at) i++;
  return i;
}

/** How many words lie between word `i` and the span of words [first, after). */
function gapTo(i: number, first: number, after: number): number {
  return i < first ? first - i - 1 : Math.max(0, i - after);
}

/**
 * Per term id of a sentence while one fact is read: its best weight, the first word that
 * gave it (-1: none yet). Kept between facts (and grown): weighing a fact's words takes no
 * Map of its own. Every slot used is set back to -1 before the fact's reading returns.
 */
let bestWeight = new Float64Array(64);
let firstWord = new Int32Array(64).fill(-1);
let termOrder = new Int32Array(64);

function reserveTermSlots(size: number): void {
  if (size <= firstWord.length) return;
  const length = Math.max(size, firstWord.length * 2);
  bestWeight = new Float64Array(length);
  firstWord = new Int32Array(length).fill(-1);
  termOrder = new Int32Array(length);
}

/** What is read around a fact: the terms are a list, so a signature needs no Maps of them. */
export interface ContextReading {
  /** Participant ids of the fact's clause, sorted. */
  participants: string[];
  /** Every participant of the sentence; shared by the facts of the sentence: not to be changed. */
  sentenceParticipants: readonly string[];
  /** [term, weight in (0, 1]]: content words of the sentence by closeness to the fact, in the order first met. */
  terms: [string, number][];
  /** Surface form of each term, in the same order, for labels. */
  surfaces: string[];
  /**
   * The head words: the nearest word on either side of the fact in its clause that
   * says what it is a date or number of ("vote on March 3", "massing tens of thousands").
   */
  near: Set<string>;
  /**
   * Proper names of the sentence that are not participants (a port, a union, a person):
   * two sentences that each name things and share none are about different things.
   */
  names: Set<string>;
}

/** The context of `fact` in its sentence (read once per document for all its facts, through `options.sentences`). */
export function readContext(text: string, fact: Span, options: ContextOptions = {}): ContextReading {
  const { skip = [], siblings = [], skipTerm = null, knownNames, sentences } = options;
  const from = sentenceStart(text, fact.start, Math.max(0, fact.start - SENTENCE_REACH));
  const to = sentenceEnd(text, fact.end, Math.min(text.length, fact.end + SENTENCE_REACH));
  const key = sentenceKey(text, from, to);
  let reading = sentences?.get(key);
  if (!reading) {
    reading = readSentence(text, from, to, options.documentWords);
    sentences?.set(key, reading);
  }
  const { words, chunks, chunkOf, participantWords, byChunk } = reading;
  const count = words.length;
  const home = chunkAt(chunks, fact.start);
  const scope = participantScope(chunks, home, (c) => byChunk.has(c));

  // The fact among the words: the first word that reaches into it, the first after it.
  const firstIn = firstEndingAfter(words, fact.start);
  const firstAfter = firstStartingFrom(words, fact.end);
  // Words inside a value (or the fact) are values, not context.
  const inside = insideSkips(reading, skip, from, to);
  // Each other value of the kind among the words, as [first word in it, first after it] pairs.
  const siblingWords: number[] = [];
  for (const sib of siblings) {
    if (sib.end > from && sib.start < to && (sib.start !== fact.start || sib.end !== fact.end)) siblingWords.push(firstEndingAfter(words, sib.start), firstStartingFrom(words, sib.end));
  }
  const names = new Set<string>();
  const kinds = (reading.kinds ??= wordKinds(text, words, from, knownNames));
  const { termIds, distinct } = kinds;
  reserveTermSlots(distinct.length);
  // Each term's weight is the best of its words'; terms are listed in the order first met.
  let used = 0;
  for (let i = 0; i < count; i++) {
    const id = termIds[i]!;
    if (participantWords[i] || id < 0 || inside[i]) continue;
    if (kinds.names[i]) names.add(words[i]!.stem);
    const gap = gapTo(i, firstIn, firstAfter);
    const distance = gap + CHUNK_COST * Math.abs(chunkOf[i]! - home);
    let nearerSibling = false;
    for (let k = 0; k < siblingWords.length && !nearerSibling; k += 2) nearerSibling = gapTo(i, siblingWords[k]!, siblingWords[k + 1]!) < gap;
    const weight = (nearerSibling ? SIBLING_SHARE : 1) / (1 + distance / PROXIMITY_SCALE);
    if (firstWord[id]! < 0) {
      firstWord[id] = i;
      termOrder[used++] = id;
      bestWeight[id] = weight;
    } else if (bestWeight[id]! < weight) bestWeight[id] = weight;
  }
  const terms: [string, number][] = [];
  const surfaces: string[] = [];
  for (let k = 0; k < used; k++) {
    const id = termOrder[k]!;
    terms.push([distinct[id]!, bestWeight[id]!]);
    surfaces.push(words[firstWord[id]!]!.lower);
    firstWord[id] = -1;
  }
  const near = new Set<string>();
  // Head words: looking back from the fact, then on from its end.
  for (let step = -1; step <= 1; step += 2) {
    let found = 0;
    for (let i = step < 0 ? firstIn - 1 : firstAfter, seen = 0; i >= 0 && i < count && seen <= NEAR_WORDS && found < HEADS_PER_SIDE; i += step, seen++) {
      if (participantWords[i] || inside[i] || chunkOf[i] !== home) continue;
      const head = SAYING.test(words[i]!.lower) ? '~said' : kinds.terms[i]!;
      if (head === null || head === skipTerm) continue;
      near.add(head);
      found++;
    }
  }
  return {
    participants: scope === null ? [] : [...byChunk.get(scope)!].sort(),
    sentenceParticipants: reading.ids,
    terms,
    surfaces,
    near,
    names,
  };
}

/**
 * A proper name: a capitalised word that does not open its sentence (nor follow a
 * quotation mark or a colon), or an initialism anywhere ("GM closed down $1.875").
 */
function isName(text: string, words: readonly Word[], i: number, sentenceStart: number): boolean {
  const word = words[i]!;
  if (isInitialism(word.text)) return true;
  return startsUpper(word.text) && !opensSentence(text, words, i, sentenceStart);
}

/** `^\p{Lu}{2,}(?:['’]s)?$`: "GM", "NATO's". */
function isInitialism(word: string): boolean {
  let i = 0;
  let capitals = 0;
  for (let cp = codePointAt(word, 0); isUpper(cp); cp = codePointAt(word, i)) {
    i += widthOf(cp);
    capitals++;
  }
  if (capitals < 2) return false;
  const c = word.charCodeAt(i);
  return i === word.length || (i + 2 === word.length && (c === 0x27 || c === 0x2019) && word.charCodeAt(i + 1) === 0x73);
}

/** `[.!?:"“”‘’(\-–—]`: marks after which a capital opens a sentence, a quotation or a clause. */
function isOpeningMark(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x22 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x28 || c === 0x2d || c === 0x2013 || c === 0x2014;
}

/**
 * Whether such a mark (or a line break, with `lineBreaks`), then only white space, ends
 * text[from, to): what `/[marks]\s*$/` tests on the slice, without making it.
 */
function endsWithMark(text: string, from: number, to: number, lineBreaks: boolean): boolean {
  for (let k = to - 1; k >= from; k--) {
    const c = text.charCodeAt(k);
    if (isOpeningMark(c) || (lineBreaks && c === 0x0a)) return true;
    if (!isSpaceCode(c)) return false;
  }
  return false;
}

function opensSentence(text: string, words: readonly Word[], i: number, sentenceStart: number): boolean {
  const word = words[i]!;
  return i === 0 || word.start === sentenceStart || endsWithMark(text, Math.max(sentenceStart, word.start - 3), word.start, false);
}

/**
 * Stems a document writes capitalised inside its sentences: a word that opens a sentence
 * ("Tulsa police released…") is a name when the document also writes it so elsewhere.
 */
export function documentNames(text: string, words: readonly Word[] = wordsIn(text, 0, text.length)): Set<string> {
  const names = new Set<string>();
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    if (!startsTitleCase(word.text) || STOP_WORDS.has(word.lower)) continue;
    if (!endsWithMark(text, Math.max(0, word.start - 3), word.start, true)) names.add(word.stem);
  }
  return names;
}
