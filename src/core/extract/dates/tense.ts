/**
 * Which way a date without a year (or a bare weekday) points, read from the verbs next to
 * it in its own sentence. News is written in the past tense; a future cue ("will meet on
 * Monday", "talks are scheduled for January 10") turns the date forward.
 */
export type Tense = 'past' | 'future' | 'unknown';

const FUTURE = /^(to|will|won't|wo|'ll|shall|scheduled|expected|expects|due|plans|planned|planning|intends|upcoming|coming|tomorrow|would|expire|expires|payable|effective)$/i;
const PAST = /^(was|were|had|did|said|told|ago|last|earlier|been|came|went|met|held|began|took|made|gave|left|saw|fell|rose|died|won|lost|set|hit|paid|cut|sold|bought|spent|spoke|wrote|got|ran|became|brought|thought|felt|kept|knew|grew|chose|fought|broke|stood|sent|built|heard|struck|fled|sought|caught|drew|threw|flew|sank|shot|woke|withdrew|swore|led|meant|rode|hid|dealt|stuck|swept|slept|dug|spun|swung|forgot|forgave|froze|shook|stole|wore|tore)$/i;
/** A regular past tense; capitalised words ("United") and these look alike but are not. */
const REGULAR_PAST = /^[a-z]{3,}ed$/;
const NOT_PAST = /^(need|indeed|speed|proceed|succeed|exceed|hundred|seed|feed|breed|based|limited|red|bed|shed)$/;

/**
 * Opening the clause a date sits in, these put a present tense in the future: news writes
 * "if members accept the offer on Tuesday" or "once the deal is signed on Friday" of what
 * is still to come. A past verb in the clause ("if the offer was rejected on Tuesday") wins.
 */
const SUBORDINATOR = /^(if|unless|once|when|whenever|until|till)$/i;
/** After these a participle is passive; the auxiliary carries the tense: "is signed", "be held". */
const PRESENT_AUXILIARY = /^(is|are|am|be|being)$/i;
/** "is set to", "are slated for": a present auxiliary and one of these name a plan. */
const SCHEDULED = /^(set|slated|poised|scheduled|expected|due|planned)$/i;

/** Right before a date with a day number, these name a deadline still ahead ("completed by Dec. 15"). */
const DEADLINE_BEFORE = /\b(by|to|until|till|through|before|effective|payable|expire|expires)\s+$/i;

/** Right before a date, these end a state that lasts up to it. */
const UNTIL = /^(until|till|through)$/i;

/** Reads at most this many words on either side; a date's verb is close to it. */
const WINDOW_WORDS = 8;

/** . ! ? (by char code: this runs for every character of a sentence). */
function isStop(code: number): boolean {
  return code === 46 || code === 33 || code === 63;
}

function sentenceBounds(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  // A sentence ends at . ! ? followed by a space, or a line break; "19.69" is no boundary.
  while (from > 0 && start - from < 300 && !(text[from - 1] === '\n' || (isStop(text.charCodeAt(from - 2)) && /\s/.test(text[from - 1])))) from--;
  let to = end;
  while (to < text.length && to - end < 300 && !(text[to] === '\n' || (isStop(text.charCodeAt(to)) && /\s|$/.test(text[to + 1] ?? '')))) to++;
  return { from, to };
}

function readCue(word: string): Tense {
  // "I'll", "they'll": the contraction carries the future.
  if (FUTURE.test(word) || /\w'll$/i.test(word)) return 'future';
  if (PAST.test(word) || (REGULAR_PAST.test(word) && !NOT_PAST.test(word))) return 'past';
  return 'unknown';
}

/** Words recur from date to date: each is read once (bounded, as the extractor runs on every keystroke). */
const CUES = new Map<string, Tense>();
function cueOf(word: string): Tense {
  let cue = CUES.get(word);
  if (cue === undefined) {
    if (CUES.size >= 20000) CUES.clear();
    cue = readCue(word);
    CUES.set(word, cue);
  }
  return cue;
}

/** A word character of /[\w']/: letter, digit, underscore or apostrophe. */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 39;
}

