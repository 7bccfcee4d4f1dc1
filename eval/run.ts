/**
 * `npm run eval`: measures the extractors against the public gold data in
 * ../shared/data, prints one table per data set and writes the same figures to
 * eval/results/latest.json.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EvalSection } from './shared/report.js';
import { evaluateBoilerplate } from './boilerplate.js';
import { evaluateCrossReference } from './crossReference.js';
import { evaluatePolnear } from './polnear.js';
import { evaluateRecognizersDates } from './recognizersDates.js';
import { evaluateRecognizersNumbers } from './recognizersNumbers.js';
import { evaluateTimeml } from './timeml.js';

const sections: Array<() => Promise<EvalSection[]> | EvalSection[]> = [evaluateTimeml, evaluateRecognizersDates, evaluateRecognizersNumbers, evaluatePolnear, evaluateBoilerplate, evaluateCrossReference];

/** Counts print as integers, rates (0..1) with three decimals. */
function formatCell(c: string | number): string {
  if (typeof c === 'string') return c;
  return Number.isInteger(c) && c > 1 ? String(c) : c.toFixed(3);
}

function formatTable(section: EvalSection): string {
  const cells = [section.columns, ...section.rows.map((r) => r.map(formatCell))];
  const widths = section.columns.map((_, i) => Math.max(...cells.map((r) => String(r[i] ?? '').length)));
  const line = (r: (string | number)[]) => r.map((c, i) => String(c).padEnd(widths[i]!)).join('  ');
  const out = [`## ${section.title}`, line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const r of cells.slice(1)) out.push(line(r));
  for (const n of section.notes ?? []) out.push(`  ${n}`);
  return out.join('\n');
}

async function main(): Promise<void> {
  const results: Record<string, EvalSection['metrics']> = {};
  for (const evaluate of sections) {
    for (const section of await evaluate()) {
      console.log(formatTable(section) + '\n');
      results[section.name] = section.metrics;
    }
  }
  const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'latest.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out + '.tmp', JSON.stringify({ date: new Date().toISOString().slice(0, 10), results }, null, 2) + '\n');
  renameSync(out + '.tmp', out);
  console.log(`figures written to ${out}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
