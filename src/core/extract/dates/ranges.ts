import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { DateValue } from '../../types.js';
import { componentsToTimex } from './timex.js';

/** A date expression to report: a chrono result, or one end of a range. */
export interface Mention {
  index: number;
  text: string;
  start: ParsedComponents;
  /** Already formatted (range ends); otherwise formatted from `start`. */
  value?: DateValue;
}

/**
 * "from Aug. 26 to Oct. 20", "today through Nov. 17": TimeML marks each end as its own
 * expression, so a chrono range joined by a word becomes two mentions. "January 10-12"
 * stays one.
 */
export function splitRanges(results: ParsedResult[], anchored: boolean): Mention[] {
  const mentions: Mention[] = [];
  for (const result of results) {
    const joint = result.end ? /\s+(?:to|through|thru|until|till|and)\s+/i.exec(result.text) : null;
    if (!result.end || !joint) {
      mentions.push(result);
      continue;
    }
    alignEndYear(result.start, result.end);
    const first = result.text.slice(0, joint.index);
    const second = result.text.slice(joint.index + joint[0].length);
    mentions.push({ index: result.index, text: first, start: result.start, value: componentsToTimex(result.start, first, anchored) });
    mentions.push({ index: result.index + joint.index + joint[0].length, text: second, start: result.end, value: componentsToTimex(result.end, second, anchored) });
  }
  return mentions;
}

/** A range's end without a year is in the start's year, or the next if it would precede the start. */
function alignEndYear(start: ParsedComponents, end: ParsedComponents): void {
  if (end.isCertain('year') || !end.isCertain('month')) return;
  const year = start.get('year')!;
  const before = end.get('month')! < start.get('month')! || (end.get('month') === start.get('month') && end.get('day')! < start.get('day')!);
  (end as unknown as { assign(c: 'year', v: number): void }).assign('year', before ? year + 1 : year);
  end.tags().add('timex/inferredYear');
}