/** The last `count` words (runs of [\w']) of text[from, to), in text order: what the loop before a date reads. */
function lastWords(text: string, from: number, to: number, count: number): string[] {
  const words: string[] = [];
  let i = to;
  while (words.length < count) {
    while (i > from && !isWordChar(text.charCodeAt(i - 1))) i--;
    if (i === from) break;
    const wordEnd = i;
    while (i > from && isWordChar(text.charCodeAt(i - 1))) i--;
    words.push(text.slice(i, wordEnd));
  }
  return words.reverse();
}

/** The first `count` words of text[from, to), stopping at `stop` (a char code) if given. */
function firstWords(text: string, from: number, to: number, count: number, stop: (code: number) => boolean): string[] {
  const words: string[] = [];
  let i = from;
  while (words.length < count) {
    while (i < to && !isWordChar(text.charCodeAt(i)) && !stop(text.charCodeAt(i))) i++;
    if (i === to || stop(text.charCodeAt(i))) break;
    const start = i;
    while (i < to && isWordChar(text.charCodeAt(i))) i++;
    words.push(text.slice(start, i));
  }
  return words;
}

/** , ; : end a subordinate clause. */
const isClauseEnd = (code: number) => code === 44 || code === 59 || code === 58;
const never = () => false;

export function tenseAround(text: string, start: number, end: number, hasDayNumber = false): Tense {
  const { from, to } = sentenceBounds(text, start, end);
  if (hasDayNumber && DEADLINE_BEFORE.test(text.slice(Math.max(from, start - 12), start))) return 'future';
  // Only the words next to the date are read: the loop below looks at WINDOW_WORDS and the one before.
  const before = lastWords(text, from, start, WINDOW_WORDS + 1);
  let subordinate = false;
  // "closed until Tuesday": a deadline word right before the date, read with a present verb.
  const deadline = before.length > 0 && UNTIL.test(before[before.length - 1]!);
  let present = false;
  // The verb governing the date usually stands just before it ("will meet on Monday").
  for (let i = before.length - 1, n = 0; i >= 0 && n < WINDOW_WORDS; i--, n++) {
    // "in contrast to Thursday": right before the date, "to" is a preposition, not "to meet".
    if (n === 0 && /^to$/i.test(before[i])) continue;
    const cue = cueOf(before[i]);
    if (cue === 'past' && i > 0 && PRESENT_AUXILIARY.test(before[i - 1])) {
      if (SCHEDULED.test(before[i])) return 'future';
      present = true;
      continue;
    }
    if (cue !== 'unknown') return cue;
    if (PRESENT_AUXILIARY.test(before[i])) present = true;
    // "until Tuesday": right before the date it is a preposition, not a clause opener.
    if (n > 0 && SUBORDINATOR.test(before[i])) {
      subordinate = true;
      break;
    }
  }
  // "the port is closed until Tuesday(, officials said)": a present state lasting up to the
  // day looks ahead, whatever the reporting verb after it says.
  if (deadline && present) return 'future';
  // A subordinate clause ends at its comma; its verb may follow the date ("if on Tuesday the union agrees").
  const after = firstWords(text, end, to, WINDOW_WORDS, subordinate ? isClauseEnd : never);
  for (let i = 0; i < after.length && i < WINDOW_WORDS; i++) {
    if (/^to$/i.test(after[i])) continue; // "from Cuba to Florida"
    const cue = cueOf(after[i]);
    if (cue === 'past' && i > 0 && PRESENT_AUXILIARY.test(after[i - 1])) continue;
    if (cue !== 'unknown') return cue;
  }
  // A present tense in a clause opened by "if" or "once" speaks of what is to come.
  return subordinate ? 'future' : 'unknown';
}
