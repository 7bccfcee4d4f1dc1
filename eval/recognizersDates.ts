/**
 * Dates against the Recognizers-Text English DateTime specs (Microsoft's own test suite):
 * pass rate per file for the date and date-range cases.
 *
 * A case passes when (1) every expected result is found by our extractor with the same
 * start and end, (2) for the parser and model files, with the same resolved value, and
 * (3) we report no other DATE or TIME fact in the input (durations and sets are ignored:
 * these files do not list them).
 * Their resolution -> TIMEX: our value equals their `Timex`/`timex`; or, where theirs
 * leaves the year open (`XXXX-01-10`), equals it with the year of their past or future
 * resolution; or, for a range, the calendar range our value covers (`2016-11` is
 * 2016-11-01..2016-12-01) equals their start/end. The reference date is their
 * `Context.ReferenceDateTime`, passed as the publication date (extractor files have none:
 * null, so our dates without a year read `XXXX`).
 * Their own rate for JavaScript is the share of cases whose NotSupported /
 * NotSupportedByDesign does not list javascript (the rest are known failures there).
 */
import { extractDates } from '../src/core/extract/dates/index.js';
import type { DateFact } from '../src/core/types.js';
import { timexRange } from './dates/timexRange.js';
import { dataPath, readJson } from './shared/data.js';
import { round3, type EvalSection } from './shared/report.js';

interface SpecResult {
  Text: string;
  Start: number;
  Length?: number;
  End?: number;
  Type?: string;
  TypeName?: string;
  Value?: { Timex?: string; FutureResolution?: Record<string, string>; PastResolution?: Record<string, string> };
  Resolution?: { values?: Array<Record<string, string>> };
}

interface SpecCase {
  Input: string;
  Context?: { ReferenceDateTime?: string };
  NotSupported?: string;
  NotSupportedByDesign?: string;
  Results: SpecResult[];
}

const FILES: Array<{ file: string; checkValue: boolean }> = [
  { file: 'DateExtractor.json', checkValue: false },
  { file: 'DateParser.json', checkValue: true },
  { file: 'DatePeriodExtractor.json', checkValue: false },
  { file: 'DatePeriodParser.json', checkValue: true },
  { file: 'DateTimeModel.json', checkValue: true },
];

const DATE_TYPES = new Set(['date', 'daterange', 'datetimeV2.date', 'datetimeV2.daterange']);

function endOf(r: SpecResult): number {
  if (r.Length !== undefined) return r.Start + r.Length;
  return (r.End ?? r.Start) + 1; // the model files give an inclusive End
}

/** Every way their resolution can be written as one of our TIMEX values or ranges. */
function acceptedValues(r: SpecResult): { timexes: Set<string>; ranges: Set<string> } {
  const timexes = new Set<string>();
  const ranges = new Set<string>();
  const addTimex = (t: string | undefined) => {
    if (!t) return;
    timexes.add(t);
    const range = /^\((\d{4}-\d\d-\d\d),(\d{4}-\d\d-\d\d),/.exec(t);
    if (range) ranges.add(`${range[1]}/${range[2]}`);
  };
  const resolutions: Array<Record<string, string> | undefined> = [r.Value?.FutureResolution, r.Value?.PastResolution, ...(r.Resolution?.values ?? [])];
  addTimex(r.Value?.Timex);
  for (const v of r.Resolution?.values ?? []) addTimex(v.timex);
  for (const res of resolutions) {
    if (!res) continue;
    const date = res.date ?? res.value;
    if (date && /^\d{4}-\d\d-\d\d$/.test(date)) {
      timexes.add(date);
      for (const t of [...timexes]) if (/^XXXX/.test(t)) timexes.add(date.slice(0, 4) + t.slice(4));
    }
    const start = res.startDate ?? res.start;
    const end = res.endDate ?? res.end;
    if (start && end) ranges.add(`${start.slice(0, 10)}/${end.slice(0, 10)}`);
  }
  return { timexes, ranges };
}

function valueMatches(fact: DateFact, r: SpecResult): boolean {
  const { timexes, ranges } = acceptedValues(r);
  if (timexes.has(fact.value.timex)) return true;
  const range = timexRange(fact.value.timex);
  return range !== null && ranges.has(`${range[0]}/${range[1]}`);
}

function passes(c: SpecCase, checkValue: boolean): boolean {
  const published = c.Context?.ReferenceDateTime?.slice(0, 10) ?? null;
  const facts = extractDates(c.Input, { published }).filter((f) => f.value.type === 'DATE' || f.value.type === 'TIME');
  const used = new Set<DateFact>();
  for (const r of c.Results) {
    const fact = facts.find((f) => f.start === r.Start && f.end === endOf(r));
    if (!fact || (checkValue && !valueMatches(fact, r))) return false;
    used.add(fact);
  }
  return facts.every((f) => used.has(f));
}

const javascriptSupports = (c: SpecCase) => !/javascript/i.test(`${c.NotSupported ?? ''},${c.NotSupportedByDesign ?? ''}`);

export function evaluateRecognizersDates(): EvalSection[] {
  const rows: (string | number)[][] = [];
  const metrics: Record<string, number> = {};
  let allCases = 0;
  let allPassed = 0;
  let allJs = 0;
  for (const { file, checkValue } of FILES) {
    const cases = readJson<SpecCase[]>(dataPath('recognizers-text', 'English', 'DateTime', file)).filter(
      // The model file mixes every type; keep the cases that are only about dates.
      (c) => c.Results.length === 0 || c.Results.every((r) => DATE_TYPES.has(r.TypeName ?? r.Type ?? '')),
    );
    const passed = cases.filter((c) => passes(c, checkValue)).length;
    const js = cases.filter(javascriptSupports).length;
    const jsPassedByUs = cases.filter((c) => javascriptSupports(c) && passes(c, checkValue)).length;
    const name = file.replace(/\.json$/, '');
    rows.push([name, cases.length, round3(passed / cases.length), round3(js / cases.length), round3(js === 0 ? 0 : jsPassedByUs / js)]);
    metrics[`${name}.cases`] = cases.length;
    metrics[`${name}.ours`] = round3(passed / cases.length);
    metrics[`${name}.recognizersJs`] = round3(js / cases.length);
    allCases += cases.length;
    allPassed += passed;
    allJs += js;
  }
  rows.push(['all', allCases, round3(allPassed / allCases), round3(allJs / allCases), '']);
  metrics['all.ours'] = round3(allPassed / allCases);
  metrics['all.recognizersJs'] = round3(allJs / allCases);
  return [
    {
      name: 'recognizers-dates',
      title: 'Dates: Recognizers-Text English DateTime specs, date and date-range cases (pass rate)',
      columns: ['file', 'cases', 'ours', 'Recognizers JS', 'ours on JS-supported'],
      rows,
      metrics,
      notes: [
        'pass = every expected result found with the same start/end (and, for parser/model files, the same value; ranges compared as calendar ranges) and no extra DATE/TIME fact.',
        'Recognizers JS = share of cases not marked NotSupported/NotSupportedByDesign for javascript.',
        'DateTimeModel: only cases whose expected results are all date/daterange (or none).',
      ],
    },
  ];
}
