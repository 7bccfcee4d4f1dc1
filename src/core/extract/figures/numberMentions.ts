/**
 * Number-word parser and the numeric-mention scanner built on it. Text is cut into
 * tokens (words, and numbers already read by the digit parser); a phrase parser walks
 * the tokens and reads cardinals ("twenty-one trillion and three hundred"), scales
 * after digits ("1.5 million", "13 lakh"), dozens, decimals ("nine point nought
 * four"), fractions ("two thirds", "one and a half", "1 over 3") and signs ("minus 5").
 */
import { parseDigitNumbers, type DigitNumber, type NumberKind } from './parseDigits.js';
import { forEachWord } from './letters.js';
import { DOZEN_WORDS, SCALE_WORDS, TEEN_WORDS, TENS_WORDS, UNIT_ORDINALS, UNIT_WORDS, denominatorOf } from './vocabulary.js';

export interface NumberMention {
  start: number;
  end: number;
  value: number;
  kind: NumberKind;
  /** Written (at least partly) in words. */
  words: boolean;
  /** A scale word or suffix multiplied the number ("2 million", "3bn"): how much. */
  scale: number;
  /** Only the word "one" (or "a"): often a pronoun, not a count. */
  loneOne: boolean;
  afterHyphenatedWord: boolean;
}

/** Words of one number are separated by spaces or a hyphen ("fifty - two", "twenty-one"). */
const JOINING_GAP = /^(?:[ \t\u00a0]+|[ \t\u00a0]*[-‐‑][ \t\u00a0]*)$/;

/**
 * Words and digit numbers in text order, as offsets. A folder's articles hold thousands of
 * words each and few of them start a number, so a word's lower-case text is made only
 * when the phrase parser reads it, and no object is made per token.
 */
class Tokens {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /** The digit number of a token, or null for a word. */
  readonly digits: (DigitNumber | null)[] = [];
  private readonly lower: (string | undefined)[] = [];

  /** `digits`: what the digit parser read, sorted (the words are merged in). */
  constructor(
    private readonly text: string,
    digits: DigitNumber[],
  ) {
    let d = 0;
    forEachWord(text, (start, end) => {
      while (d < digits.length && digits[d]!.end <= start) this.push(digits[d++]!, digits[d - 1]!.start, digits[d - 1]!.end);
      if (d < digits.length && digits[d]!.start <= start) return; // a suffix inside "10k"
      this.push(null, start, end);
    });
    for (; d < digits.length; d++) this.push(digits[d]!, digits[d]!.start, digits[d]!.end);
  }

  private push(digits: DigitNumber | null, start: number, end: number): void {
    this.starts.push(start);
    this.ends.push(end);
    this.digits.push(digits);
  }

  get length(): number {
    return this.starts.length;
  }

  /** The lower-case word at i; null for digits or past the end. */
  word(i: number): string | null {
    if (i < 0 || i >= this.starts.length || this.digits[i] !== null) return null;
    return (this.lower[i] ??= this.text.slice(this.starts[i]!, this.ends[i]!).toLowerCase());
  }

  /**
   * Whether a number phrase can start at i: digits, or a word of PHRASE_STARTS. Most words
   * are ruled out by their length or their first letter (lower-casing never shortens a
   * word, and only ASCII letters start a phrase word) before their text is made.
   */
  canStart(i: number): boolean {
    if (this.digits[i] !== null) return true;
    const start = this.starts[i]!;
    if (this.ends[i]! - start > LONGEST_START) return false;
    const first = this.text.charCodeAt(start);
    if (first < 128 && !START_LETTERS[first]) return false;
    return PHRASE_STARTS.has(this.word(i)!);
  }
}

