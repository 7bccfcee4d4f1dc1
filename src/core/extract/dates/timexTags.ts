import type { ParsingComponents } from 'chrono-node';
import type { DateValue, TimexType } from '../../types.js';

/**
 * Our parsers know the TIMEX3 value they mean (a quarter, a season, PAST_REF, a duration),
 * which chrono's year/month/day components cannot express. They leave it on the
 * components as tags, chrono's own way of carrying metadata through its refiners.
 */
/** Chrono's parsed and parsing components alike carry their tags. */
type Tagged = { tags(): Set<string> };

/**
 * The components' own tag set, read without copying: chrono's `tags()` returns a new Set
 * on every call, and every result's tags are read several times per parse. Falls back to
 * the copy should chrono rename its field. Read only: never add to or delete from it.
 */
export function tagsOf(components: Tagged): ReadonlySet<string> {
  const own = (components as { _tags?: unknown })._tags;
  return own instanceof Set ? (own as ReadonlySet<string>) : components.tags();
}

export function hasTag(components: Tagged, tag: string): boolean {
  return tagsOf(components).has(tag);
}

const VALUE_TAG = 'timex/value=';
const TYPE_TAG = 'timex/type=';
/** Counted from the publication date ("next week", "the quarter"): unknown when there is none. */
export const RELATIVE_TAG = 'timex/relative';
/** A bare weekday placed by the tense refiner. */
export const WEEKDAY_ONLY_TAG = 'timex/weekdayOnly';

export function markRelative(components: ParsingComponents): ParsingComponents {
  return components.addTag(RELATIVE_TAG);
}

/** Resolved later against the nearest preceding date in the text ("the next day"). */
export const ANCHOR_TAG = 'timex/anchorShiftDays=';

export function tagTimex(components: ParsingComponents, timex: string, type: TimexType): ParsingComponents {
  for (const tag of components.tags()) {
    if (tag.startsWith(VALUE_TAG) || tag.startsWith(TYPE_TAG)) components.tags().delete(tag);
  }
  markAsDate(components);
  return components.addTag(VALUE_TAG + timex).addTag(TYPE_TAG + type);
}

/**
 * Chrono's date-time merge joins a date with a following result that has no date part
 * ("January 10. Now ..."); a known year (the implied one) keeps ours from looking like a time.
 */
export function markAsDate(components: ParsingComponents): ParsingComponents {
  if (!components.isCertain('year')) components.assign('year', components.get('year')!);
  return components;
}

export function taggedTimex(components: Tagged): DateValue | null {
  let timex: string | null = null;
  let type: TimexType | null = null;
  for (const tag of tagsOf(components)) {
    if (tag.startsWith(VALUE_TAG)) timex = tag.slice(VALUE_TAG.length);
    else if (tag.startsWith(TYPE_TAG)) type = tag.slice(TYPE_TAG.length) as TimexType;
  }
  return timex !== null && type !== null ? { timex, type } : null;
}

/** "three days later": `+P3D`, `-P1Y`, counted from the story's last named date (discourse.ts). */
export const COUNTED_SHIFT_TAG = 'timex/countedShift=';

export interface CountedShift {
  /** 1 for "later", -1 for "earlier". */
  sign: 1 | -1;
  /** The length counted, a TIMEX3 duration (`P3D`, `PXD`, `PT2H`). */
  length: string;
}

export function countedShift(components: Tagged): CountedShift | null {
  for (const tag of tagsOf(components)) {
    if (tag.startsWith(COUNTED_SHIFT_TAG)) {
      const value = tag.slice(COUNTED_SHIFT_TAG.length);
      return { sign: value[0] === '-' ? -1 : 1, length: value.slice(1) };
    }
  }
  return null;
}

export function anchorShift(components: Tagged): number | null {
  for (const tag of tagsOf(components)) {
    if (tag.startsWith(ANCHOR_TAG)) return Number(tag.slice(ANCHOR_TAG.length));
  }
  return null;
}
