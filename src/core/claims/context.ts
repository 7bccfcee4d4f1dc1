/**
 * What the sentence around a fact says besides the value: its participants (from the
 * fact's own clause) and its content terms, each weighted by how close it stands to
 * the fact, so "talks" right before "on January 10" counts more than a word at the
 * far end of a long sentence.
 */
import { sentenceEnd, sentenceStart } from '../text/sentences.js';
import { STOP_WORDS } from '../text/stopWords.js';
import type { Span } from '../types.js';
import { chunkAt, chunkOfWords, chunksOf, participantScope } from './clauses.js';
import { findParticipants } from './participants.js';
import { termOf } from './synonyms.js';
import { wordsIn, type Word } from './words.js';

export interface FactContext {
  /** Participant ids of the fact's clause, sorted. */
  participants: string[];
  /** Every participant of the sentence. */
  sentenceParticipants: string[];
  /** Term -> weight in (0, 1]: content words of the sentence by closeness to the fact. */
  terms: Map<string, number>;
  /**
   * The head words: the nearest word on either side of the fact in its clause that
   * says what it is a date or number of ("vote on March 3", "massing tens of thousands").
   */
  near: Set<string>;
  /** Surface form of each term, for labels. */
  surface: Map<string, string>;
  /**
   * Proper names of the sentence that are not participants (a port, a union, a person):
   * two sentences that each name things and share none are about different things.
   */
  names: Set<string>;
}

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
  participantWords: Set<number>;
  byChunk: Map<number, Set<string>>;
  /** What each word is, the same for every fact of the sentence (filled by the first). */
  kinds?: WordKind[];
}

interface WordKind {
  /** The content word's term; null for other words. */
  term: string | null;
  /** A proper name (see isName), or a sentence opener the document writes capitalised elsewhere. */
  name: boolean;
}

function wordKinds(text: string, words: readonly Word[], from: number, knownNames: ReadonlySet<string> | undefined): WordKind[] {
  return words.map((word, i) => {
    if (!isContentWord(word)) return { term: null, name: false };
    const name = isName(text, words, i, from) || (opensSentence(text, words, i, from) && (knownNames?.has(word.stem) ?? false));
    return { term: termOf(word.stem), name };
  });
}

/** Readings of a document's sentences by their bounds; one per document, shared by its facts. */
export type SentenceReadings = Map<string, SentenceReading>;

function readSentence(text: string, from: number, to: number, documentWords?: readonly Word[]): SentenceReading {
  const words = documentWords ? wordsBetween(documentWords, from, to) : wordsIn(text, from, to);
  const chunks = chunksOf(text, from, to);
  const chunkOf = chunkOfWords(words, chunks);
  const participants = findParticipants(words);
  const participantWords = new Set<number>(participants.flatMap((p) => range(p.index, p.endIndex)));
  const byChunk = new Map<number, Set<string>>();
  for (const p of participants) {
    const c = chunkOf[p.index]!;
    if (!byChunk.has(c)) byChunk.set(c, new Set());
    byChunk.get(c)!.add(p.id);
  }
  return { words, chunks, chunkOf, participants, participantWords, byChunk };
}

