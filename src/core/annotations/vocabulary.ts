import type { DecisionKind } from './types.js';

/** The W3C Web Annotation JSON-LD context. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Our own terms: a URN, since the project owns no domain to put a vocabulary at. */
export const CORROBORATE_PREFIX = 'corroborate';
export const CORROBORATE_NAMESPACE = 'urn:corroborate:';
export const KIND_PROPERTY = 'corroborate:kind';
export const CODE_PROPERTY = 'corroborate:code';

/** The standard motivation each kind is written with, so other annotation tools understand it. */
export const MOTIVATION_OF_KIND: Readonly<Record<DecisionKind, string>> = {
  ignore: 'moderating',
  verified: 'assessing',
  published: 'editing',
  note: 'commenting',
};

/** The kind an annotation without `corroborate:kind` (from another tool) is read as. */
export function kindOfMotivation(motivation: string): DecisionKind | undefined {
  for (const [kind, m] of Object.entries(MOTIVATION_OF_KIND)) if (m === motivation) return kind as DecisionKind;
  return undefined;
}
