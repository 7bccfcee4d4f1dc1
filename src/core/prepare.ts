/**
 * Everything the workspace reads from one text before it cross-references anything: the
 * analysis (facts, regions, publication date), the shingles copies share, the story
 * terms and the facts' signatures. None of it needs the rest of the folder, so a worker
 * thread can do it for a cold load (src/node/analysisPool.ts); the workspace then only
 * numbers the facts and indexes them.
 */
import { isClaimable } from './claims/claimable.js';
import { documentNames } from './claims/context.js';
import { signatureOf, type FactSignature } from './claims/signature.js';
import { bodyTerms } from './claims/story.js';
import { TermPool } from './claims/termWeights.js';
import { wordsIn, type Word } from './claims/words.js';
import { analyzeDocument, type AnalyzeOptions, type AnalyzedDocument } from './document.js';
import { bodyShingles, type ShingleSketch } from './sources.js';

export interface PreparedDocument {
  analysis: AnalyzedDocument;
  shingles: ShingleSketch;
  /** Content-word stems of the body and their counts (`bodyTerms`). */
  storyTerms: Map<string, number>;
  /** One per claimable fact of `analysis.facts`, in their order, with `id` and `path` still empty. */
  signatures: FactSignature[];
}

export function prepareDocument(text: string, options: AnalyzeOptions = {}): PreparedDocument {
  const analysis = analyzeDocument(text, options);
  // The words of the text, read once for the story terms and the signatures.
  const words = wordsIn(text, 0, text.length);
  return {
    analysis,
    shingles: bodyShingles({ path: '', text, regions: analysis.regions }),
    storyTerms: bodyTerms(text, analysis.regions, words),
    signatures: documentSignatures(analysis, words),
  };
}

/**
 * The signatures of a document's claimable facts, in order, with `id` and `path` empty
 * (the workspace names them). `words`: the words of the whole text, when read already.
 */
export function documentSignatures(document: AnalyzedDocument, words: readonly Word[] = wordsIn(document.text, 0, document.text.length)): FactSignature[] {
  // Other dates and numbers in the sentence are values, not context; quoted words are context.
  const values = document.facts.filter((f) => f.kind !== 'quote');
  const reading = { knownNames: documentNames(document.text, words), sentences: new Map(), documentWords: words, termPool: new TermPool() };
  const signatures = document.facts.filter(isClaimable).map((fact) => signatureOf('', '', fact, document.text, values, reading));
  reading.termPool.seal();
  return signatures;
}
