import type { ParsingContext } from 'chrono-node';
import type { YMD } from '../calendar.js';

/** The publication date chrono was given as reference, as plain numbers. */
export function referenceDay(context: ParsingContext): YMD {
  const d = context.reference.instant;
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}
