import type { Span } from '../../types.js';

/** Sorted spans with the running maximum of their ends, for overlap queries in O(log n). */
export class SpanSet {
  private readonly spans: Span[];
  private readonly maxEnd: number[];
  constructor(spans: readonly Span[]) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
    let max = -1;
    this.maxEnd = this.spans.map((s) => (max = Math.max(max, s.end)));
  }
  overlaps(start: number, end: number): boolean {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid]!.start < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.maxEnd[lo - 1]! > start;
  }
}
