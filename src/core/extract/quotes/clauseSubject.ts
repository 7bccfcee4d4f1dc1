/**
 * Whether a phrase stands as a sentence's subject, asked of nearly every capitalised
 * phrase in an article. Scanned on character codes: slicing the next 160 characters and
 * running four small patterns on them for each phrase cost more than the rest of the test.
 */
import { isSpaceCode } from '../../text/charClasses.js';
import { sentenceStart } from '../../text/sentences.js';

/** How far after the phrase its verb is looked for. */
const VERB_WINDOW = 160;
/** How long an appositive between a subject and its verb may be (`, a medical doctor, `). */
const APPOSITIVE_MIN = 2;
const APPOSITIVE_MAX = 120;
/** A lower-case word that continues a list or a phrase rather than being the verb. */
const CLAUSE_CONTINUES = /^(?:and|or|but|of|in|on|at|for|to|with|from|by|as|who|whom|whose|which|that)\b/;
const LOWER_CASE = /^\p{Ll}/u;
/** An introductory phrase before the subject: "On Monday night, Clinton leaned in", "Chastened by X, as well as Y, Trump revised". */
const INTRODUCTORY = /^[^"“”]{1,110},\s+(?:the\s+)?$/i;

/**
 * Whether a phrase is a sentence's subject: it opens the sentence (or follows a short
 * introductory phrase, "On Monday night, Clinton leaned in") and a lower-case word, its
 * verb, comes next. Callers asking about many phrases in text order pass one `starts` for the text.
 */
export function opensClause(text: string, start: number, end: number, starts: SentenceStarts = new SentenceStarts(text)): boolean {
  const limit = Math.min(text.length, end + VERB_WINDOW);
  // The verb may follow an appositive: "Dean, a medical doctor, then appeared".
  let verb = appositiveEnd(text, end, limit);
  if (verb < 0) {
    verb = end;
    while (verb < limit && isLineSpace(text.charCodeAt(verb))) verb++;
    if (verb === end) return false;
  }
  if (verb >= limit || !startsLowerCase(text, verb, limit) || CLAUSE_CONTINUES.test(text.slice(verb, limit))) return false;
  const sentence = starts.at(start, Math.max(0, start - 120));
  return onlyBlankOrThe(text, sentence, start) || INTRODUCTORY.test(text.slice(sentence, start));
}

/** White space other than a line break, `[^\S\n]`. */
function isLineSpace(c: number): boolean {
  return c !== 10 && isSpaceCode(c);
}

/** What ends an appositive's words: `[,"“”\n]`. */
function isAppositiveStop(c: number): boolean {
  return c === 44 || c === 0x22 || c === 0x201c || c === 0x201d || c === 10;
}

/**
 * Where `, a medical doctor, ` starting at `end` ends (before `limit`), or -1: as the
 * pattern `^,[^\S\n]+[^,"“”\n]{2,120},[^\S\n]+` would match it. The words run to the first
 * comma, quotation mark or line break; the spaces opening them may be split between
 * `[^\S\n]+` and the words any way that leaves the words 2 to 120 characters long.
 */
function appositiveEnd(text: string, end: number, limit: number): number {
  if (end >= limit || text.charCodeAt(end) !== 44) return -1;
  const open = end + 1;
  let k = open;
  while (k < limit && isLineSpace(text.charCodeAt(k))) k++;
  const spaces = k - open;
  if (spaces === 0) return -1;
  while (k < limit && !isAppositiveStop(text.charCodeAt(k))) k++;
  if (k >= limit || text.charCodeAt(k) !== 44) return -1;
  const length = k - open;
  if (Math.max(1, length - APPOSITIVE_MAX) > Math.min(spaces, length - APPOSITIVE_MIN)) return -1;
  const close = ++k;
  while (k < limit && isLineSpace(text.charCodeAt(k))) k++;
  return k === close ? -1 : k;
}

/** Whether the character at `k` (read no further than `limit`) is a lower-case letter, `^\p{Ll}`. */
function startsLowerCase(text: string, k: number, limit: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 128) return c >= 97 && c <= 122;
  // A surrogate pair cut by the limit is no letter, as in a slice.
  const pair = c >= 0xd800 && c <= 0xdbff && k + 1 < limit;
  return LOWER_CASE.test(text.slice(k, pair ? k + 2 : k + 1));
}

/** `^\s*(?:the\s+)?$` on text[from, to) (any case of "the"). */
function onlyBlankOrThe(text: string, from: number, to: number): boolean {
  let k = from;
  while (k < to && isSpaceCode(text.charCodeAt(k))) k++;
  if (k === to) return true;
  if (to - k < 4 || (text.charCodeAt(k) | 32) !== 116 || (text.charCodeAt(k + 1) | 32) !== 104 || (text.charCodeAt(k + 2) | 32) !== 101) return false;
  k += 3;
  if (!isSpaceCode(text.charCodeAt(k))) return false;
  while (k < to && isSpaceCode(text.charCodeAt(k))) k++;
  return k === to;
}

/**
 * `sentenceStart` for phrases asked about in text order: the phrases of one sentence
 * would each walk back over it, so the walk reuses the last answer where that is exact.
 */
export class SentenceStarts {
  private lastPos = -1;
  private lastFloor = 0;
  private lastStart = 0;

  constructor(private readonly text: string) {}

  /** `sentenceStart(text, pos, floor)`. */
  at(pos: number, floor: number): number {
    const start = this.walk(pos, floor);
    this.lastPos = pos;
    this.lastFloor = floor;
    this.lastStart = start;
    return start;
  }

  private walk(pos: number, floor: number): number {
    const { text, lastPos, lastFloor, lastStart } = this;
    if (lastPos < 0 || pos < lastPos || floor < lastFloor || floor >= lastPos) return sentenceStart(text, pos, floor);
    // Only the characters since the last phrase are new; a sentence edge among them is the answer.
    const fresh = sentenceStart(text, pos, lastPos);
    if (fresh !== lastPos) return fresh;
    // Else the edge found last time, if it is still above the floor.
    if (lastStart === lastFloor) return floor; // none down to an even lower floor
    if (lastStart - 1 < floor) return floor; // the edge is below the floor
    // The edge is the character just before the last start unless closing quotation marks were skipped after it.
    const c = text.charCodeAt(lastStart - 1);
    const edge = c === 46 || c === 33 || c === 63 || c === 10 || c === 13; // . ! ? \n \r
    return edge && lastStart < lastPos ? lastStart : sentenceStart(text, pos, floor);
  }
}
