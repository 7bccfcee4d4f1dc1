import type { Parser, ParsingContext, ParsingOption } from 'chrono-node';
import { DateCandidates, GATE, type GateBits, type Window } from './candidates.js';

/** The parse option that carries what the paragraph contains (see extractDates). */
export interface GatedOption extends ParsingOption {
  candidates?: DateCandidates;
}

/** Whether a parser can match in a paragraph with these candidates. */
export type Gate = (candidates: DateCandidates) => boolean;

/** A parser's gate, and the gate bit of a word that every one of its matches contains (for windows). */
export interface GateSpec {
  gate: Gate;
  window?: GateBits;
}

/** A pattern that never matches: what a closed gate gives chrono to run. */
const NEVER = { exec: () => null } as unknown as RegExp;

/**
 * `pattern` searched only inside `windows` of the paragraph. Chrono calls `exec` on what is
 * left of the paragraph after each match (`remaining`), so offsets are taken from its
 * length; the match found is the first one `pattern` would find in `remaining`, because
 * none can start outside the windows (candidates.ts).
 */
function windowed(pattern: RegExp, windows: readonly Window[], length: number): RegExp {
  return {
    exec(remaining: string): RegExpExecArray | null {
      const offset = length - remaining.length;
      for (const w of windows) {
        if (w.end <= offset) continue;
        const from = Math.max(w.start, offset);
        const match = pattern.exec(remaining.slice(from - offset, w.end - offset));
        if (match) {
          match.index += from - offset;
          return match;
        }
      }
      return null;
    },
  } as RegExp;
}

/**
 * Runs `parser` only where its gate is open, and when `window` (a gate bit whose word every
 * match contains) is given, only on the sentences around those words. Chrono asks each
 * parser for its pattern once per parse, so a closed gate costs one call instead of a scan
 * of the paragraph. Without candidates in the option (a plain `newsChrono.parse`) every
 * parser runs on all of it.
 */
export function gated(parser: Parser, spec: GateSpec | undefined): Parser {
  if (!spec) return parser;
  const { gate, window } = spec;
  return {
    pattern(context: ParsingContext) {
      const candidates = (context.option as GatedOption).candidates;
      if (!candidates) return parser.pattern(context);
      if (!gate(candidates)) return NEVER;
      const pattern = parser.pattern(context);
      // A global or sticky pattern would keep state between calls: not one chrono gives.
      if (window === undefined || pattern.global || pattern.sticky) return pattern;
      const windows = candidates.windows(window);
      if (windows.length === 1 && windows[0]!.start === 0 && windows[0]!.end === context.text.length) return pattern;
      return windowed(pattern, windows, context.text.length);
    },
    extract: (context, match) => parser.extract(context, match),
  };
}

const has = (bit: number): Gate => (c) => c.has(bit);

/**
 * What each of chrono's English parsers needs in its match, by class name. A parser not
 * listed (a renamed or new one) runs everywhere: slower, never wrong.
 */
export const CHRONO_GATES: Record<string, GateSpec> = {
  // A year of four digits, then a separator.
  ENYearMonthDayParser: { gate: has(GATE.fourDigits), window: GATE.digit },
  // These three need a digit, a separator (/ . -) and a digit.
  ISOFormatParser: { gate: has(GATE.digitSeparator), window: GATE.digit },
  SlashDateFormatParser: { gate: has(GATE.digitSeparator), window: GATE.digit },
  ENSlashMonthFormatParser: { gate: has(GATE.digitSeparator), window: GATE.digit },
  ENTimeExpressionParser: { gate: has(GATE.digit), window: GATE.digit },
  // Abbreviated units are not located by the scan: these two search the whole paragraph.
  ENTimeUnitWithinFormatParser: { gate: (c) => c.hasUnit() },
  ENTimeUnitCasualRelativeFormatParser: { gate: (c) => c.hasUnit() },
  ENTimeUnitAgoFormatParser: { gate: (c) => c.has(GATE.ago) && c.hasUnit(), window: GATE.ago },
  ENTimeUnitLaterFormatParser: { gate: (c) => c.has(GATE.later) && c.hasUnit(), window: GATE.later },
  ENRelativeDateFormatParser: { gate: (c) => c.has(GATE.thisLast) && c.hasUnit(), window: GATE.thisLast },
  ENMonthNameLittleEndianParser: { gate: has(GATE.month), window: GATE.month },
  ENMonthNameMiddleEndianParser: { gate: has(GATE.month), window: GATE.month },
  ENMonthNameParser: { gate: has(GATE.month), window: GATE.month },
  ENYearMonthNameParser: { gate: (c) => c.has(GATE.digit) && c.has(GATE.month), window: GATE.month },
  ENWeekdayParser: { gate: has(GATE.weekday), window: GATE.weekday },
  ENCasualDateParser: { gate: has(GATE.casualDate), window: GATE.casualDate },
  ENCasualTimeParser: { gate: has(GATE.casualTime), window: GATE.casualTime },
  ENEndOfCurrentMonthParser: { gate: has(GATE.monthWord), window: GATE.monthWord },
};

/** The news parsers' gates (newsChrono.ts): the gate, and the word every match contains. */
const news = (bit: GateBits): GateSpec => ({ gate: has(bit), window: bit });
export const NEWS_GATES = {
  presentPastFuture: news(GATE.presentPastFuture),
  quarter: news(GATE.quarter),
  relativeUnit: news(GATE.relativeUnit),
  season: news(GATE.season),
  weekend: news(GATE.weekend),
  set: news(GATE.set),
  // "13.5.2015": digits, a dot, digits.
  dottedDate: { gate: has(GATE.digitSeparator), window: GATE.digit } as GateSpec,
  // "1998", "the 1990s": four digits from 1600 to 2099.
  year: { gate: has(GATE.yearDigits), window: GATE.digit } as GateSpec,
  thisLastMonth: { gate: (c: DateCandidates) => c.has(GATE.thisLast) && c.has(GATE.month), window: GATE.month } as GateSpec,
  anchoredDay: news(GATE.anchoredDay),
  counted: news(GATE.counted),
  duration: news(GATE.duration),
  // "the 20th century" needs "century", which is one of the spelled-year words.
  spelledYear: news(GATE.spelledYear),
  yearWord: news(GATE.yearWord),
};
