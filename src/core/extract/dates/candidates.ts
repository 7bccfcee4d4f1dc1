/**
 * Which date parsers can match in a paragraph: one cheap scan of the text before chrono runs.
 *
 * Chrono runs each of its ~35 parser patterns over every character of the paragraph, and
 * most paragraphs can match only a few of them: no month name, no "ago", no season. Every
 * parser (ours and chrono's English ones) needs some word or character in its match, so a
 * single scan for those words says which parsers to run, and where: a parser runs only on
 * the sentences around its words (`windows`), and not at all without them (gatedParser.ts).
 * A parser skipped on some text is one that would have found nothing there, and refiners
 * still see the whole paragraph, so the results are the same.
 *
 * The lists are hand-written because each has to be a superset of what a parser's regex
 * can match, which no library derives from a regex. They are plain substrings, matched
 * case-insensitively inside words too: "day" also stands for "Sunday", "today" and
 * "midday". A word too many costs a little time; a word too few loses dates, which
 * test/unit/datePrescan.test.ts is there to catch.
 */

/** What a paragraph contains, as bits: see GATE_WORDS. */
export type GateBits = number;

const GATE_NAMES = [
  'digit', 'month', 'weekday', 'unitWord', 'ago', 'later', 'thisLast', 'presentPastFuture', 'quarter', 'relativeUnit',
  'season', 'weekend', 'set', 'anchoredDay', 'counted', 'duration', 'spelledYear', 'yearWord', 'casualDate', 'casualTime', 'monthWord',
  'fourDigits', 'yearDigits', 'digitSeparator',
] as const;
export type GateName = (typeof GATE_NAMES)[number];
export const GATE: Record<GateName, GateBits> = Object.fromEntries(GATE_NAMES.map((name, i) => [name, 1 << i])) as Record<GateName, GateBits>;

/**
 * Gates opened by a digit run rather than a word (see digitBits): `digit` is any run;
 * `fourDigits` a run of exactly four; `yearDigits` one of those from 1600 to 2099;
 * `digitSeparator` a run followed by / . or - and another digit ("5/13", "13.5", "2015-05").
 */
type DigitGate = 'digit' | 'fourDigits' | 'yearDigits' | 'digitSeparator';
const DIGIT_DETAIL = GATE.fourDigits | GATE.yearDigits | GATE.digitSeparator;

/** The words (lower case) whose presence opens each gate. */
const GATE_WORDS: Record<Exclude<GateName, DigitGate>, string[]> = {
  // Chrono's month names and abbreviations ("sept.", "september") all start with these.
  month: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  // ENWeekdayParser: names, abbreviations ("thurs."), "weekend", "weekday".
  weekday: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'weekend', 'weekday'],
  // Chrono's TIME_UNITS written out; the abbreviations ("5 m", "two hrs") are checked apart (ABBREVIATED_UNIT).
  unitWord: ['quarter', 'second', 'minute', 'month', 'hour', 'week', 'year', 'day'],
  // What ENTimeUnitAgoFormatParser and ENTimeUnitLaterFormatParser need after the unit.
  ago: ['ago', 'before', 'earlier'],
  later: ['later', 'after', 'from now', 'hence', 'forward', 'out'],
  // ENRelativeDateFormatParser's first word ("last mo", "this week").
  thisLast: ['this', 'last', 'past', 'next'],
  presentPastFuture: ['now', 'current', 'present', 'recent', 'lately', 'these days', 'past', 'future'],
  quarter: ['quarter', 'period'],
  relativeUnit: ['week', 'month', 'year', 'decade', 'century'],
  season: ['winter', 'spring', 'summer', 'fall', 'autumn'],
  weekend: ['weekend'],
  set: ['each', 'every', 'daily', 'weekly', 'monthly', 'annually', 'yearly', 'nightly'],
  // AnchoredDayParser writes its phrases with single spaces.
  anchoredDay: ['the next', 'the following', 'the previous', 'the preceding', 'the day', 'the night', 'that day', 'that night', 'that morning', 'that evening'],
  counted: ['later', 'earlier'],
  duration: ['second', 'minute', 'hour', 'day', 'night', 'week', 'month', 'year', 'decade', 'centur', 'quarter'],
  spelledYear: ['nineteen', 'eighteen', 'twent', 'thousand', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties', 'century'],
  yearWord: ['year'],
  casualDate: ['now', 'today', 'tonight', 'morrow', 'tmr', 'yesterday', 'night'],
  casualTime: ['morning', 'noon', 'evening', 'night', 'midday'],
  monthWord: ['month'],
};