export function factContext(text: string, fact: Span, options: ContextOptions = {}): FactContext {
  const { skip = [], siblings = [], skipTerm = null, knownNames, sentences } = options;
  const from = sentenceStart(text, fact.start, Math.max(0, fact.start - SENTENCE_REACH));
  const to = sentenceEnd(text, fact.end, Math.min(text.length, fact.end + SENTENCE_REACH));
  const key = `${from}:${to}`;
  let reading = sentences?.get(key);
  if (!reading) {
    reading = readSentence(text, from, to, options.documentWords);
    sentences?.set(key, reading);
  }
  const { words, chunks, chunkOf, participants, participantWords, byChunk } = reading;
  const home = chunkAt(chunks, fact.start);
  const scope = participantScope(chunks, home, (c) => byChunk.has(c));

  // The fact among the words: the first word that reaches into it, the first after it.
  const firstIn = indexOrEnd(words.findIndex((w) => w.end > fact.start), words.length);
  const firstAfter = indexOrEnd(words.findIndex((w) => w.start >= fact.end), words.length);
  const skipHere = skip.filter((s) => s.end > from && s.start < to);
  const inside = (w: Word) => skipHere.some((s) => w.start < s.end && s.start < w.end);
  const siblingWords = siblings
    .filter((sib) => sib.end > from && sib.start < to && (sib.start !== fact.start || sib.end !== fact.end))
    .map((sib) => [indexOrEnd(words.findIndex((w) => w.end > sib.start), words.length), indexOrEnd(words.findIndex((w) => w.start >= sib.end), words.length)] as const);
  const gapTo = (i: number, first: number, after: number) => (i < first ? first - i - 1 : Math.max(0, i - after));
  const terms = new Map<string, number>();
  const near = new Set<string>();
  const surface = new Map<string, string>();
  const names = new Set<string>();
  const kinds = (reading.kinds ??= wordKinds(text, words, from, knownNames));
  words.forEach((word, i) => {
    const kind = kinds[i]!;
    if (participantWords.has(i) || !kind.term || inside(word)) return;
    if (kind.name) names.add(word.stem);
    const gap = gapTo(i, firstIn, firstAfter);
    const distance = gap + CHUNK_COST * Math.abs(chunkOf[i]! - home);
    const term = kind.term;
    const nearerSibling = siblingWords.some(([first, after]) => gapTo(i, first, after) < gap);
    const weight = (nearerSibling ? SIBLING_SHARE : 1) / (1 + distance / PROXIMITY_SCALE);
    if ((terms.get(term) ?? 0) < weight) terms.set(term, weight);
    if (!surface.has(term)) surface.set(term, word.lower);
  });
  const headAt = (i: number): string | null => {
    const word = words[i]!;
    if (participantWords.has(i) || inside(word) || chunkOf[i] !== home) return null;
    if (SAYING.test(word.lower)) return '~said';
    return kinds[i]!.term;
  };
  for (const [from, step] of [[firstIn - 1, -1], [firstAfter, 1]] as const) {
    let found = 0;
    for (let i = from, seen = 0; i >= 0 && i < words.length && seen <= NEAR_WORDS && found < HEADS_PER_SIDE; i += step, seen++) {
      const head = headAt(i);
      if (head === null || head === skipTerm) continue;
      near.add(head);
      found++;
    }
  }
  return {
    participants: [...(scope === null ? [] : byChunk.get(scope)!)].sort(),
    sentenceParticipants: [...new Set(participants.map((p) => p.id))].sort(),
    terms,
    near,
    surface,
    names,
  };
}

/**
 * A proper name: a capitalised word that does not open its sentence (nor follow a
 * quotation mark or a colon), or an initialism anywhere ("GM closed down $1.875").
 */
function isName(text: string, words: readonly Word[], i: number, sentenceStart: number): boolean {
  const word = words[i]!;
  if (/^\p{Lu}{2,}(?:['’]s)?$/u.test(word.text)) return true;
  return /^\p{Lu}/u.test(word.text) && !opensSentence(text, words, i, sentenceStart);
}

function opensSentence(text: string, words: readonly Word[], i: number, sentenceStart: number): boolean {
  const word = words[i]!;
  return i === 0 || word.start === sentenceStart || /[.!?:"“”‘’(\-–—]\s*$/.test(text.slice(Math.max(sentenceStart, word.start - 3), word.start));
}

/**
 * Stems a document writes capitalised inside its sentences: a word that opens a sentence
 * ("Tulsa police released…") is a name when the document also writes it so elsewhere.
 */
export function documentNames(text: string, words: readonly Word[] = wordsIn(text, 0, text.length)): Set<string> {
  const names = new Set<string>();
  words.forEach((word, i) => {
    if (!/^\p{Lu}\p{Ll}/u.test(word.text) || i === 0 || STOP_WORDS.has(word.lower)) return;
    if (!/[.!?:"“”‘’(\-–—\n]\s*$/.test(text.slice(Math.max(0, word.start - 3), word.start))) names.add(word.stem);
  });
  return names;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}

function indexOrEnd(index: number, end: number): number {
  return index < 0 ? end : index;
}