/** Words that can open a number phrase; any other word is skipped at once. */
const PHRASE_STARTS = new Set([
  ...Object.keys(UNIT_WORDS), ...Object.keys(TEEN_WORDS), ...Object.keys(TENS_WORDS),
  'a', 'an', 'half', 'quarter', 'minus', 'negative',
]);
const LONGEST_START = Math.max(...[...PHRASE_STARTS].map((w) => w.length));
/** The ASCII letters (either case) a word of PHRASE_STARTS begins with, by char code. */
const START_LETTERS = new Uint8Array(128);
for (const w of PHRASE_STARTS) {
  START_LETTERS[w.charCodeAt(0)] = 1;
  START_LETTERS[w.toUpperCase().charCodeAt(0)] = 1;
}

type CardinalKind = 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'dozen' | 'digits' | 'zero';

interface Cardinal {
  value: number;
  /** Index of the first token after the cardinal. */
  next: number;
  end: number;
  /** Accepted tokens: index and whether an "and" joined it to the previous one. */
  parts: { index: number; kind: CardinalKind; afterAnd: boolean }[];
  scale: number;
  /** The scale word the cardinal ends with ("six million" -> 1e6), else 1. */
  trailingScale: number;
  decimal: boolean;
}

/** 16.4 * 1e6 is 16399999.999999998 in floating point: round to what was written. */
function roundScaled(x: number): number {
  return Number(x.toPrecision(15));
}

class PhraseParser {
  constructor(
    private readonly text: string,
    private readonly tokens: Tokens,
  ) {}

  joined(i: number): boolean {
    return i >= 1 && i < this.tokens.length && JOINING_GAP.test(this.text.slice(this.tokens.ends[i - 1]!, this.tokens.starts[i]!));
  }

  word(i: number): string | null {
    return this.tokens.word(i);
  }

  /** A cardinal from token i (up to `limit`), optionally continuing "a" (= 1) before a scale word. */
  cardinal(i: number, limit = this.tokens.length, startWithOne = false): Cardinal | null {
    let total = 0;
    let hundreds = 0;
    let small = startWithOne ? 1 : 0;
    let last: CardinalKind = startWithOne ? 'unit' : 'none';
    let lastScale = Infinity;
    let scale = 1;
    let decimal = false;
    const parts: Cardinal['parts'] = [];
    let end = -1;
    let j = i;
    let afterAnd = false;
    while (j < limit) {
      if ((j > i || startWithOne) && !this.joined(j)) break;
      const n = this.tokens.digits[j]!;
      if (n !== null) {
        if (last !== 'none' || (n.kind !== 'integer' && n.kind !== 'decimal')) break;
        small = n.value;
        decimal = n.kind === 'decimal';
        scale = n.multiplied ? 0 : 1; // 0: no further scale words after "10k"
        last = 'digits';
      } else {
        const w = this.word(j)!;
        if (w === 'and' && (last === 'hundred' || last === 'scale') && j + 1 < limit && this.joined(j + 1)) {
          const nw = this.word(j + 1);
          if (nw && (nw in UNIT_WORDS || nw in TEEN_WORDS || nw in TENS_WORDS) && nw !== 'zero' && nw !== 'nought' && nw !== 'naught') {
            afterAnd = true;
            j++;
            continue;
          }
          break;
        }
        const afterGroupEnd = last === 'none' || last === 'hundred' || last === 'scale';
        if (w in UNIT_WORDS) {
          const v = UNIT_WORDS[w]!;
          if (v === 0) {
            if (last !== 'none') break;
            last = 'zero';
          } else if (afterGroupEnd || (last === 'tens' && !afterAnd)) {
            small += v;
            last = 'unit';
          } else break;
        } else if (w in TEEN_WORDS) {
          if (!afterGroupEnd) break;
          small += TEEN_WORDS[w]!;
          last = 'teen';
        } else if (w in TENS_WORDS) {
          if (!afterGroupEnd) break;
          small += TENS_WORDS[w]!;
          last = 'tens';
        } else if (w === 'hundred') {
          if (!(last === 'unit' || last === 'teen' || last === 'tens' || (last === 'digits' && scale === 1)) || hundreds > 0) break;
          hundreds = small * 100;
          small = 0;
          last = 'hundred';
          if (parts.length === 1 && parts[0]!.kind === 'digits') scale = 100;
        } else if (w in SCALE_WORDS) {
          const s = SCALE_WORDS[w]!;
          if (last === 'scale' && hundreds === 0 && small === 0 && s > lastScale) {
            total *= s; // "three lakh crore"
          } else if ((last === 'unit' || last === 'teen' || last === 'tens' || last === 'hundred' || (last === 'digits' && scale === 1)) && s < lastScale) {
            total += roundScaled((hundreds + small) * s);
            hundreds = 0;
            small = 0;
          } else break;
          if (parts.length >= 1 && parts[0]!.kind === 'digits') scale = s;
          else scale = Math.max(scale, s);
          lastScale = Math.min(lastScale, s);
          last = 'scale';
        } else if (DOZEN_WORDS.has(w)) {
          if (!(last === 'unit' || last === 'teen' || last === 'tens' || (last === 'digits' && scale === 1))) break;
          small *= 12;
          last = 'dozen';
        } else break;
      }
      parts.push({ index: j, kind: last, afterAnd });
      afterAnd = false;
      end = this.tokens.ends[j]!;
      j++;
      if (last === 'zero' || last === 'dozen') break;
    }
    if (parts.length === 0 && !startWithOne) return null;
    if (startWithOne && parts.length === 0) return null;
    const trailingScale = last === 'scale' ? lastScale : 1;
    return { value: total + hundreds + small, next: j, end, parts, scale: scale === 0 ? 1 : scale, trailingScale, decimal };
  }

