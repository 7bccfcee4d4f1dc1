/**
 * Plain chrono-node as a baseline: `chrono.casual.parse(text, dct)`, each result turned
 * into a TIMEX3 value the simple way: the known components at their granularity
 * (day if a day or weekday was given, else month, else year), with chrono's own choice of
 * the implied year and day, and `THH:MM` when an hour was given.
 */
import { casual, type ParsedResult } from 'chrono-node';
import type { Timex } from './score.js';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function chronoTimex(result: ParsedResult): { value: string; type: string } {
  const c = result.start;
  const y = pad(c.get('year')!, 4);
  const day = `${y}-${pad(c.get('month')!)}-${pad(c.get('day')!)}`;
  if (c.isCertain('hour')) return { value: `${day}T${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}`, type: 'TIME' };
  if (c.isCertain('day') || c.isCertain('weekday')) return { value: day, type: 'DATE' };
  if (c.isCertain('month')) return { value: `${y}-${pad(c.get('month')!)}`, type: 'DATE' };
  if (c.isCertain('year')) return { value: y, type: 'DATE' };
  return { value: day, type: 'DATE' };
}

export function chronoBaseline(text: string, published: string | null): (Timex & { text: string })[] {
  const [y, m, d] = (published ?? '2000-01-01').split('-').map(Number);
  return casual.parse(text, new Date(y, m - 1, d, 12)).map((r) => ({
    start: r.index,
    end: r.index + r.text.length,
    text: r.text,
    ...chronoTimex(r),
  }));
}
