import type { Decision, DecisionKind } from './types.js';

/** How much text each side of a quote is kept to find it again (as Hypothesis does). */
export const CONTEXT_CHARS = 32;

/** Paths in decisions are relative to the workspace root with '/', without a leading './'. */
export function normalizeAnnotationPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

/** A new decision on `text.slice(span.start, span.end)` of the file at `path`. */
export function makeDecision(
  kind: DecisionKind,
  path: string,
  text: string,
  span: { start: number; end: number },
  extra?: Partial<Pick<Decision, 'code' | 'reason' | 'date' | 'body'>>,
): Decision {
  const start = clamp(Math.min(span.start, span.end), 0, text.length);
  const end = clamp(Math.max(span.start, span.end), start, text.length);
  const decision: Decision = {
    id: `urn:uuid:${globalThis.crypto.randomUUID()}`,
    kind,
    path: normalizeAnnotationPath(path),
    exact: text.slice(start, end),
    prefix: withoutCutStart(text.slice(Math.max(0, start - CONTEXT_CHARS), start)),
    suffix: withoutCutEnd(text.slice(end, end + CONTEXT_CHARS)),
    start,
    end,
    created: new Date().toISOString(),
  };
  for (const key of ['code', 'reason', 'date', 'body'] as const) {
    const value = extra?.[key];
    if (value !== undefined) decision[key] = value;
  }
  return decision;
}

function clamp(n: number, low: number, high: number): number {
  return Number.isFinite(n) ? Math.max(low, Math.min(Math.trunc(n), high)) : low;
}

/**
 * The 32-character window may cut a surrogate pair at its far end; drop the half so the
 * file holds no lone surrogate. The end touching the quote is left as it is.
 */
function withoutCutStart(prefix: string): string {
  return prefix.length > 0 && isLowSurrogate(prefix.charCodeAt(0)) ? prefix.slice(1) : prefix;
}

function withoutCutEnd(suffix: string): string {
  return suffix.length > 0 && isHighSurrogate(suffix.charCodeAt(suffix.length - 1)) ? suffix.slice(0, -1) : suffix;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
