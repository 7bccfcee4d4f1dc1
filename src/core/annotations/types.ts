/** What a person decided about a stretch of an article. */
export type DecisionKind = 'ignore' | 'verified' | 'published' | 'note';

export const DECISION_KINDS: readonly DecisionKind[] = ['ignore', 'verified', 'published', 'note'];

/**
 * One decision, anchored on the text it was made about: the quote (with up to 32
 * characters of context each side) finds it again after edits, the offsets (UTF-16,
 * half-open) find it fast when nothing moved.
 */
export interface Decision {
  /** 'urn:uuid:…' */
  id: string;
  kind: DecisionKind;
  /** Relative to the workspace root, with '/'. */
  path: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  /** The finding code an 'ignore' applies to (date-mismatch, figure-mismatch, quote-mismatch). */
  code?: string;
  /** Why a finding is ignored (or a claim verified). */
  reason?: string;
  /** YYYY-MM-DD, for 'published'. */
  date?: string;
  /** The note's text, for 'note'. */
  body?: string;
  /** ISO timestamp. */
  created: string;
}
