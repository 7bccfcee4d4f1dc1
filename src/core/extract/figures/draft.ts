/**
 * A figure while the pipeline works on it. Each step reads the text around a draft
 * and widens it (a currency sign, "more than", "between ... and ...") or fills in
 * its value and unit.
 */
import type { NumberMention } from './numberMentions.js';

export type UnitKind = 'currency' | 'percent' | 'age' | 'noun' | 'vague-noun';

export interface FigureDraft {
  start: number;
  end: number;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string | null;
  unitKind: UnitKind | null;
  approximate: boolean;
  /** The number (or range) and its unit, without a bound such as "more than". */
  core: { start: number; end: number };
  /** The number the figure is about: the value, or the bound ("more than 10,000" -> 10000). */
  number: number;
  /** The number mentions it was built from (none for "tens of thousands"). */
  mentions: NumberMention[];
  /** A bound or approximation word was read before it. */
  bounded: boolean;
  /** Where the counted noun stands, when one was attached. */
  unitSpan?: { start: number; end: number };
}

export function draftOf(m: NumberMention): FigureDraft {
  return {
    start: m.start, end: m.end, value: m.value, min: null, max: null, unit: null, unitKind: null,
    approximate: false, core: { start: m.start, end: m.end }, number: m.value, mentions: [m], bounded: false,
  };
}

/** Multiplies every number of a draft (cents to dollars, a shared scale word). */
export function scaleDraft(d: FigureDraft, factor: number): FigureDraft {
  const times = (x: number | null) => (x === null ? null : roundFloat(x * factor));
  return { ...d, value: times(d.value), min: times(d.min), max: times(d.max), number: roundFloat(d.number * factor) };
}

/** 0.1 * 3 style noise removed: 15 significant digits, as written numbers never have more. */
export function roundFloat(x: number): number {
  return Number(x.toPrecision(15));
}

/** The text before `offset`, at most `length` characters (for look-behind regexes). */
export function before(text: string, offset: number, length = 40): string {
  return text.slice(Math.max(0, offset - length), offset);
}

/** The text after `offset`, at most `length` characters (for look-ahead regexes). */
export function after(text: string, offset: number, length = 60): string {
  return text.slice(offset, offset + length);
}
