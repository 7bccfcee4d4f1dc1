import { anchorDecision } from './anchor.js';
import { normalizeAnnotationPath } from './decision.js';
import type { Decision } from './types.js';

interface SpanLike {
  start: number;
  end: number;
}

/** Whether an 'ignore' decision for this finding's file and code is anchored on its span. */
export function isFindingIgnored(
  finding: { path: string; code: string; start: number; end: number },
  decisions: readonly Decision[],
  text: string,
): boolean {
  const path = normalizeAnnotationPath(finding.path);
  return decisions.some(
    (d) => d.kind === 'ignore' && d.code === finding.code && d.path === path && anchoredOn(d, finding, text),
  );
}

/** The latest 'verified' decision anchored on `span` of the file, if any. */
export function verifiedAt(
  path: string,
  span: SpanLike,
  decisions: readonly Decision[],
  text: string,
): Decision | undefined {
  const wanted = normalizeAnnotationPath(path);
  return latest(decisions.filter((d) => d.kind === 'verified' && d.path === wanted && anchoredOn(d, span, text)));
}

/** The latest 'published' decision for the file: a person's word on its publication date. */
export function publishedDecision(path: string, decisions: readonly Decision[]): Decision | undefined {
  const wanted = normalizeAnnotationPath(path);
  return latest(decisions.filter((d) => d.kind === 'published' && d.path === wanted && d.date !== undefined));
}

function anchoredOn(d: Decision, span: SpanLike, text: string): boolean {
  const anchored = anchorDecision(d, text);
  return anchored !== null && overlaps(anchored, span);
}

/** Half-open spans overlap when they share a character; an empty span overlaps what holds its point. */
function overlaps(a: SpanLike, b: SpanLike): boolean {
  if (a.start === a.end || b.start === b.end) return a.start <= b.end && b.start <= a.end;
  return a.start < b.end && b.start < a.end;
}

/** By `created`; on equal or unreadable timestamps the one later in the list wins. */
function latest(decisions: readonly Decision[]): Decision | undefined {
  let found: Decision | undefined;
  let foundTime = -Infinity;
  for (const d of decisions) {
    const parsed = Date.parse(d.created);
    const time = Number.isNaN(parsed) ? -Infinity : parsed;
    if (found === undefined || time >= foundTime) {
      found = d;
      foundTime = time;
    }
  }
  return found;
}
