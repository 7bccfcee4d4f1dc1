/**
 * Sentence edges near a quotation, found by looking a bounded distance either way:
 * a line break, or . ! ? before a space that does not end an abbreviation ("Mr.", "Jan.", "U.S.").
 */

const ABBREVIATION = /(?:^|[\s(“"])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|St|Jr|Sr|Prof|Rev|Adm|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|Inc|Corp|Co|Ltd|Mt|Ft|[A-Z]|(?:[A-Za-z]\.)+[A-Za-z])$/;
const CLOSING_MARKS = /["”’'»]/;

/** Whether the . ! ? at `k` ends a sentence. */
export function endsSentence(text: string, k: number): boolean {
  const ch = text[k];
  if (ch !== '.' && ch !== '!' && ch !== '?') return false;
  let next = k + 1;
  while (next < text.length && CLOSING_MARKS.test(text[next])) next++;
  if (next < text.length && !/\s/.test(text[next])) return false;
  if (ch === '.' && ABBREVIATION.test(text.slice(Math.max(0, k - 12), k))) return false;
  return true;
}

/** Start of the sentence holding `pos`, looking back no further than `floor`. */
export function sentenceStart(text: string, pos: number, floor: number): number {
  for (let k = pos - 1; k >= floor; k--) {
    if (text[k] === '\n' || text[k] === '\r') return k + 1;
    if (endsSentence(text, k)) {
      let after = k + 1;
      while (after < pos && CLOSING_MARKS.test(text[after])) after++;
      return after;
    }
  }
  return floor;
}

/** End of the sentence holding `pos` (one past its final punctuation), looking no further than `ceiling`. */
export function sentenceEnd(text: string, pos: number, ceiling: number): number {
  for (let k = pos; k < ceiling; k++) {
    if (text[k] === '\n' || text[k] === '\r') return k;
    if (endsSentence(text, k)) return k + 1;
  }
  return ceiling;
}

/** Whether a sentence ends between `from` and `to` (the text between two quotations). */
export function sentenceBreakBetween(text: string, from: number, to: number): boolean {
  // A quotation that closes on its own full stop ends the sentence: “We won.” He left.
  if (from > 1 && /[.!?]/.test(text[from - 2]) && /^\s+[A-Z“"]/.test(text.slice(from, from + 3))) return true;
  for (let k = from; k < to; k++) if (text[k] === '\n' || text[k] === '\r' || endsSentence(text, k)) return true;
  return false;
}
