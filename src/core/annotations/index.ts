/**
 * People's decisions (ignore a finding, mark a claim verified, set a publication date,
 * a note) as W3C Web Annotations, anchored by quote and position so they survive edits.
 */
export type { Decision, DecisionKind } from './types.js';
export { DECISION_KINDS } from './types.js';
export { CONTEXT_CHARS, makeDecision, normalizeAnnotationPath } from './decision.js';
export { parseAnnotationFile, parseAnnotations, type ParsedAnnotationFile, type PreservedContent } from './parse.js';
export { serializeAnnotationFile, serializeAnnotations } from './serialize.js';
export { anchorDecision, type AnchoredSpan } from './anchor.js';
export { isFindingIgnored, publishedDecision, verifiedAt } from './match.js';
