/**
 * Quotations and their speakers, in four steps:
 *  1. pair quotation marks into quoted stretches (pairing.ts),
 *  2. find each stretch's attribution cue, after it or earlier in its sentence (cues.ts),
 *  3. share cues by news convention (sharing.ts): quotations in one sentence share a
 *     speaker (“Nothing…” will be negotiated “without…”, he insisted), and a quotation that
 *     opens a sentence with no cue of its own continues the speaker just named, or the
 *     previous quotation's when that one is in the same or the previous paragraph,
 *  4. resolve the cue's subject (a pronoun, a role, a surname) to a speaker (speakers.ts),
 *  5. tell direct quotations from partial ones (direct.ts) and read the quoted words (words.ts).
 *
 * One fact per contiguous quoted stretch: a quotation split by its attribution gives two
 * facts with the same speaker, so each highlight covers exactly a marked stretch.
 */
import type { QuoteFact } from '../../types.js';
import { cueAfter, cueBefore, cuesOutsideQuotes, type Cue } from './cues.js';
import { isDirect } from './direct.js';
import { pairQuotationMarks, type QuotedStretch } from './pairing.js';
import { continueSpeaker, shareWithinSentence } from './sharing.js';
import { describeMention, MentionIndex, type Mention } from './speakers.js';
import { quotedWords } from './words.js';

export { pairQuotationMarks, type QuotedStretch } from './pairing.js';

/** A quotation with the cue subject it was attributed to, before resolution (the eval reads these). */
export interface Quotation {
  stretch: QuotedStretch;
  /** The cue's subject as written ("he", "the spokesperson", "Ryabkov"), or null. */
  subject: Mention | null;
  /**
   * A direct quotation stands as its own clause (`“…,” he said`, `He said: “…”`, a quoted
   * paragraph); a partial one is worked into the writer's sentence (`called it “a disgrace”`,
   * scare quotes).
   */
  direct: boolean;
}

/** Finds every quotation in `text` and its speaker. Never throws on malformed text. */
export function extractQuotes(text: string): QuoteFact[] {
  const attributed = attributeQuotations(text);
  return attributed.quotations.map(({ stretch, subject }) => {
    const speaker = subject ? attributed.mentions.resolve(subject) : null;
    const fact: QuoteFact = {
      kind: 'quote',
      start: stretch.start,
      end: stretch.end,
      text: text.slice(stretch.start, stretch.end),
      value: { text: quotedWords(text, stretch), speaker: speaker ? speaker.name : null },
    };
    if (speaker) fact.speakerSpan = speaker.span;
    return fact;
  });
}

/** The quotations with their cue subjects, and the mentions their speakers resolve against. */
export function attributeQuotations(text: string): { quotations: Quotation[]; mentions: MentionIndex } {
  const stretches = pairQuotationMarks(text);
  const cues: (Cue | null)[] = stretches.map((stretch, k) => {
    const next = k + 1 < stretches.length ? stretches[k + 1].start : text.length;
    const previous = k > 0 ? stretches[k - 1].end : 0;
    return cueAfter(text, stretch, next) ?? cueBefore(text, stretch, previous);
  });
  shareWithinSentence(text, stretches, cues);
  const outside = cuesOutsideQuotes(text, stretches);
  continueSpeaker(text, stretches, cues, outside);

  const subjects = cues.map((cue) => (cue ? describeMention(text, cue.start, cue.end) : null));
  const others = outside.map((cue) => describeMention(text, cue.start, cue.end));
  const quotations = stretches.map((stretch, k) => ({
    stretch,
    subject: subjects[k],
    direct: isDirect(text, stretch, k > 0 ? stretches[k - 1].end : 0),
  }));
  // The index of every name in the text is built only when a speaker needs resolving.
  let index: MentionIndex | undefined;
  return {
    quotations,
    get mentions() {
      return (index ??= new MentionIndex(text, [...subjects.filter((s): s is Mention => s !== null), ...others], stretches));
    },
  };
}
