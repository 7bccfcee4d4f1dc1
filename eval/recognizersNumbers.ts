/**
 * Figures against the Microsoft Recognizers-Text English specs (a peer's own test
 * suite): pass rate per spec file, side by side with Recognizers-Text's own rate for
 * its JavaScript platform.
 *
 * A case passes when our output, mapped to the model's notion, is exactly the list
 * of expected results: same spans (the spec's `End` is inclusive) and same resolved
 * values (numbers equal within 1e-9 relative), same units after mapping. Each model
 * has its own extent, so each is compared against the layer of ours that matches it:
 * - NumberModel: the numeric mentions (`findNumbers`: every number, its span and value,
 *   before the figure filters that drop years, labels and pronouns);
 * - PercentModel, CurrencyModel, AgeModel: our figures whose unit is "%", a currency,
 *   an age; span and value of the figure's core (number + unit, without a leading
 *   bound such as "more than", which the spec leaves out);
 * - NumberRangeModel: our figures with a bound or a range (span including "more than",
 *   "between"); min and max compared, open or closed ends not distinguished.
 * Currency units are mapped to ISO codes ("Dollar" and "United States dollar" -> USD,
 * "Pound" -> GBP, ...); "Cent" and "Pence" amounts are hundredths of USD and GBP,
 * which is how we report them. Recognizers-Text's rate is the share of cases whose
 * `NotSupported` / `NotSupportedByDesign` does not list javascript (what its JS
 * build is tested on; at best it passes all of those).
 */
import { existsSync } from 'node:fs';
import { findFigures, findNumbers } from '../src/core/extract/figures/index.js';
import type { FigureDraft } from '../src/core/extract/figures/index.js';
import { dataPath, readJson } from './shared/data.js';
import { round3, type EvalSection } from './shared/report.js';

interface SpecResult {
  Text: string;
  Start: number;
  End: number;
  TypeName?: string;
  Resolution?: { value?: string | null; unit?: string; isoCurrency?: string } | null;
}
interface SpecCase {
  Input: string;
  Results: SpecResult[];
  NotSupported?: string;
  NotSupportedByDesign?: string;
}

/** One comparable item: a span and what it resolves to. */
interface Item {
  start: number;
  end: number;
  values: (number | null)[];
  unit?: string | null;
}

const CURRENCY_UNITS: Record<string, { code: string; factor: number }> = {
  Dollar: { code: 'USD', factor: 1 }, 'United States dollar': { code: 'USD', factor: 1 }, Cent: { code: 'USD', factor: 0.01 },
  'Canadian dollar': { code: 'CAD', factor: 1 }, 'Australian dollar': { code: 'AUD', factor: 1 }, 'Hong Kong dollar': { code: 'HKD', factor: 1 },
  'New Zealand dollar': { code: 'NZD', factor: 1 }, 'Mexican peso': { code: 'MXN', factor: 1 },
  Pound: { code: 'GBP', factor: 1 }, 'British pound': { code: 'GBP', factor: 1 }, Pence: { code: 'GBP', factor: 0.01 }, Penny: { code: 'GBP', factor: 0.01 },
  Euro: { code: 'EUR', factor: 1 }, 'Japanese yen': { code: 'JPY', factor: 1 }, 'Chinese yuan': { code: 'CNY', factor: 1 },
  'Swiss franc': { code: 'CHF', factor: 1 }, Franc: { code: 'franc', factor: 1 }, Peseta: { code: 'ESP', factor: 1 },
  'Finnish markka': { code: 'FIM', factor: 1 }, 'Netherlands guilder': { code: 'NLG', factor: 1 }, Rupee: { code: 'INR', factor: 1 },
  'Turkish lira': { code: 'TRY', factor: 1 }, 'Costa Rican colón': { code: 'CRC', factor: 1 }, 'Georgian lari': { code: 'GEL', factor: 1 },
  'Lao kip': { code: 'LAK', factor: 1 }, 'Sri Lankan rupee': { code: 'LKR', factor: 1 }, Bitcoin: { code: 'BTC', factor: 1 },
};
const AGE_UNITS: Record<string, string> = { Year: 'years old', Month: 'months old', Week: 'weeks old', Day: 'days old', Age: 'years old' };

function sameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function sameItems(ours: Item[], gold: Item[]): boolean {
  if (ours.length !== gold.length) return false;
  const sort = (xs: Item[]) => [...xs].sort((a, b) => a.start - b.start || a.end - b.end);
  const o = sort(ours);
  return sort(gold).every((g, i) => {
    const x = o[i]!;
    return x.start === g.start && x.end === g.end && x.values.length === g.values.length &&
      x.values.every((v, k) => sameNumber(v, g.values[k]!)) && (g.unit === undefined || x.unit === g.unit);
  });
}

function goldSpan(r: SpecResult): { start: number; end: number } {
  return { start: r.Start, end: r.End + 1 };
}

function numberOf(s: string | null | undefined): number | null {
  if (s === null || s === undefined || s === 'null') return null;
  return Number(s.replace('%', ''));
}

/** Parses "(20,35]", "[500,)", "(,100]" into min and max. */
function interval(s: string): [number | null, number | null] {
  const m = /^[[(]\s*([^,]*),\s*([^\])]*)[\])]$/.exec(s.trim());
  if (!m) return [null, null];
  return [m[1] ? Number(m[1]) : null, m[2] ? Number(m[2]) : null];
}

const core = (d: FigureDraft) => ({ start: d.core.start, end: d.core.end });

