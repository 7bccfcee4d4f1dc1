/**
 * Bound refiner: the words around a figure that make it a bound or an estimate.
 * "more than 10,000" -> min 10000 (no value); "fewer than 10", "up to 10" -> max 10;
 * "100 or more" -> min 100; "about 100", "nearly 100", "around 100" -> value 100,
 * approximate; "more than 10 and less than 20" -> min 10, max 20.
 */
import { after, before, type FigureDraft } from './draft.js';

const S = '[ \\t\\u00a0]+';
const UP = '(?:more|greater|bigger|larger|higher)';
const DOWN = '(?:less|fewer|smaller|lower)';
const OR_EQUAL = `${S}or${S}equal(?:${S}(?:to|than))?`;

/** Bound phrases, each with its kind; tried as one alternation, longest first. */
const PHRASES: [string, BoundKind][] = [
  [`${UP}(?:${S}than)?${OR_EQUAL}`, 'min'], [`${DOWN}(?:${S}than)?${OR_EQUAL}`, 'max'],
  [`equal${S}to${S}or${S}${UP}${S}than`, 'min'], [`equal${S}to${S}or${S}${DOWN}${S}than`, 'max'],
  [`at${S}least(?:${OR_EQUAL})?`, 'min'], [`at${S}most(?:${OR_EQUAL})?`, 'max'],
  [`no${S}(?:fewer|less)${S}than`, 'min'], [`(?:no|not)${S}more${S}than`, 'max'],
  [`in${S}excess${S}of`, 'min'], [`upwards${S}of`, 'min'], [`just${S}(?:over|under)`, 'approx'],
  [`${UP}${S}than`, 'min'], [`${DOWN}${S}than`, 'max'],
  ['over|above|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?', 'min'],
  [`under|below|up${S}to|as${S}many${S}as|as${S}much${S}as`, 'max'],
  [`about|around|roughly|approximately|approx\\.|nearly|almost|some|an${S}estimated|estimated|close${S}to|circa`, 'approx'],
];
const BOUND_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${PHRASES.map(([p]) => `(${p})`).join('|')})${S}$`, 'diu');
const BOUND_AFTER = /^[ \t\u00a0]+(?:or|and)[ \t\u00a0]+(more|greater|higher|above|over|less|fewer|lower|below|under)(?![\p{L}])/iu;
const RANGE_JOIN = /^[ \t\u00a0]*,?[ \t\u00a0]*(?:and|but)[ \t\u00a0]+$/i;

type BoundKind = 'min' | 'max' | 'approx';

function boundBefore(text: string, d: FigureDraft): { start: number; kind: BoundKind; phrase: string } | null {
  const look = before(text, d.start, 40);
  const m = BOUND_BEFORE.exec(look);
  if (!m) return null;
  const which = PHRASES.findIndex((_, i) => m[i + 2] !== undefined);
  return { start: d.start - look.length + m.indices![1]![0], kind: PHRASES[which]![1], phrase: m[1]! };
}

function bounded(d: FigureDraft, kind: BoundKind, approximate: boolean): FigureDraft {
  const n = d.value!;
  if (kind === 'approx') return { ...d, approximate: true, bounded: true };
  return kind === 'min'
    ? { ...d, value: null, min: n, max: null, bounded: true, approximate: approximate || d.approximate }
    : { ...d, value: null, min: null, max: n, bounded: true, approximate: approximate || d.approximate };
}

/** "more than 10 and less than 20": a lower and an upper bound of one amount. */
function joinBounds(text: string, drafts: FigureDraft[]): FigureDraft[] {
  const out: FigureDraft[] = [];
  for (const d of drafts) {
    const prev = out[out.length - 1];
    if (prev && prev.bounded && d.bounded && prev.unit === d.unit && RANGE_JOIN.test(text.slice(prev.end, d.start))) {
      const min = prev.min ?? d.min;
      const max = prev.max ?? d.max;
      if ((prev.min === null) !== (d.min === null) && min !== null && max !== null && min < max) {
        out[out.length - 1] = { ...prev, end: d.end, min, max, mentions: [...prev.mentions, ...d.mentions], core: { start: prev.core.start, end: d.core.end } };
        continue;
      }
    }
    out.push(d);
  }
  return out;
}

export function applyBounds(text: string, drafts: FigureDraft[]): FigureDraft[] {
  const withBounds = drafts.map((d) => {
    if (d.value === null) return d;
    const b = boundBefore(text, d);
    if (b) return { ...bounded(d, b.kind, /^(just|as)/i.test(b.phrase)), start: b.start };
    const a = BOUND_AFTER.exec(after(text, d.end, 24));
    if (a) return { ...bounded(d, /more|greater|higher|above|over/i.test(a[1]!) ? 'min' : 'max', false), end: d.end + a[0].length };
    return d;
  });
  return joinBounds(text, withBounds);
}