  /** Digits after "point": "zero three" -> "03", "seventy-one" -> "71". */
  decimalDigits(i: number): { digits: string; next: number; end: number } | null {
    let digits = '';
    let j = i;
    let end = -1;
    while (j < this.tokens.length && this.joined(j)) {
      const w = this.word(j);
      if (w === null) break;
      if (w in UNIT_WORDS) digits += String(UNIT_WORDS[w]);
      else if (w in TEEN_WORDS) digits += String(TEEN_WORDS[w]);
      else if (w in TENS_WORDS) {
        const nw = j + 1 < this.tokens.length && this.joined(j + 1) ? this.word(j + 1) : null;
        if (nw && nw in UNIT_WORDS && UNIT_WORDS[nw]! > 0) {
          digits += String(TENS_WORDS[w]! + UNIT_WORDS[nw]!);
          j++;
        } else digits += String(TENS_WORDS[w]);
      } else break;
      end = this.tokens.ends[j]!;
      j++;
    }
    return digits ? { digits, next: j, end } : null;
  }

  /** A denominator at token i: "fifths", "half", or the compound "twenty-first(s)". */
  denominator(i: number): { value: number; plural: boolean; next: number; end: number } | null {
    const w = this.word(i);
    if (w === null || !this.joined(i)) return null;
    if (w in TENS_WORDS && this.joined(i + 1)) {
      const ord = this.word(i + 1);
      const d = ord ? denominatorOf(ord, true) : null;
      if (d && d.unitOrdinal) return { value: TENS_WORDS[w]! + d.value, plural: d.plural, next: i + 2, end: this.tokens.ends[i + 1]! };
    }
    const d = denominatorOf(w, false);
    return d ? { value: d.value, plural: d.plural, next: i + 1, end: this.tokens.ends[i]! } : null;
  }

  /** "half million", "two thirds of a million": a fraction of a scale word. */
  scaledFraction<M extends NumberMention & { next: number }>(m: M): M {
    let k = m.next;
    if (this.word(k) === 'of' && this.word(k + 1) === 'a' && this.joined(k) && this.joined(k + 1)) k += 2;
    const w = this.word(k);
    if (w === null || !(w in SCALE_WORDS) || !this.joined(k)) return m;
    return { ...m, value: m.value * SCALE_WORDS[w]!, end: this.tokens.ends[k]!, next: k + 1, scale: SCALE_WORDS[w]! };
  }

