/**
 * The speaker right before a speech verb (`Lavrov ` / `the spokesperson for the NSC ` /
 * `X, a lawyer, ` before "said"), found as the leftmost match of SUBJECT_BEFORE_VERB.
 *
 * The pattern must run to the end of the text it is given, so a global search tries it
 * at every word, and each try is costly (names, titles, role phrases, appositives). Here
 * it is tried only where a cheap scan allows a match to reach the end: the speaker and
 * the auxiliaries after it hold nothing but letters, digits, . ' ’ - / _ and white space
 * (and a short parenthesis, "(D-Mo.)"), save for one appositive, which runs from a comma
 * to the text's last comma. Positions are tried in order, so the first match is the
 * one the global search finds.
 */
import { isSpaceCode } from '../../text/charClasses.js';
import { detached } from '../../text/detached.js';
import { APPOSITIVE_SOURCE, SPEAKER_PHRASE_SOURCE, VERB_PREFIX_SOURCE } from './lexicon.js';
import { precompiled } from './precompiled.js';

const SUBJECT_BEFORE_VERB = precompiled(new RegExp(`(${SPEAKER_PHRASE_SOURCE})${APPOSITIVE_SOURCE}?\\s+${VERB_PREFIX_SOURCE}$`, 'uy'));

/** How many commas an appositive may hold, its closing one aside. */
const MAX_APPOSITIVE_COMMAS = 3;
/** The longest parenthesis a name may carry (NAME_SOURCE): `\([^()\n]{1,20}\)`. */
const MAX_PARENTHESIS = 20;
/**
 * The most white-space gaps a speaker phrase spans outside its parentheses: a name is up to
 * seven words and a parenthesis (7 gaps), so "NAME of the NAME" has 7 + 3 + 7, more than a
 * titled name (5 + 7) or a role phrase (5, then "for the NAME": 3 + 7).
 */
const MAX_SPEAKER_GAPS = 17;
/** The most gaps from a speaker to the verb: one, and three auxiliaries of up to three words ("in a statement"). */
const MAX_AUXILIARY_GAPS = 10;

/** Scratch space reused by every call: positions and gap counts, grown on demand. */
let stopAt = new Int32Array(256);
let stopGaps = new Int32Array(256);
let startAt = new Int32Array(256);
let startGaps = new Int32Array(256);

/** Where the subject stands in the text it was looked for in, and how it is written. */
export interface SubjectMatch {
  index: number;
  subject: string;
}

/** The same sentences come back in article after article (wire copy): answers are kept by text. */
const ANSWERS = new Map<string, SubjectMatch | null>();
// Keys are sentence pieces of up to 300 characters: a few megabytes at most.
const MAX_ANSWERS = 8_000;

/**
 * The subject right before the verb that follows `before`: where `SUBJECT_BEFORE_VERB`
 * (without the sticky flag) matches and its group 1.
 */
export function subjectBeforeVerb(before: string): SubjectMatch | null {
  let answer = ANSWERS.get(before);
  if (answer === undefined) {
    if (ANSWERS.size >= MAX_ANSWERS) ANSWERS.clear();
    const key = detached(before);
    const m = firstMatch(key);
    answer = m ? { index: m.index, subject: m[1] } : null;
    ANSWERS.set(key, answer);
  }
  return answer;
}

