/**
 * Rejection filters: numbers that are not amounts. Two kinds: filters on a number
 * mention alone (inside a date or time span, a year, a list number, a phone number,
 * a day of a month, a model name such as "F-16") and filters on a finished figure
 * (a bare year, a label such as "Nord Stream 2", "one" used as a pronoun).
 */
import type { Span } from '../../types.js';
import { after, before, type FigureDraft } from './draft.js';
import { SpanSet } from './spanSet.js';
import type { NumberMention } from './numberMentions.js';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const MONTH_BEFORE = new RegExp(`(?:^|[^\\p{L}])${MONTH}\\.?[ \\t\\u00a0]+(?:the[ \\t]+)?$`, 'iu');
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?[ \\t\\u00a0]+(?:of[ \\t]+)?${MONTH}(?![\\p{L}])`, 'iu');
const CLOCK_AFTER = /^[ \t\u00a0]*(?:a\.?m\.?|p\.?m\.?|o'clock|GMT|UTC|ET|EST|CET)(?![\p{L}])/u;
const LINE_START = /(?:^|\n)[ \t]*$/;
const LIST_MARK_AFTER = /^(?:[ \t]*(?:\r?\n|$)|[.)][ \t])/;
/** "+1-222-2222", "(555) 123-4567", "555-123-4567"; not "1000-5000", a range. */
const PHONE = /\+\d{1,3}(?:[ .-]\(?\d{1,4}\)?){2,5}|\(\d{2,4}\)[ .-]?\d{3,4}[ .-]\d{3,4}|(?<![\d.,])\d{3}[.-]\d{3}[.-]\d{4}(?![\d])/g;
/** "405 Williams Ave.", "10 Downing Street": a house number. */
const STREET_AFTER = /^[ \t\u00a0]+(?:\p{Lu}[\p{L}'’-]*[ \t\u00a0]+){1,3}(?:St|Street|Ave|Avenue|Road|Rd|Blvd|Boulevard|Lane|Ln|Drive|Dr|Place|Pl|Square|Sq|Court|Ct|Terrace|Highway|Hwy)(?![\p{L}])/u;
const URLISH = /(?:https?:\/\/|www\.)/i;
const YEAR_PREPOSITION = /(?:^|[^\p{L}])(?:in|since|by|until|till|from|to|of|before|after|during|through|between|and|early|late|mid|the|year|fiscal|summer|winter|spring|autumn|fall)[ \t\u00a0-]+$/iu;

export function phoneSpans(text: string): Span[] {
  const out: Span[] = [];
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(text); m; m = PHONE.exec(text)) {
    const digits = m[0].replace(/\D/g, '').length;
    if (digits >= 7) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Mentions that are parts of dates, times, lists, phone numbers, names or addresses. */
export function rejectMentions(text: string, mentions: NumberMention[], exclude: readonly Span[]): NumberMention[] {
  const excluded = new SpanSet(exclude);
  const phones = new SpanSet(phoneSpans(text));
  return mentions.filter((m) => {
    if (excluded.overlaps(m.start, m.end) || phones.overlaps(m.start, m.end)) return false;
    if (m.afterHyphenatedWord) return false; // "F-16", "Covid-19"
    if (m.words) return true;
    const ahead = after(text, m.end, 24);
    const behind = before(text, m.start, 24);
    if (MONTH_BEFORE.test(behind) || MONTH_AFTER.test(ahead)) return false; // a day the date extractor missed
    if (CLOCK_AFTER.test(ahead) || STREET_AFTER.test(ahead)) return false;
    if (LINE_START.test(behind) && LIST_MARK_AFTER.test(ahead) && Number.isInteger(m.value) && m.value < 1000) return false; // "1\n", "2. "
    if (insideUrl(text, m.start)) return false;
    if (/[#/=@]$/.test(behind) || /^[/@]\d/.test(ahead)) return false;
    return true;
  });
}

/** Inside a web address: the whitespace-free token around the number has "://" or "www.". */
function insideUrl(text: string, offset: number): boolean {
  let i = offset;
  const limit = Math.max(0, offset - 500);
  while (i > limit && !/\s/.test(text[i - 1]!)) i--;
  return URLISH.test(text.slice(i, offset));
}

/** "2014", "1990-1995": four-digit numbers in the range of years, with nothing that makes them an amount. */
function isYearLike(d: FigureDraft, text: string): boolean {
  if (d.mentions.length === 0) return false;
  return d.mentions.every((m) => !m.words && m.kind === 'integer' && m.scale === 1 && m.value >= 1900 && m.value <= 2100 && m.end - m.start === 4 && /^\d{4}$/.test(text.slice(m.start, m.end)));
}

/** "Nord Stream 2", "Article 5", "Windows 10": digits right after a capitalised word inside a sentence. */
function isLabel(d: FigureDraft, text: string): boolean {
  if (d.mentions.length !== 1 || d.mentions[0]!.words || d.bounded) return false;
  const behind = before(text, d.start, 40);
  const m = /(\p{Lu}[\p{L}]*)[ \t\u00a0]+$/u.exec(behind);
  if (!m) return false;
  const beforeWord = behind.slice(0, m.index);
  const sentenceStart = beforeWord.trim() === '' || /[.!?:;"“”(\n][ \t"“”']*$/.test(beforeWord);
  return !sentenceStart;
}

/** "a 6-3 vote", "89-52", "3-for-2": numbers joined by a hyphen that did not make a range are a score or a ratio. */
function isScore(d: FigureDraft, text: string): boolean {
  if (d.mentions.length !== 1 || d.mentions[0]!.words) return false;
  return /\d[-–][ \t]*$/.test(before(text, d.start, 3)) || /^[ \t]*[-–](?:\d|for-\d|to-\d)/.test(after(text, d.end, 8));
}

/** "the 486 chip", "a 747 jet": a plain number between a determiner and a singular noun is a model name. */
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|its|their|his|her|our|this|that|[\p{L}]+['’]s)[ \t\u00a0]+$/iu;
const SINGULAR_NOUN_AFTER = /^[ \t\u00a0]+(\p{Ll}[\p{L}-]*)/u;
function isModelNumber(d: FigureDraft, text: string): boolean {
  if (d.mentions.length !== 1 || d.unitKind !== null || d.bounded) return false;
  const m = d.mentions[0]!;
  if (m.words || m.kind !== 'integer' || m.scale !== 1 || m.value < 10) return false;
  if (!/^\d+$/.test(text.slice(m.start, m.end)) || !DETERMINER_BEFORE.test(before(text, d.start, 24))) return false;
  const next = SINGULAR_NOUN_AFTER.exec(after(text, d.end, 30));
  return !!next && !FUNCTION_WORDS.has(next[1]!.toLowerCase());
}
const FUNCTION_WORDS = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'as', 'that', 'which', 'who', 'a', 'an', 'the', 'than', 'per', 'a-year', 'forecast']);

/** Figures that are not claims: bare years, labels, the pronoun "one", lone word numbers. */
export function rejectFigures(text: string, drafts: FigureDraft[]): FigureDraft[] {
  return drafts.filter((d) => {
    const strongUnit = d.unitKind === 'currency' || d.unitKind === 'percent' || d.unitKind === 'age';
    if (strongUnit) return true;
    if (isScore(d, text) || isModelNumber(d, text)) return false;
    if (isYearLike(d, text) && (d.unitKind === null || YEAR_PREPOSITION.test(before(text, d.start, 16)))) return false;
    if (isLabel(d, text) && !(d.unitKind === 'noun' && d.unit !== null && /s$|people/.test(d.unit))) return false;
    const m = d.mentions[0];
    if (d.mentions.length === 1 && m) {
      // Keep "one" only as part of a larger number ("one million") or with money, percent or age.
      if (m.loneOne) return false;
      // Word numbers and fractions count something: without a counted noun they are rarely claims ("the two", "half").
      if (m.words && d.unitKind === null && !d.bounded && !(m.scale > 1)) return false;
      if (m.kind === 'fraction' && !m.words && d.unitKind === null) return false; // "3/4" alone is rarely an amount in news
      if (m.kind === 'fraction' && m.words && /^[-‐‑]/.test(after(text, d.end, 1))) return false; // "half-brother", "quarter-final"
      // A bare number ending a line that is not a sentence: a counter or caption index ("negotiations 1").
      if (!m.words && m.kind === 'integer' && m.scale === 1 && m.value < 100 && d.unitKind === null && !d.bounded && /^[ \t]*(?:\r?\n|$)/.test(after(text, d.end, 4))) return false;
    }
    return true;
  });
}