  /** One number phrase starting at token i, or null. */
  phrase(i: number): (NumberMention & { next: number }) | null {
    const start = this.tokens.starts[i]!;
    const end = this.tokens.ends[i]!;
    const digits = this.tokens.digits[i]!;
    const w = this.word(i);
    const mention = (value: number, kind: NumberKind, end: number, next: number, extra: Partial<NumberMention> = {}) => ({
      start, end, value, kind, next, words: digits === null, scale: 1, loneOne: false,
      afterHyphenatedWord: digits !== null ? digits.afterHyphenatedWord : false, ...extra,
    });

    if (w === 'minus' || w === 'negative') {
      if (!this.joined(i + 1)) return null;
      const rest = this.phrase(i + 1);
      return rest ? { ...rest, start, value: -rest.value, words: true } : null;
    }
    if (w === 'a' || w === 'an') {
      if (!this.joined(i + 1)) return null;
      const nw = this.word(i + 1);
      if (nw === 'hundred' || (nw !== null && (nw in SCALE_WORDS || DOZEN_WORDS.has(nw)))) {
        const c = this.cardinal(i + 1, this.tokens.length, true);
        if (c) return this.afterCardinal(i, i + 1, c, true);
      }
      const d = this.denominator(i + 1);
      if (d && !d.plural) return this.scaledFraction(mention(1 / d.value, 'fraction', d.end, d.next));
      return null;
    }
    if (w === 'half') {
      if (this.word(i + 1) === 'a' && this.joined(i + 1) && this.joined(i + 2) && DOZEN_WORDS.has(this.word(i + 2) ?? '')) {
        return mention(6, 'integer', this.tokens.ends[i + 2]!, i + 3);
      }
      return this.scaledFraction(mention(0.5, 'fraction', end, i + 1));
    }
    if (w === 'quarter') {
      const q = this.scaledFraction(mention(0.25, 'fraction', end, i + 1));
      return q.next > i + 1 ? q : null;
    }
    const c = this.cardinal(i);
    if (!c) {
      if (digits !== null) return mention(digits.value, digits.kind, end, i + 1, { scale: digits.multiplied ? digits.value : 1 });
      return null;
    }
    return this.afterCardinal(i, i, c, false);
  }

