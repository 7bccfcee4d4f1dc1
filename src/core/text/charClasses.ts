/**
 * Unicode classes of code points (`\p{L}`, `\p{L}`/`\p{N}`, `\p{Lu}`, `\p{Ll}`) and `\s`, for
 * scanners that walk a text by char codes: a regex with Unicode classes run per word or
 * per character was much of the time reading a document's words took. Each code point is
 * asked of the regex once, then remembered.
 */

const KNOWN = 1;
const LETTER_OR_DIGIT = 2;
const UPPER = 4;
const LOWER = 8;
const LETTER = 16;
const BMP_CLASSES = new Uint8Array(0x10000);
const ASTRAL_CLASSES = new Map<number, number>();

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return KNOWN | (/[\p{L}\p{N}]/u.test(ch) ? LETTER_OR_DIGIT : 0) | (/\p{Lu}/u.test(ch) ? UPPER : 0) | (/\p{Ll}/u.test(ch) ? LOWER : 0) | (/\p{L}/u.test(ch) ? LETTER : 0);
}

function classOf(cp: number): number {
  if (cp < 0x10000) {
    let c = BMP_CLASSES[cp]!;
    if (c === 0) BMP_CLASSES[cp] = c = classify(cp);
    return c;
  }
  let c = ASTRAL_CLASSES.get(cp);
  if (c === undefined) ASTRAL_CLASSES.set(cp, (c = classify(cp)));
  return c;
}

/** The code point at `i` (a surrogate pair read as one, as a regex's `u` flag does; `codePointAt` only where a pair may start). */
export function codeAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  return unit >= 0xd800 && unit <= 0xdbff ? text.codePointAt(i)! : unit;
}

/** The code point at `i` as a regex with the `u` flag reads it (a pair, else the code unit); -1 past the end. */
export function codePointAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.codePointAt(i)! : -1;
}

/** How many code units the code point `cp` takes. */
export function widthOf(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

/** `[\p{L}\p{N}]` */
export function isLetterOrDigit(cp: number): boolean {
  return cp >= 0 && (classOf(cp) & LETTER_OR_DIGIT) !== 0;
}

/** `\p{L}` */
export function isLetter(cp: number): boolean {
  return cp >= 0 && (classOf(cp) & LETTER) !== 0;
}

/** `\p{Lu}` */
export function isUpper(cp: number): boolean {
  return cp >= 0 && (classOf(cp) & UPPER) !== 0;
}

/** `\p{Ll}` */
export function isLower(cp: number): boolean {
  return cp >= 0 && (classOf(cp) & LOWER) !== 0;
}

/** `\s` (and what `trim` removes): white space and line terminators. */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `^\p{Lu}`: the text starts with an upper-case letter. */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  // ASCII first: most words are.
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : isUpper(codePointAt(text, 0));
}

/** `^\p{Lu}\p{Ll}`: the text starts in title case ("Jordan", not "NATO"). */
export function startsTitleCase(text: string): boolean {
  const c = text.charCodeAt(0);
  const d = text.charCodeAt(1);
  if (c < 0x80 && d < 0x80) return c >= 0x41 && c <= 0x5a && d >= 0x61 && d <= 0x7a;
  const first = codePointAt(text, 0);
  return isUpper(first) && isLower(codePointAt(text, widthOf(first)));
}
