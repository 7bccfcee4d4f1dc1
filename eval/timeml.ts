/**
 * Dates against TimeBank + AQUAINT (TempEval-3 training data, gold TIMEX3): our extractor
 * and plain chrono-node, strict and relaxed span P/R/F1 and value accuracy, for TIMEX3 of
 * type DATE and TIME and for all types.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractDates } from '../src/core/extract/dates/index.js';
import { chronoBaseline } from './dates/chronoBaseline.js';
import { addScore, emptyTotals, scoreDocument, summarise, type Summary, type Timex, type Totals } from './dates/score.js';
import { readTimeml, type TimemlDocument } from './dates/tml.js';
import { dataPath } from './shared/data.js';
import { round3, type EvalSection } from './shared/report.js';

export type SystemTimex = Timex & { text: string };

export const SYSTEMS: Record<'ours' | 'chrono', (doc: TimemlDocument) => SystemTimex[]> = {
  ours: (doc) =>
    extractDates(doc.text, { published: doc.published }).map((f) => ({ start: f.start, end: f.end, text: f.text, type: f.value.type, value: f.value.timex })),
  chrono: (doc) => chronoBaseline(doc.text, doc.published),
};

export const TYPE_SETS: Record<'dateTime' | 'all', (type: string) => boolean> = {
  dateTime: (type) => type === 'DATE' || type === 'TIME',
  all: () => true,
};

export function readTimemlCorpus(): TimemlDocument[] {
  const docs: TimemlDocument[] = [];
  for (const corpus of ['TimeBank', 'AQUAINT']) {
    const dir = dataPath('timeml', corpus);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.tml')).sort()) {
      docs.push(readTimeml(join(dir, file), `${corpus}/${file}`));
    }
  }
  return docs;
}

export function evaluateTimeml(): EvalSection[] {
  const docs = readTimemlCorpus();
  const totals = new Map<string, Totals>();
  const seconds: Record<string, number> = {};
  for (const [system, run] of Object.entries(SYSTEMS)) {
    const began = performance.now();
    const outputs = docs.map(run);
    seconds[system] = (performance.now() - began) / 1000;
    for (const [typeSet, keep] of Object.entries(TYPE_SETS)) {
      const t = emptyTotals();
      docs.forEach((doc, i) => addScore(t, scoreDocument(outputs[i].filter((x) => keep(x.type)), doc.timexes.filter((x) => keep(x.type)))));
      totals.set(`${system}.${typeSet}`, t);
    }
  }
  const columns = ['system', 'types', 'strict P', 'strict R', 'strict F1', 'relaxed P', 'relaxed R', 'relaxed F1', 'value acc', 'value F1'];
  const rows: (string | number)[][] = [];
  const metrics: Record<string, number> = {};
  for (const [key, t] of totals) {
    const [system, typeSet] = key.split('.');
    const s: Summary = summarise(t);
    rows.push([system, typeSet === 'dateTime' ? 'DATE+TIME' : 'all', ...(['strictP', 'strictR', 'strictF1', 'relaxedP', 'relaxedR', 'relaxedF1', 'valueAccuracy', 'valueF1'] as const).map((k) => round3(s[k]))]);
    for (const [k, v] of Object.entries(s)) metrics[`${key}.${k}`] = round3(v);
  }
  const gold = docs.reduce((n, d) => n + d.timexes.length, 0);
  return [
    {
      name: 'timeml',
      title: `Dates: TimeBank + AQUAINT (${docs.length} articles, ${gold} gold TIMEX3), ours vs chrono.casual`,
      columns,
      rows,
      metrics: { ...metrics, documents: docs.length, goldTimexes: gold },
      notes: [
        'strict = same offsets; relaxed = any overlap, one-to-one; value acc = exact TIMEX3 value over relaxed matches (TempEval-3).',
        'DATE+TIME row: only gold and system timexes of type DATE or TIME are compared.',
        `run time: ours ${seconds.ours.toFixed(1)} s, chrono ${seconds.chrono.toFixed(1)} s.`,
      ],
    },
  ];
}