  private afterCardinal(i: number, cStart: number, c: Cardinal, startsWithA: boolean): NumberMention & { next: number } {
    const firstDigits = this.tokens.digits[i]!;
    const words = !firstDigits || c.parts.length > 1;
    const loneOne = !firstDigits && c.parts.length === 1 && !startsWithA && this.word(i) === 'one';
    const base: NumberMention & { next: number } = {
      start: this.tokens.starts[i]!, end: c.end, value: c.value, next: c.next, words,
      kind: c.decimal ? 'decimal' : 'integer',
      scale: firstDigits?.multiplied ? firstDigits.value : c.scale,
      loneOne, afterHyphenatedWord: firstDigits?.afterHyphenatedWord ?? false,
    };
    const k = c.next;
    if (k >= this.tokens.length || !this.joined(k)) return base;
    const nw = this.word(k);
    // "two hundred point zero three"
    if (nw === 'point' && words && !c.decimal) {
      const d = this.decimalDigits(k + 1);
      if (d) return { ...base, value: c.value + Number('0.' + d.digits), kind: 'decimal', end: d.end, next: d.next, loneOne: false };
    }
    // "1 over 3", "one out of three"
    const overNext = nw === 'over' ? k + 1 : nw === 'out' && this.word(k + 1) === 'of' && this.joined(k + 1) ? k + 2 : -1;
    if (overNext > 0 && this.joined(overNext)) {
      const d = this.cardinal(overNext);
      const nounAfter = d && d.next < this.tokens.length && this.joined(d.next) && this.tokens.digits[d.next] === null;
      if (d && d.value !== 0 && !nounAfter) return { ...base, value: c.value / d.value, kind: 'fraction', end: d.end, next: d.next, loneOne: false, words: true };
    }
    // "one and a half", "twenty and three fifths"
    if (nw === 'and' && this.joined(k + 1)) {
      const rest = this.phrase(k + 1);
      if (rest && rest.kind === 'fraction' && rest.words && rest.value > 0) {
        // "one million and a half" is 1.5 million; "five and a half million" is 5.5 million
        const whole = { ...base, value: c.value + rest.value * c.trailingScale, kind: 'fraction' as const, end: rest.end, next: rest.next, loneOne: false, words: true };
        return c.trailingScale === 1 ? this.scaledFraction(whole) : whole;
      }
    }
    if (firstDigits) return base; // "100 millionths" is an ordinal after a number
    // "three fifths", "one hundred thirty-fifths" (100/35), "one hundred and thirty fifths" (130/5)
    const lastPart = c.parts[c.parts.length - 1]!;
    const d = this.denominator(k);
    if (d) {
      let numerator = c.value;
      let denominator = d.value;
      const ordWord = this.word(k)!;
      const isUnitOrdinal = ordWord in UNIT_ORDINALS || ordWord.slice(0, -1) in UNIT_ORDINALS;
      if (isUnitOrdinal && d.next === k + 1 && lastPart.kind === 'tens' && c.parts.length > 1 && !lastPart.afterAnd) {
        const head = this.cardinal(cStart, lastPart.index, startsWithA);
        if (head && head.next === lastPart.index) {
          numerator = head.value;
          const tensWord = this.word(lastPart.index);
          denominator = tensWord !== null ? TENS_WORDS[tensWord]! + d.value : d.value;
        }
      } else if (lastPart.afterAnd) {
        // "one hundred and three quarters" is 100 + 3/4, "six million and two thirds" 6 2/3 million;
        // but "one hundred and thirty fifths" is 130/5.
        const head = this.cardinal(cStart, lastPart.index - 1, startsWithA);
        if (head && (head.trailingScale > 1 || denominator === 2 || denominator === 4)) {
          const tail = c.value - head.value;
          if (d.plural || tail === 1) {
            return { ...base, value: head.value + (tail / denominator) * head.trailingScale, kind: 'fraction', end: d.end, next: d.next, loneOne: false, words: true };
          }
        }
      }
      if (d.plural || numerator === 1) {
        return this.scaledFraction({ ...base, value: numerator / denominator, kind: 'fraction', end: d.end, next: d.next, loneOne: false, words: true });
      }
    }
    return base;
  }
}

/** "-5", "−1.2": a minus sign right before the digits, after a space or at the start. */
function applyMinusSign(text: string, m: NumberMention): NumberMention {
  if (m.words || m.start === 0) return m;
  const sign = text[m.start - 1];
  if (sign !== '-' && sign !== '−') return m;
  const before = m.start >= 2 ? text[m.start - 2]! : '';
  if (before !== '' && !/[\s(]/.test(before)) return m;
  return { ...m, start: m.start - 1, value: -m.value };
}

/** "2  1/4": a whole number followed by a proper fraction. */
function mergeMixedFractions(text: string, mentions: NumberMention[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    if (prev && !prev.words && !m.words && prev.kind === 'integer' && m.kind === 'fraction' && m.value > 0 && m.value < 1 &&
        /^[ \t]+$/.test(text.slice(prev.end, m.start))) {
      out[out.length - 1] = { ...prev, end: m.end, value: prev.value < 0 ? prev.value - m.value : prev.value + m.value, kind: 'fraction' };
      continue;
    }
    out.push(m);
  }
  return out;
}

/** Every numeric mention in `text` with its span and value, in text order. */
export function findNumbers(text: string): NumberMention[] {
  const digits = parseDigitNumbers(text);
  const tokens = new Tokens(text, digits);
  const parser = new PhraseParser(text, tokens);
  const mentions: NumberMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (!tokens.canStart(i)) {
      i++;
      continue;
    }
    const m = parser.phrase(i);
    if (!m) {
      i++;
      continue;
    }
    mentions.push({
      start: m.start, end: m.end, value: m.value, kind: m.kind, words: m.words, scale: m.scale, loneOne: m.loneOne,
      afterHyphenatedWord: m.afterHyphenatedWord,
    });
    i = Math.max(m.next, i + 1);
  }
  return mergeMixedFractions(text, mentions.map((m) => applyMinusSign(text, m)));
}
