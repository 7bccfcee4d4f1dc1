/**
 * Quotation marks: which characters open or close a quotation, told apart from
 * apostrophes by the characters around them ("Russia's", "’90s", "rock 'n' roll").
 */

/** Marks of one family pair with each other: “ pairs with " (typos mix them), ‘ with '. */
export type MarkFamily = 'double' | 'single' | 'guillemet';

/** What a mark can do where it stands: `either` is a straight mark the context cannot settle. */
export type MarkRole = 'open' | 'close' | 'either';

export interface QuoteMark {
  index: number;
  family: MarkFamily;
  role: MarkRole;
  /** Straight (typewriter) or typographic: nested quotes usually switch style. */
  straight: boolean;
  /** Characters the mark takes: 2 for the doubled apostrophe '' some archives use for ". */
  length: number;
}

/** Every character that may be a quotation mark; compiled once, scanned with lastIndex. */
export const QUOTE_CHARACTER = /["“”„‘’'«»]/g;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** What may stand just before an opening mark: nothing, space, an opening bracket, a dash, another mark. */
const BEFORE_OPENING = /[\s([{\u2014\u2013\-/"“‘'«:]/;
/** What may stand just after a closing mark: nothing, space, punctuation, another mark. */
const AFTER_CLOSING = /[\s.,;:!?)\]}\u2014\u2013\-/"”’'»…]/;

/**
 * Words that begin with an elision apostrophe, so an opening-looking ’ before them is
 * not a quotation: ’90s, ’em, ’n’, ’til, ’cause, ’tis.
 */
const ELISION_AFTER = /^(?:\d0s\b|\d\d\b|em\b|n['’]|til\b|cause\b|tis\b|twas\b|bout\b|round\b|nother\b|cuz\b|kay\b)/i;

function isLetterOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && LETTER_OR_DIGIT.test(ch);
}

/** A straight double mark (" or '') opens or closes by what stands on either side of it. */
function straightRole(text: string, i: number, length: number): MarkRole {
  const open = opensHere(text, i, length);
  const close = closesHere(text, i, length);
  return open && !close ? 'open' : close && !open ? 'close' : 'either';
}

function opensHere(text: string, i: number, length = 1): boolean {
  const before = text[i - 1];
  const after = text[i + length];
  return (before === undefined || BEFORE_OPENING.test(before)) && after !== undefined && !/\s/.test(after);
}

function closesHere(text: string, i: number, length = 1): boolean {
  const before = text[i - 1];
  const after = text[i + length];
  return before !== undefined && !/\s/.test(before) && (after === undefined || AFTER_CLOSING.test(after));
}

/** Reads the mark at `i` (a character matched by QUOTE_CHARACTER), or null for an apostrophe. */
export function classifyMark(text: string, i: number): QuoteMark | null {
  const ch = text[i];
  switch (ch) {
    case '“':
    case '„':
      return { index: i, family: 'double', role: 'open', straight: false, length: 1 };
    case '”': {
      // A ” at the start of a word or of a line is a typo for “ (seen in scraped news).
      const atLineStart = i === 0 || /\n[^\S\n]*$/.test(text.slice(Math.max(0, i - 4), i));
      const open = atLineStart || (opensHere(text, i) && !closesHere(text, i));
      return { index: i, family: 'double', role: open ? 'open' : 'close', straight: false, length: 1 };
    }
    case '"':
      return { index: i, family: 'double', role: straightRole(text, i, 1), straight: true, length: 1 };
    case '«':
      return { index: i, family: 'guillemet', role: 'open', straight: false, length: 1 };
    case '»':
      return { index: i, family: 'guillemet', role: 'close', straight: false, length: 1 };
    case "'":
      if (text[i + 1] === "'" && text[i - 1] !== "'") {
        return { index: i, family: 'double', role: straightRole(text, i, 2), straight: true, length: 2 };
      }
      return classifySingle(text, i, true);
    case '‘':
    case '’':
      return classifySingle(text, i, false);
    default:
      return null;
  }
}

/** Single marks double as apostrophes; only the unambiguous positions count as quotation marks. */
function classifySingle(text: string, i: number, straight: boolean): QuoteMark | null {
  const before = text[i - 1];
  const after = text[i + 1];
  // Inside a word: "won't", "Russia's", "O’Brien".
  if (isLetterOrDigit(before) && isLetterOrDigit(after)) return null;
  if (opensHere(text, i) && !closesHere(text, i)) {
    if (text[i] === '’' && !isLetterOrDigit(after)) return null;
    if (ELISION_AFTER.test(text.slice(i + 1, i + 8))) return null;
    return { index: i, family: 'single', role: 'open', straight, length: 1 };
  }
  if (closesHere(text, i) && text[i] !== '‘') {
    // "the Smiths' house": a plural possessive looks like a closing mark; pairing only
    // uses it when a single quotation is open.
    return { index: i, family: 'single', role: 'close', straight, length: 1 };
  }
  return null;
}