/** The three letters every month and weekday name (or abbreviation) of chrono's starts with. */
const NAMES = new Set([...GATE_WORDS.month, ...GATE_WORDS.weekday.filter((w) => w.length === 3)]);

/** Each word's bits, with the bits of every listed word inside it ("weekend" holds "week"). */
const BITS_OF = new Map<string, GateBits>();
{
  const entries = Object.entries(GATE_WORDS) as [GateName, string[]][];
  for (const [name, words] of entries) for (const w of words) BITS_OF.set(w, (BITS_OF.get(w) ?? 0) | GATE[name]);
  const own = new Map(BITS_OF);
  for (const w of BITS_OF.keys()) for (const [inner, bits] of own) if (w.includes(inner)) BITS_OF.set(w, BITS_OF.get(w)! | bits);
  // Month and weekday abbreviations are checked where they stand (nameBits), not by closure:
  // "month" holds "mon", "decade" holds "dec", and neither names a month or a weekday.
  for (const [w, bits] of BITS_OF) if (NAMES.has(w.slice(0, 3))) BITS_OF.set(w, bits & ~(GATE.month | GATE.weekday));
}

/**
 * A month name where chrono reads one: the whole name or abbreviation, then no letter
 * unless it is one chrono allows glued on ("Mar1", "Marfirst", "Mayof 1990"). Before it,
 * no letter unless "in", "of" or an ordinal's end ("5thMarch").
 */
const MONTH_AT =
  /(?:january|february|march|april|may|june|july|august|september|sept|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)(?=[^a-z]|$|of|fir|sec|thi|fou|fif|six|sev|eig|nin|ten|ele|twe)/iy;
