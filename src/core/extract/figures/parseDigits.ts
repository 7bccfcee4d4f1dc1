/**
 * Digit parser: numbers written with digits ("122,000", "1 234 567", "4.800", ".08",
 * "3/4", "1.3e6", "10k", "3bn"). Times ("7:24"), dotted versions/addresses and slash
 * dates are recognised so that their parts are not read as one number.
 */
import { FUSED_MULTIPLIERS, SPACED_MULTIPLIERS } from './vocabulary.js';

export type NumberKind = 'integer' | 'decimal' | 'fraction' | 'power';

export interface DigitNumber {
  start: number;
  end: number;
  value: number;
  kind: NumberKind;
  /** A multiplier suffix was read ("10k", "3bn", "2.33 k"). */
  multiplied: boolean;
  /** Digits joined by a hyphen to a preceding word: "F-16", "Covid-19", "SCP-173". */
  afterHyphenatedWord: boolean;
}

// Order matters: the first alternative that matches at a position wins. Groups are
// numbered (named groups make every match allocate a groups object, slow on long texts).
const GROUPS = ['time', 'isoDate', 'dottedDate', 'dotted', 'slashes', 'power', 'fraction', 'grouped', 'spaced', 'commaDecimal', 'plain'] as const;
type GroupName = (typeof GROUPS)[number];
const DIGIT_NUMBER = new RegExp(
  '(?<![\\p{L}\\p{N}_])(?<!\\d\\.)(?:' +
    [
      '(\\d{1,2}:\\d{2}(?::\\d{2})?(?!\\d))',
      '(\\d{4}-\\d{1,2}-\\d{1,2}(?!\\d))',
      '(\\d{1,2}\\.\\d{1,2}\\.\\d{4}(?!\\d)|\\d{4}\\.\\d{1,2}\\.\\d{1,2}(?!\\d))',
      '(\\d+(?:\\.\\d+){2,})',
      '(\\d+(?:\\/\\d+){2,})',
      '(\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+|\\^[+-]*\\d+))(?![\\d.\\p{L}])',
      '(\\d+\\/\\d+)(?![\\d/])',
      '(\\d{1,3}(?:,\\d{3})+(?!\\d|,\\d)(?:\\.\\d+)?)',
      '(\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?![\\d,])(?:\\.\\d+)?)',
      '((?<!\\d,)\\d+,\\d{1,2}(?!\\d|,\\d))',
      '(\\d+(?:\\.\\d+)?|\\.\\d+)',
    ].join('|') +
    ')',
  'gu',
);

const FUSED_SUFFIX = /^[\p{L}]+/u;
const SPACED_SUFFIX = /^[ \t]+(\p{L}+)(?![\p{L}\p{N}])/u;
const CURRENCY_BEFORE = /[$€£¥₹]\s?$/u;
const CURRENCY_LETTERS = /^(?:元|ரூ)/u;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th|d)$/i;

function powerValue(text: string): number {
  const caret = text.indexOf('^');
  if (caret < 0) return Number(text);
  const base = Number(text.slice(0, caret));
  const exponentPart = text.slice(caret + 1);
  const minuses = (exponentPart.match(/-/g) ?? []).length;
  const exponent = Number(exponentPart.replace(/[+-]/g, ''));
  return Math.pow(base, minuses % 2 === 1 ? -exponent : exponent);
}

/** Reads a matched number, or null when the match is a time or a date-like chain. */
/** Built field by field: object spread is a slow path in V8 and this runs once per number. */
function digitNumber(start: number, end: number, value: number, kind: NumberKind, multiplied = false): DigitNumber {
  return { start, end, value, kind, multiplied, afterHyphenatedWord: false };
}

