import type { Decision } from './types.js';

export interface AnchoredSpan {
  start: number;
  end: number;
}

/**
 * Where a decision's quote is in the current text. Still at its recorded offsets when
 * nothing around it changed; otherwise the occurrence of `exact` whose surrounding text
 * matches the recorded prefix and suffix best, the one nearest the old offset on a tie
 * (the old offset itself wins a tie). Null when `exact` no longer occurs.
 */
export function anchorDecision(d: Decision, text: string): AnchoredSpan | null {
  if (d.exact === '') {
    // Nothing to look for (a decision on a whole document): keep the offset.
    const at = Math.max(0, Math.min(d.start, text.length));
    return { start: at, end: at };
  }
  if (text.startsWith(d.exact, d.start) && contextScore(d, text, d.start) === d.prefix.length + d.suffix.length) {
    return { start: d.start, end: d.start + d.exact.length };
  }
  let best: AnchoredSpan | null = null;
  let bestScore = -1;
  let bestDistance = Infinity;
  for (let at = text.indexOf(d.exact); at !== -1; at = text.indexOf(d.exact, at + 1)) {
    const score = contextScore(d, text, at);
    const distance = Math.abs(at - d.start);
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = { start: at, end: at + d.exact.length };
      bestScore = score;
      bestDistance = distance;
    }
  }
  return best;
}

/** How many characters of the recorded prefix and suffix agree with the text around `at`. */
function contextScore(d: Decision, text: string, at: number): number {
  let before = 0;
  while (
    before < d.prefix.length &&
    at - before - 1 >= 0 &&
    text.charCodeAt(at - before - 1) === d.prefix.charCodeAt(d.prefix.length - before - 1)
  ) {
    before++;
  }
  const after = at + d.exact.length;
  let following = 0;
  while (
    following < d.suffix.length &&
    after + following < text.length &&
    text.charCodeAt(after + following) === d.suffix.charCodeAt(following)
  ) {
    following++;
  }
  return before + following;
}