function firstMatch(before: string): RegExpExecArray | null {
  const n = before.length;
  if (stopAt.length < n) {
    stopAt = new Int32Array(n);
    stopGaps = new Int32Array(n);
    startAt = new Int32Array(n);
    startGaps = new Int32Array(n);
  }
  // One pass: the stops (characters a speaker phrase cannot hold but in a parenthesis or an
  // appositive), the places a speaker may start, and how many white-space runs (outside a
  // parenthesis) come before each.
  let stops = 0;
  let starts = 0;
  let gaps = 0;
  let parenthesisClose = -1;
  let previous = -1;
  for (let k = 0; k < n; k++) {
    const c = before.charCodeAt(k);
    if (!isSpeakerCode(c)) {
      stopAt[stops] = k;
      stopGaps[stops++] = gaps;
      if (c === 40 && k > parenthesisClose) parenthesisClose = parenthesisEnd(before, k);
    } else if (isSpaceCode(c)) {
      if (k > parenthesisClose && !(previous >= 0 && isSpaceCode(previous))) gaps++;
    } else if ((c < 128 ? isWordStartCode(c) : c < 0xdc00 || c > 0xdfff) && !continuesWord(previous)) {
      startAt[starts] = k;
      startGaps[starts++] = gaps;
    }
    previous = c;
  }
  // An appositive closes with the last comma, white space and nothing but auxiliaries after it.
  const lastComma = before.lastIndexOf(',');
  const closing =
    stops > 0 && stopAt[stops - 1] === lastComma && lastComma + 1 < n && isSpaceCode(before.charCodeAt(lastComma + 1)) && gaps - stopGaps[stops - 1] <= MAX_AUXILIARY_GAPS
      ? lastComma
      : -1;
  // Where the last character an appositive cannot hold stands: it must open after it.
  let lastBarrier = -1;
  for (let k = closing; k >= 0 && lastBarrier < 0; k--) if (isAppositiveBarrier(before.charCodeAt(k))) lastBarrier = k;

  let first = 0;
  for (let i = 0; i < starts; i++) {
    const s = startAt[i];
    while (first < stops && stopAt[first] < s) first++;
    // The first stop a speaker starting here cannot pass: a name may carry a parenthesis.
    let stop = first;
    while (stop < stops && before.charCodeAt(stopAt[stop]) === 40) {
      const close = parenthesisEnd(before, stopAt[stop]);
      if (close < 0) break;
      while (stop < stops && stopAt[stop] <= close) stop++;
    }
    if (stop < stops) {
      // Only an appositive gets past it: from this comma to the closing one.
      const x = stopAt[stop];
      if (before.charCodeAt(x) !== 44 || x >= closing || x <= lastBarrier) continue;
      if (stopGaps[stop] - startGaps[i] > MAX_SPEAKER_GAPS || commasBetween(before, x, closing) > MAX_APPOSITIVE_COMMAS) continue;
    } else if (gaps - startGaps[i] > MAX_SPEAKER_GAPS + MAX_AUXILIARY_GAPS) continue;
    SUBJECT_BEFORE_VERB.lastIndex = s;
    const m = SUBJECT_BEFORE_VERB.exec(before);
    if (m) return m;
  }
  return null;
}

/**
 * Whether the character before a position (-1 at the start) keeps a speaker from starting
 * there (WORD_START): an ASCII letter, digit, . ' - or ’. Other letters are left to the
 * pattern, as is a start beyond ASCII, but for half a surrogate pair, where the u-flagged
 * search never starts.
 */
function continuesWord(previous: number): boolean {
  return previous < 128 ? previous >= 0 && isWordStartCode(previous) : previous === 0x2019;
}

/** ASCII letters, digits and . ' - */
function isWordStartCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 39 || c === 45;
}

/** Letters, digits, marks, white space, . ' ’ - / _ and anything else beyond ASCII but quotation marks. */
function isSpeakerCode(c: number): boolean {
  if (c < 128) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 45 && c <= 57) || c === 39 || c === 95 || c === 32 || (c >= 9 && c <= 13);
  }
  return c !== 0x201c && c !== 0x201d && c !== 0xab && c !== 0xbb;
}

/** What an appositive (`[^,"“”«»\n]`) cannot hold between its commas. */
function isAppositiveBarrier(c: number): boolean {
  return c === 34 || c === 10 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb;
}

/** The `)` closing a parenthesis of 1 to 20 characters opened at `open`, or -1. */
function parenthesisEnd(text: string, open: number): number {
  const last = Math.min(text.length - 1, open + MAX_PARENTHESIS + 1);
  for (let k = open + 1; k <= last; k++) {
    const c = text.charCodeAt(k);
    if (c === 41) return k > open + 1 ? k : -1;
    if (c === 40 || c === 10) return -1;
  }
  return -1;
}

function commasBetween(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 44) count++;
  return count;
}