interface ModelSpec {
  file: string[];
  ours(input: string): Item[];
  gold(r: SpecResult): Item;
}

const MODELS: ModelSpec[] = [
  {
    file: ['Number', 'NumberModel.json'],
    ours: (input) => findNumbers(input).map((m) => ({ start: m.start, end: m.end, values: [m.value] })),
    gold: (r) => ({ ...goldSpan(r), values: [numberOf(r.Resolution?.value)] }),
  },
  {
    file: ['Number', 'PercentModel.json'],
    ours: (input) => findFigures(input, { exclude: [] }).filter((d) => d.unit === '%').map((d) => ({ ...core(d), values: [d.number] })),
    gold: (r) => ({ ...goldSpan(r), values: [numberOf(r.Resolution?.value)] }),
  },
  {
    file: ['Number', 'NumberRangeModel.json'],
    ours: (input) => findFigures(input, { exclude: [] }).filter((d) => d.min !== null || d.max !== null).filter((d) => d.mentions.length > 0)
      .map((d) => ({ start: d.start, end: d.end, values: [d.min, d.max] })),
    gold: (r) => ({ ...goldSpan(r), values: interval(String(r.Resolution?.value ?? '')) }),
  },
  {
    file: ['NumberWithUnit', 'CurrencyModel.json'],
    ours: (input) => findFigures(input, { exclude: [] }).filter((d) => d.unitKind === 'currency').map((d) => ({ ...core(d), values: [d.number], unit: d.unit })),
    gold: (r) => {
      const unit = CURRENCY_UNITS[r.Resolution?.unit ?? ''];
      const value = numberOf(r.Resolution?.value);
      return { ...goldSpan(r), values: [value === null ? null : value * (unit?.factor ?? 1)], unit: unit?.code ?? r.Resolution?.isoCurrency ?? `? ${r.Resolution?.unit}` };
    },
  },
  {
    file: ['NumberWithUnit', 'AgeModel.json'],
    ours: (input) => findFigures(input, { exclude: [] }).filter((d) => d.unitKind === 'age').map((d) => ({ ...core(d), values: [d.number], unit: d.unit })),
    gold: (r) => ({ ...goldSpan(r), values: [numberOf(r.Resolution?.value)], unit: AGE_UNITS[r.Resolution?.unit ?? ''] ?? `? ${r.Resolution?.unit}` }),
  },
];

function supportedByJavascript(c: SpecCase): boolean {
  return !`${c.NotSupported ?? ''},${c.NotSupportedByDesign ?? ''}`.toLowerCase().includes('javascript');
}

export interface RecognizersCaseResult {
  file: string;
  input: string;
  pass: boolean;
  rtSupported: boolean;
}

/** Runs every case; exported so a failing case can be inspected. */
export function runRecognizersNumbers(): RecognizersCaseResult[] {
  const out: RecognizersCaseResult[] = [];
  for (const model of MODELS) {
    const path = dataPath('recognizers-text', 'English', ...model.file);
    if (!existsSync(path)) continue;
    for (const c of readJson<SpecCase[]>(path)) {
      let pass = false;
      try {
        pass = sameItems(model.ours(c.Input), c.Results.map(model.gold));
      } catch {
        pass = false;
      }
      out.push({ file: model.file.join('/'), input: c.Input, pass, rtSupported: supportedByJavascript(c) });
    }
  }
  return out;
}

export function evaluateRecognizersNumbers(): EvalSection[] {
  const results = runRecognizersNumbers();
  const files = [...new Set(results.map((r) => r.file))];
  const rows: (string | number)[][] = [];
  const metrics: Record<string, number> = {};
  const add = (label: string, rs: RecognizersCaseResult[]) => {
    const ours = rs.filter((r) => r.pass).length / rs.length;
    const rt = rs.filter((r) => r.rtSupported).length / rs.length;
    const supported = rs.filter((r) => r.rtSupported);
    const oursOnSupported = supported.length ? supported.filter((r) => r.pass).length / supported.length : 0;
    rows.push([label, rs.length, round3(ours), round3(rt), supported.length ? round3(oursOnSupported) : '-']);
    const key = label.replace(/^.*\//, '').replace(/\.json$/, '').replace(/ /g, '-');
    metrics[`${key}.ours`] = round3(ours);
    metrics[`${key}.recognizersJs`] = round3(rt);
    metrics[`${key}.oursOnRecognizersSupported`] = round3(oursOnSupported);
  };
  for (const f of files) add(f, results.filter((r) => r.file === f));
  add('all', results);
  // Recognizers-Text's JavaScript build supports no range case: the fair total leaves the file out.
  add('all but NumberRangeModel', results.filter((r) => !r.file.endsWith('NumberRangeModel.json')));
  return [{
    name: 'recognizers-numbers',
    title: 'Figures: Recognizers-Text English specs (pass rate per file)',
    columns: ['spec file', 'cases', 'ours', 'Recognizers-Text JS', 'ours on cases RT-JS supports'],
    rows,
    metrics,
    notes: [
      'pass = same spans and same resolved values (numbers within 1e-9 relative; currency units mapped to ISO codes, cents/pence as hundredths).',
      'NumberModel is compared with our numeric mentions (findNumbers); the other models with our figures (span of number+unit; ranges with their bound words).',
      'Recognizers-Text JS = share of cases its JavaScript build is tested on (not marked NotSupported for javascript), its best possible rate.',
      'DimensionModel and TemperatureModel are left out: we attach counted nouns as written, not resolved measurement units.',
    ],
  }];
}
