/**
 * Whether two figures can be the same amount: the intervals they allow overlap. An
 * exact figure is a point; "about" widens it by a tenth; "tens of thousands" and
 * "more than 10,000" are intervals already.
 */
import type { FigureValue } from '../types.js';

/** Relative width of an approximate point value ("about 4,000" = 3,600..4,400). */
const APPROXIMATE_WIDTH = 0.1;

export interface Interval {
  min: number;
  max: number;
}

export function intervalOf(value: FigureValue): Interval {
  if (value.value !== null) {
    const spread = value.approximate ? Math.abs(value.value) * APPROXIMATE_WIDTH : 0;
    return { min: value.value - spread, max: value.value + spread };
  }
  return { min: value.min ?? -Infinity, max: value.max ?? Infinity };
}

export function figuresAgree(a: FigureValue, b: FigureValue): boolean {
  const x = intervalOf(a);
  const y = intervalOf(b);
  return x.min <= y.max && y.min <= x.max;
}

/**
 * Figures far apart (a factor of this or more) are not one count reported differently
 * but two different counts: "2 pacts" is not a misreport of "122,000 troops".
 */
const MAX_RATIO = 20;

export function figuresComparable(a: FigureValue, b: FigureValue): boolean {
  const x = intervalOf(a);
  const y = intervalOf(b);
  const low = Math.max(Math.abs(Math.min(x.max, y.max)), 1e-9);
  const high = Math.max(x.min, y.min);
  return !(Number.isFinite(high) && Number.isFinite(low)) || high / low < MAX_RATIO;
}

/** A vague amount ("tens of thousands", "more than 10,000", "about 4,000") rather than a count. */
export function isVague(value: FigureValue): boolean {
  return value.approximate || value.value === null;
}
