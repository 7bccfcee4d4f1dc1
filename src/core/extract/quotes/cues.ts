/**
 * Attribution cues: the speech verb and its subject around a quotation.
 *
 * After the quotation: `“…,” said X` / `“…,” X said` / `“…,” X, the spokesperson, added` /
 * `“…,” according to X`. Before it, in the same sentence: `X said: “…”` / `X said that this “…”`
 * / `X ..., saying “…”` (the subject of a participle is the sentence's subject) /
 * `According to X, “…”`.
 */
import {
  APPOSITIVE_SOURCE,
  NAME_SOURCE,
  PRONOUN_SOURCE,
  ROLE_PHRASE_SOURCE,
  SPEAKER_PHRASE_SOURCE,
  SPEECH_VERB_SOURCE,
  TITLED_NAME_SOURCE,
  VERB_PREFIX_SOURCE,
} from './lexicon.js';
import type { QuotedStretch } from './pairing.js';
import { subjectBeforeVerb } from './subjectBeforeVerb.js';
import { sentenceEnd, sentenceStart } from '../../text/sentences.js';
import { precompiled } from './precompiled.js';

export interface Cue {
  /** Where the subject stands as written (a name, a role phrase or a pronoun). */
  start: number;
  end: number;
  verb: string;
}

/** How far around a quotation a cue is looked for. */
const CUE_WINDOW = 300;

const LEADING_PUNCTUATION = String.raw`[\s,;:\u2014\u2013-]*`;
const SPEAKER_AFTER_VERB = `(?:${TITLED_NAME_SOURCE}|${NAME_SOURCE}|${ROLE_PHRASE_SOURCE}|${PRONOUN_SOURCE})`;

/** `, said the spokesperson` / `, according to Sergei Lavrov`. */
const INVERTED_AFTER = precompiled(new RegExp(`^${LEADING_PUNCTUATION}${VERB_PREFIX_SOURCE}(${SPEECH_VERB_SOURCE})\\s+(${SPEAKER_AFTER_VERB})`, 'u'));
/** `, the National Security Council spokesperson said` / `, Ryabkov told` / `, he insisted`. */
const SUBJECT_FIRST_AFTER = precompiled(
  new RegExp(`^${LEADING_PUNCTUATION}(${SPEAKER_PHRASE_SOURCE})${APPOSITIVE_SOURCE}?\\s+${VERB_PREFIX_SOURCE}(${SPEECH_VERB_SOURCE})\\b`, 'u'),
);
/** What may follow a verb that closes a sentence begun by an already finished quotation. */
const BARE_VERB_ENDING = /^(?:\s*[.,;!?]|\s*$|\s+(?:on|in|at|during|to|from|last|this|after|before|when|while|as|of|about|reporters|the|a|an|[A-Z]))/;

/** `“…” ― Sonya Herridge`: a quotation signed with a dash and a name ending the line. */
const SIGNATURE_AFTER = precompiled(new RegExp(`^[^\\S\\n]*[\u2015\u2014\u2013]\\s*(${NAME_SOURCE})[.,]?[^\\S\\n]*(?:\\n|$)`, 'u'));

