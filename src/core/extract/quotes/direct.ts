/**
 * Direct or partial: a direct quotation stands as a clause of its own (`“…,” he said`,
 * `He said: “…”`, a quoted paragraph); a partial one is worked into the writer's sentence
 * (`called it “a disgrace”`, scare quotes). The fact shape has no field for it yet; the
 * eval uses it to compare with gold that only marks direct quotations.
 */
import { SPEECH_VERB_SOURCE } from './lexicon.js';
import type { QuotedStretch } from './pairing.js';
import { sentenceStart } from '../../text/sentences.js';
import { precompiled } from './precompiled.js';

/** What may stand between a sentence's start and a direct quotation: nothing, a colon or comma, a speech verb. */
const CLAUSE_LEAD_IN = precompiled(new RegExp(`(?:^[\\s\\p{Pd}]*|[:,]\\s*|\\b${SPEECH_VERB_SOURCE}\\s*)$`, 'u'));
const CLAUSE_END_INSIDE = /[.,;:?!…\p{Pd}]$/u;
const CLAUSE_END_AFTER = /^(?:\s*$|[^\S\n]*[\n.,;:?!…\p{Pd}\u2015])/u;

/** Whether the quotation is a clause of its own rather than words worked into the writer's sentence. */
export function isDirect(text: string, stretch: QuotedStretch, floor: number): boolean {
  const start = sentenceStart(text, stretch.start, Math.max(floor, stretch.start - 400));
  if (!CLAUSE_LEAD_IN.test(text.slice(start, stretch.start))) return false;
  let inside = stretch.end - stretch.closeLength - 1;
  while (inside > stretch.start && /["”’'»]/.test(text[inside])) inside--;
  return CLAUSE_END_INSIDE.test(text.slice(stretch.start + stretch.openLength, inside + 1)) || CLAUSE_END_AFTER.test(text.slice(stretch.end, stretch.end + 3));
}