const MONTH_BEFORE = /^(?:in|of|st|nd|rd|th)$/i;
/** The same for weekdays (ENWeekdayParser): "on", "this", "last", "past", "next" may be glued on. */
const WEEKDAY_AT = /(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|thurs|thur|thu|tues|tue|sun|mon|wed|fri|sat)(?=[^a-z]|$|of|this|last|past|next)/iy;
const WEEKDAY_BEFORE = /(?:on|this|last|past|next)$/i;

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** The month and weekday bits of a name starting at `at`. */
function nameBits(text: string, at: number): GateBits {
  let bits = 0;
  const letterBefore = at > 0 && isLetter(text.charCodeAt(at - 1));
  MONTH_AT.lastIndex = at;
  if (MONTH_AT.test(text) && (!letterBefore || MONTH_BEFORE.test(text.slice(Math.max(0, at - 2), at)))) bits |= GATE.month;
  WEEKDAY_AT.lastIndex = at;
  if (WEEKDAY_AT.test(text) && (!letterBefore || WEEKDAY_BEFORE.test(text.slice(Math.max(0, at - 4), at)))) bits |= GATE.weekday;
  return bits;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * The gates of the digit run text[at, end). Digit runs are found whole (the scan takes
 * `\d+`), and a window never starts or ends inside one (it starts after a space), so a
 * parser that needs four digits between non-digits needs a run of exactly four.
 */
function digitBits(text: string, at: number, end: number): GateBits {
  let bits = GATE.digit;
  if (end - at === 4) {
    bits |= GATE.fourDigits;
    const a = text.charCodeAt(at);
    const b = text.charCodeAt(at + 1);
    if ((a === 49 && b >= 54) || (a === 50 && b === 48)) bits |= GATE.yearDigits;
  }
  const next = text.charCodeAt(end);
  if ((next === 47 || next === 46 || next === 45) && isDigit(text.charCodeAt(end + 1))) bits |= GATE.digitSeparator;
  return bits;
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Longest first, so that at each position the longest word is the one reported. */
const SCAN = new RegExp(['\\d+', ...[...BITS_OF.keys()].sort((a, b) => b.length - a.length).map(escape)].join('|'), 'gi');

/**
 * Chrono's abbreviated units (s, m, h, d, w, y, sec, min, hr, mo, mon, qtr, yr) are only
 * read after a count or one of the words its unit parsers put before them, so they count
 * only there: "in 5 m", "two hrs ago", "last mo", and also "for them" (for the m[inute])
 * and "they later" (the y[ear] later), which chrono's patterns do match (its parsers then
 * drop them). Forms glued to a following word ("in 5 mand 3 s") are not English and not
 * looked for.
 */
const COUNT = '(?:\\d+(?:\\.\\d+)?|eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten|half(?:\\s{0,2}an?)?|an?\\b(?:\\s{0,2}few)?|few|several|the|a?\\s{0,2}couple\\s{0,2}(?:of)?)';
const ABBREVIATION = '(?:sec|mins?|hrs?|mon|mos?|qtr|yr|[smhdwy])';
const ABBREVIATED_UNIT = new RegExp(
  `(?:within|in|for|this|last|past|next|after|[+-])\\s*(?:(?:about|around|roughly|approximately|just)\\s*(?:~\\s*)?)?(?:(?:about|around)\\s{0,3})?(?:${COUNT}\\s{0,3})?${ABBREVIATION}(?![a-z])` +
    `|${COUNT}\\s{0,3}${ABBREVIATION}\\s{0,5}(?:ago|before|earlier|later|after|from|hence|forward|out)`,
  'i'
);

/** A gate word found in a paragraph: where (paragraph offsets) and which gates it opens. */
export interface GateHit {
  start: number;
  end: number;
  bits: GateBits;
}

export interface Window {
  start: number;
  end: number;
}

/**
 * How much text a window keeps around the sentences that hold its parser's words: more
 * than a match reaches into a neighbouring sentence ("Sept. 5", "5 p.m. in the morning")
 * plus what the parser reads around a match (SetParser looks 30 characters back).
 */
const MARGIN = 64;
/** Windows closer than this are searched as one: each search has a fixed cost. */
const JOIN_GAP = 200;
/** Where a sentence may begin, for windows: after . ! ? and a space. Line breaks are not used: a date may run over one. */
const SENTENCE_BOUNDARY = /[.!?]\s/g;

/** Index of the last element <= x, or -1. */
function floorIndex(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** What one paragraph (or any stretch of text) contains, for the parser gates. */
export class DateCandidates {
  private abbreviatedUnit: boolean | undefined;
  private boundaries: number[] | undefined;
  private readonly windowsByBit = new Map<GateBits, Window[]>();

  constructor(
    private readonly text: string,
    readonly bits: GateBits,
    /** The gate words in text order (paragraph offsets); without them windows cover the paragraph. */
    private readonly hits?: readonly GateHit[]
  ) {}

  has(bit: GateBits): boolean {
    return (this.bits & bit) !== 0;
  }

  /** Whether any parser can match at all. */
  any(): boolean {
    return this.bits !== 0 || this.hasUnit();
  }

  /** Whether a time unit is written, in full or as chrono's abbreviations. */
  hasUnit(): boolean {
    if (this.has(GATE.unitWord)) return true;
    this.abbreviatedUnit ??= ABBREVIATED_UNIT.test(this.text);
    return this.abbreviatedUnit;
  }

  /**
   * The parts of the paragraph where a parser that needs one of `bit`'s words can match:
   * each sentence holding such a word, widened by whole sentences to at least MARGIN
   * characters either side (or to the paragraph's edge), nearby ones joined. Every match of
   * the parser contains the word, so each lies well inside a window, where its pattern and
   * its lookarounds see the same text as in the whole paragraph.
   */
  windows(bit: GateBits): Window[] {
    let windows = this.windowsByBit.get(bit);
    if (windows) return windows;
    if (!this.hits) return [{ start: 0, end: this.text.length }];
    windows = [];
    const edges = (this.boundaries ??= sentenceBoundaries(this.text));
    const length = this.text.length;
    // One sentence: any window is all of it.
    if (edges.length === 0) {
      if (this.hits.some((hit) => (hit.bits & bit) !== 0)) windows.push({ start: 0, end: length });
      this.windowsByBit.set(bit, windows);
      return windows;
    }
    for (const hit of this.hits) {
      if ((hit.bits & bit) === 0) continue;
      const last = windows[windows.length - 1];
      const first = floorIndex(edges, hit.start);
      const sentenceStart = first < 0 ? 0 : edges[first]!;
      const before = floorIndex(edges, sentenceStart - MARGIN);
      const start = before < 0 ? 0 : edges[before]!;
      let after = floorIndex(edges, Math.max(hit.start, hit.end - 1)) + 1;
      const sentenceEnd = after < edges.length ? edges[after]! : length;
      while (after < edges.length && edges[after]! < sentenceEnd + MARGIN) after++;
      const end = after < edges.length ? edges[after]! : length;
      if (last && start - last.end < JOIN_GAP) last.end = Math.max(last.end, end);
      else windows.push({ start, end });
    }
    this.windowsByBit.set(bit, windows);
    return windows;
  }
}

/** Positions just after ". ", "! ", "? " (a space of any kind): where a window may start or end. */
function sentenceBoundaries(text: string): number[] {
  const out: number[] = [];
  SENTENCE_BOUNDARY.lastIndex = 0;
  for (let m = SENTENCE_BOUNDARY.exec(text); m; m = SENTENCE_BOUNDARY.exec(text)) {
    out.push(m.index + 2);
    SENTENCE_BOUNDARY.lastIndex = m.index + 1;
  }
  return out;
}

/** The gate bits of each [start, end) span of `text` (sorted, disjoint), from one scan. */
export function scanCandidates(text: string, spans: readonly { start: number; end: number }[]): GateBits[] {
  return scanHits(text, spans).map((found) => found.bits);
}

/** The gate bits and gate words (offsets within the span) of each span of `text`, from one scan. */
export function scanHits(text: string, spans: readonly { start: number; end: number }[]): { bits: GateBits; hits: GateHit[] }[] {
  const out = spans.map(() => ({ bits: 0, hits: [] as GateHit[] }));
  let k = 0;
  SCAN.lastIndex = 0;
  for (let m = SCAN.exec(text); m; m = SCAN.exec(text)) {
    const at = m.index;
    while (k < spans.length && spans[k]!.end <= at) k++;
    if (k === spans.length) break;
    const word = m[0];
    const digits = word.charCodeAt(0) <= 57;
    const lower = digits ? '' : word.toLowerCase();
    const end = at + word.length;
    let bits = digits ? digitBits(text, at, end) : BITS_OF.get(lower) ?? ~0;
    if (!digits && NAMES.has(lower.slice(0, 3))) bits |= nameBits(text, at);
    // A word cut by a chunk's edge opens the gates on both sides: too many is harmless.
    // A digit run cut so is a different run in each chunk: it opens all the digit gates.
    for (let j = k; j < spans.length && spans[j]!.start < end; j++) {
      const span = spans[j]!;
      const own = digits && (span.start > at || span.end < end) ? bits | DIGIT_DETAIL : bits;
      out[j]!.bits |= own;
      if (own !== 0) out[j]!.hits.push({ start: Math.max(0, at - span.start), end: Math.min(span.end, end) - span.start, bits: own });
    }
    // Every position where a word starts: "Sunday" is "sun" and "day".
    SCAN.lastIndex = digits ? at + word.length : at + 1;
  }
  return out;
}