function readMatch(groups: Partial<Record<GroupName, string>>, start: number): DigitNumber[] | null {
  if (groups.time !== undefined || groups.slashes !== undefined || groups.isoDate !== undefined || groups.dottedDate !== undefined) return null;
  if (groups.dotted !== undefined) {
    // "192.168.1.2": each part is a number of its own.
    const out: DigitNumber[] = [];
    let offset = start;
    for (const part of groups.dotted.split('.')) {
      out.push(digitNumber(offset, offset + part.length, Number(part), 'integer'));
      offset += part.length + 1;
    }
    return out;
  }
  const [raw, kind, value] = ((): [string, NumberKind, number] => {
    if (groups.power !== undefined) return [groups.power, 'power', powerValue(groups.power)];
    if (groups.fraction !== undefined) {
      const [n, d] = groups.fraction.split('/').map(Number);
      return [groups.fraction, 'fraction', n! / d!];
    }
    if (groups.grouped !== undefined) return [groups.grouped, groups.grouped.includes('.') ? 'decimal' : 'integer', Number(groups.grouped.replace(/,/g, ''))];
    if (groups.spaced !== undefined) return [groups.spaced, groups.spaced.includes('.') ? 'decimal' : 'integer', Number(groups.spaced.replace(/[ \u00a0\u202f]/g, ''))];
    if (groups.commaDecimal !== undefined) return [groups.commaDecimal, 'decimal', Number(groups.commaDecimal.replace(',', '.'))];
    const plain = groups.plain!;
    return [plain, plain.includes('.') ? 'decimal' : 'integer', Number(plain)];
  })();
  return [digitNumber(start, start + raw.length, value, Number.isInteger(value) && kind === 'decimal' ? 'integer' : kind)];
}

/**
 * Applies a multiplier suffix, or rejects digits fused with letters: "29km", "4th" and
 * "G7" are measures, ordinals and names, not bare numbers.
 */
function attachSuffix(text: string, n: DigitNumber): DigitNumber | null {
  const after = text.slice(n.end, n.end + 12);
  const fused = FUSED_SUFFIX.exec(after);
  if (fused && CURRENCY_LETTERS.test(fused[0])) return n; // "100元"
  if (fused) {
    const suffix = fused[0];
    let multiplier = FUSED_MULTIPLIERS[suffix];
    // "£300m" is 300 million, "1m" alone is a metre.
    if (multiplier === undefined && suffix === 'm' && CURRENCY_BEFORE.test(text.slice(Math.max(0, n.start - 2), n.start))) multiplier = 1e6;
    if (multiplier === undefined || n.kind === 'fraction' || n.kind === 'power' || ORDINAL_SUFFIX.test(suffix)) return null;
    return digitNumber(n.start, n.end + suffix.length, n.value * multiplier, 'integer', true);
  }
  const spaced = SPACED_SUFFIX.exec(after);
  if (spaced && n.kind !== 'fraction' && n.kind !== 'power') {
    const multiplier = SPACED_MULTIPLIERS[spaced[1]!];
    if (multiplier !== undefined) return digitNumber(n.start, n.end + spaced[0].length, n.value * multiplier, 'integer', true);
  }
  return n;
}

/** Every number written with digits, in text order. */
export function parseDigitNumbers(text: string): DigitNumber[] {
  const out: DigitNumber[] = [];
  DIGIT_NUMBER.lastIndex = 0;
  for (let m = DIGIT_NUMBER.exec(text); m; m = DIGIT_NUMBER.exec(text)) {
    const groups: Partial<Record<GroupName, string>> = {};
    for (let g = 0; g < GROUPS.length; g++) {
      if (m[g + 1] !== undefined) {
        groups[GROUPS[g]!] = m[g + 1];
        break;
      }
    }
    const read = readMatch(groups, m.index);
    if (!read) continue;
    for (const n of read) {
      const withSuffix = attachSuffix(text, n);
      if (!withSuffix) continue;
      // "F-16" but not "5k-20k", where the letter is a multiplier of a number
      const lead = text.slice(Math.max(0, n.start - 6), n.start);
      withSuffix.afterHyphenatedWord = /\p{L}[-‐‑]$/u.test(lead) && !/\d\p{L}{1,3}[-‐‑]$/u.test(lead);
      out.push(withSuffix);
    }
    DIGIT_NUMBER.lastIndex = Math.max(DIGIT_NUMBER.lastIndex, out.length ? out[out.length - 1]!.end : 0);
  }
  return out;
}
