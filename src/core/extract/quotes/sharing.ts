/**
 * Refiners that pass a cue on to quotations that have none, by news convention: quotations
 * of one sentence share a speaker (“Nothing…” will be negotiated “without…”, he insisted),
 * and a quotation opening a sentence continues the speaker just named or quoted.
 */
import type { Cue } from './cues.js';
import type { QuotedStretch } from './pairing.js';
import { sentenceBreakBetween, sentenceStart } from '../../text/sentences.js';

/** Quotations of one sentence share its cue, in both directions. */
export function shareWithinSentence(text: string, stretches: QuotedStretch[], cues: (Cue | null)[]): void {
  for (let k = 1; k < stretches.length; k++) {
    if (!cues[k] && cues[k - 1] && !sentenceBreakBetween(text, stretches[k - 1].end, stretches[k].start)) cues[k] = cues[k - 1];
  }
  for (let k = stretches.length - 2; k >= 0; k--) {
    if (!cues[k] && cues[k + 1] && !sentenceBreakBetween(text, stretches[k].end, stretches[k + 1].start)) cues[k] = cues[k + 1];
  }
}

/**
 * “A,” he said. “B.” — B continues A's speaker; so does a paragraph that opens with a
 * quotation right after a paragraph that quoted someone, and a sentence-opening quotation
 * right after an attribution sentence (`…, Mr. Holtz-Eakin said. “B.”`).
 */
export function continueSpeaker(text: string, stretches: QuotedStretch[], cues: (Cue | null)[], outside: Cue[]): void {
  let o = 0;
  for (let k = 0; k < stretches.length; k++) {
    const quote = stretches[k];
    while (o < outside.length && outside[o].end <= quote.start) o++;
    if (cues[k]) continue;
    const sentence = sentenceStart(text, quote.start, Math.max(0, quote.start - 2000));
    if (sentence !== quote.start && !/^[\s\p{Pd}]*$/u.test(text.slice(sentence, quote.start))) continue;
    const attribution = o > 0 ? outside[o - 1] : null;
    const previousEnd = k > 0 ? stretches[k - 1].end : 0;
    if (attribution && attribution.start >= previousEnd && !text.slice(attribution.end, quote.start).includes('\n')) {
      cues[k] = attribution;
      continue;
    }
    if (k === 0 || !cues[k - 1]) continue;
    const between = text.slice(stretches[k - 1].end, quote.start);
    const lineBreaks = between.split('\n').length - 1;
    const previousParagraphEndsWithQuote = !/\n[^\n]*\S[^\n]*\n/.test(between);
    if (lineBreaks === 0 || previousParagraphEndsWithQuote) cues[k] = cues[k - 1];
  }
}
