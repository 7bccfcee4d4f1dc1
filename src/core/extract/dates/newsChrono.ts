import { Chrono, en, type ParsingContext, type ParsingResult, type Refiner } from 'chrono-node';
import { CHRONO_GATES, NEWS_GATES, gated } from './gatedParser.js';
import { AnchoredDayParser } from './parsers/anchoredDayParser.js';
import { CountedShiftParser } from './parsers/countedShiftParser.js';
import { DeterminedMonthParser } from './parsers/determinedMonthParser.js';
import { DottedDateParser } from './parsers/dottedDateParser.js';
import { DurationParser } from './parsers/durationParser.js';
import { PresentPastFutureParser } from './parsers/presentPastFutureParser.js';
import { QuarterParser } from './parsers/quarterParser.js';
import { RelativeUnitParser } from './parsers/relativeUnitParser.js';
import { SeasonParser } from './parsers/seasonParser.js';
import { SetParser } from './parsers/setParser.js';
import { SpelledYearParser } from './parsers/spelledYearParser.js';
import { WeekendParser } from './parsers/weekendParser.js';
import { YearEarlierParser } from './parsers/yearEarlierParser.js';
import { YearEndParser } from './parsers/yearEndParser.js';
import { YearParser } from './parsers/yearParser.js';
import { DropRelativeShiftsRefiner } from './refiners/dropRelativeShiftsRefiner.js';
import { MergeDateWithYearRefiner } from './refiners/mergeDateWithYearRefiner.js';
import { NewsTenseRefiner } from './refiners/newsTenseRefiner.js';
import { RejectMisreadingsRefiner } from './refiners/rejectMisreadingsRefiner.js';
import { SpanConventionRefiner } from './refiners/spanConventionRefiner.js';
import { taggedTimex } from './timexTags.js';

/**
 * Chrono's casual English configuration with the news parsers in front (so that on a tie
 * in length ours win chrono's overlap removal) and the news refiners around it. Every
 * parser is gated: it runs only on paragraphs that hold a word it needs (gatedParser.ts).
 */
function createNewsConfiguration() {
  const configuration = en.configuration.createCasualConfiguration();
  const g = NEWS_GATES;
  configuration.parsers = configuration.parsers.map((parser) => gated(parser, CHRONO_GATES[parser.constructor.name]));
  configuration.parsers.unshift(
    gated(new PresentPastFutureParser(), g.presentPastFuture),
    gated(new QuarterParser(), g.quarter),
    gated(new RelativeUnitParser(), g.relativeUnit),
    gated(new SeasonParser(), g.season),
    gated(new WeekendParser(), g.weekend),
    gated(new SetParser(), g.set),
    gated(new DottedDateParser(), g.dottedDate),
    gated(new DeterminedMonthParser(), g.thisLastMonth),
    gated(new AnchoredDayParser(), g.anchoredDay),
    gated(new CountedShiftParser(), g.counted),
    gated(new DurationParser(), g.duration),
    gated(new YearParser(), g.year),
    gated(new SpelledYearParser(), g.spelledYear),
    gated(new YearEarlierParser(), g.yearWord),
    gated(new YearEndParser(), g.yearWord),
  );
  configuration.refiners = configuration.refiners.map((refiner) => (isUnlikelyFormatFilter(refiner) ? exemptTagged(refiner) : refiner));
  configuration.refiners.unshift(new DropRelativeShiftsRefiner());
  configuration.refiners.push(
    new RejectMisreadingsRefiner(),
    new SpanConventionRefiner(),
    new MergeDateWithYearRefiner(),
    new NewsTenseRefiner(),
  );
  return configuration;
}

/**
 * Chrono's UnlikelyFormatFilter drops any result made only of digits, which would drop
 * "1998". Recognised by its shape (its `strictMode` field) rather than its class name,
 * which a minifying bundler may rename.
 */
function isUnlikelyFormatFilter(refiner: Refiner): boolean {
  return 'strictMode' in refiner && 'isValid' in refiner;
}

/** Runs `refiner` on chrono's own results only; results our parsers tagged pass through. */
function exemptTagged(refiner: Refiner): Refiner {
  return {
    refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
      const ours: ParsingResult[] = [];
      const theirs: ParsingResult[] = [];
      for (const r of results) (taggedTimex(r.start) ? ours : theirs).push(r);
      const checked = refiner.refine(context, theirs);
      return [...ours, ...checked].sort((a, b) => a.index - b.index);
    },
  };
}

/** Built once: the extractor runs on every keystroke. */
export const newsChrono = new Chrono(createNewsConfiguration());