/** The last character of the quoted words, looking past nested closing marks (‘…,’”). */
function lastCharacterInside(text: string, quote: QuotedStretch): string {
  let k = quote.end - quote.closeLength - 1;
  while (k > quote.start && /["”’'»]/.test(text[k])) k--;
  return text[k] ?? '';
}

/** Case matters: "States" in "United States" is not a verb. */
const ANY_SPEECH_VERB = precompiled(new RegExp(`\\b(${SPEECH_VERB_SOURCE})\\b`, 'g'));
/** The subject opening a sentence, for participles ("Ryabkov ..., saying “…”"). */
const SENTENCE_SUBJECT = precompiled(new RegExp(`^[\\s,]*(?:(?:But|And|Yet|So|Still|Meanwhile|However),?\\s+|[^,"“”]{1,40},\\s+)?(${SPEAKER_PHRASE_SOURCE})`, 'u'));
/** `footage of Trump saying`: the name a participle follows directly. */
const NAME_RIGHT_BEFORE = precompiled(new RegExp(`(${NAME_SOURCE})\\s+$`, 'u'));
/** `Blige sings …`: a sentence-opening subject that is itself speaking. */
const SPEAKING_SUBJECT = precompiled(new RegExp(`^[\\s,]*(${SPEAKER_PHRASE_SOURCE})${APPOSITIVE_SOURCE}?\\s+${VERB_PREFIX_SOURCE}${SPEECH_VERB_SOURCE}\\b`, 'u'));
/** `…, added the spokesperson.`: the speaker right after the verb, closing the clause. */
const SPEAKER_RIGHT_AFTER = precompiled(new RegExp(`^\\s+(${SPEAKER_AFTER_VERB})(?=\\s*(?:[.,;]|$))`, 'u'));
/** `Said Ellis: “…”`: a sentence opening with the verb. */
const VERB_FIRST_BEFORE = precompiled(new RegExp(`^\\s*(?:Said|Says|Added|Adds|Asked|Wrote|Writes|Explained|Continued)\\s+(${SPEAKER_AFTER_VERB})\\s*[:,]\\s*$`, 'u'));
/** `According to Sergei Lavrov, …`. */
const ACCORDING_TO_SPEAKER = precompiled(new RegExp(`^\\s+(${SPEAKER_AFTER_VERB})`, 'u'));

/** A cue standing right after the quotation, in the rest of its sentence. */
export function cueAfter(text: string, quote: QuotedStretch, nextQuoteStart: number): Cue | null {
  const ceiling = Math.min(nextQuoteStart, quote.end + CUE_WINDOW, text.length);
  const rest = text.slice(quote.end, sentenceEnd(text, quote.end, ceiling));
  const signed = SIGNATURE_AFTER.exec(text.slice(quote.end, Math.min(text.length, quote.end + 80)));
  if (signed) {
    const start = quote.end + signed[0].indexOf(signed[1]);
    return { start, end: start + signed[1].length, verb: '―' };
  }
  const inverted = INVERTED_AFTER.exec(rest);
  if (inverted) {
    const offset = quote.end + inverted.index + inverted[0].length - inverted[2].length;
    return { start: offset, end: offset + inverted[2].length, verb: inverted[1] };
  }
  // `“…” will be negotiated` is the sentence going on, not an attribution: the subject
  // must be set off by the quotation's own comma (or ? ! —) or by one after the mark.
  const lastInside = lastCharacterInside(text, quote);
  const setOff = /[,?!\u2014\u2013-]/.test(lastInside) || /^\s*[,\u2014\u2013-]/.test(rest);
  const subjectFirst = setOff ? SUBJECT_FIRST_AFTER.exec(rest) : null;
  if (!subjectFirst) return null;
  const closedSentence = /[.!?]/.test(lastInside);
  if (closedSentence && !BARE_VERB_ENDING.test(rest.slice(subjectFirst[0].length))) return null;
  const subjectStart = quote.end + rest.indexOf(subjectFirst[1]);
  return { start: subjectStart, end: subjectStart + subjectFirst[1].length, verb: subjectFirst[2] };
}

/** A cue earlier in the quotation's sentence, not reaching back past `floor` (the previous quotation). */
export function cueBefore(text: string, quote: QuotedStretch, floor: number): Cue | null {
  const lowest = Math.max(floor, quote.start - CUE_WINDOW);
  let from = sentenceStart(text, quote.start, lowest);
  // `He said:` closing the previous paragraph introduces a quotation set as its own paragraph.
  const introduced = /:\s*$/.exec(text.slice(lowest, quote.start));
  if (introduced && /\n/.test(introduced[0]) && !/\S/.test(text.slice(from, quote.start))) {
    const colon = lowest + introduced.index;
    from = sentenceStart(text, colon, Math.max(floor, colon - CUE_WINDOW));
  }
  const before = text.slice(from, quote.start);
  const verbFirst = VERB_FIRST_BEFORE.exec(before);
  if (verbFirst) {
    const start = from + verbFirst[0].indexOf(verbFirst[1]);
    return { start, end: start + verbFirst[1].length, verb: 'said' };
  }
  let last: RegExpExecArray | null = null;
  ANY_SPEECH_VERB.lastIndex = 0;
  for (let m = ANY_SPEECH_VERB.exec(before); m; m = ANY_SPEECH_VERB.exec(before)) last = m;
  if (!last) return null;
  const verb = last[1];

  if (/^according\s+to$/i.test(verb)) {
    const speaker = ACCORDING_TO_SPEAKER.exec(before.slice(last.index + verb.length));
    if (!speaker) return null;
    const start = from + last.index + verb.length + speaker[0].length - speaker[1].length;
    return { start, end: start + speaker[1].length, verb };
  }
  const preVerb = before.slice(0, last.index);
  const agent = /ing$/i.test(verb) ? NAME_RIGHT_BEFORE.exec(preVerb) : null;
  if (agent) {
    // `footage of Trump saying “…”`: the name right before the participle says it.
    const start = from + agent.index;
    return { start, end: start + agent[1].length, verb };
  }
  if (/ing$/i.test(verb) || /\band\s+(?:\w+ly\s+)?$/.test(preVerb)) {
    // A participle's subject opens the sentence; when an earlier quotation cut the
    // sentence short, only a subject that is itself a speaker (`Blige sings …, asking`) counts.
    const clipped = from !== sentenceStart(text, quote.start, Math.max(0, quote.start - CUE_WINDOW));
    const subject = (clipped ? SPEAKING_SUBJECT : SENTENCE_SUBJECT).exec(before);
    if (!subject) return null;
    const start = from + subject[0].indexOf(subject[1]);
    return { start, end: start + subject[1].length, verb };
  }
  const subject = subjectBeforeVerb(preVerb);
  if (!subject) return null;
  const start = from + subject.index;
  return { start, end: start + subject.subject.length, verb };
}

/** Every `X said` / `, added the spokesperson` outside quotations: mentions that pronouns may later refer to. */
export function cuesOutsideQuotes(text: string, quotes: QuotedStretch[]): Cue[] {
  const cues: Cue[] = [];
  let q = 0;
  ANY_SPEECH_VERB.lastIndex = 0;
  for (let m = ANY_SPEECH_VERB.exec(text); m; m = ANY_SPEECH_VERB.exec(text)) {
    while (q < quotes.length && quotes[q].end <= m.index) q++;
    if (q < quotes.length && quotes[q].start < m.index) continue;
    const floor = Math.max(q > 0 ? quotes[q - 1].end : 0, m.index - CUE_WINDOW);
    const from = sentenceStart(text, m.index, floor);
    const subject = subjectBeforeVerb(text.slice(from, m.index));
    if (subject) {
      cues.push({ start: from + subject.index, end: from + subject.index + subject.subject.length, verb: m[1] });
      continue;
    }
    const after = m.index + m[0].length;
    const inverted = SPEAKER_RIGHT_AFTER.exec(text.slice(after, after + 160));
    if (inverted && (/^according/i.test(m[1]) || /[,;]\s*$/.test(text.slice(from, m.index)))) {
      const start = after + inverted[0].length - inverted[1].length;
      cues.push({ start, end: start + inverted[1].length, verb: m[1] });
    }
  }
  return cues;
}
