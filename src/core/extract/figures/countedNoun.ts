/**
 * Counted-noun attacher: what a number counts. The unit is the head noun of the
 * words after the number, lower-case and as written, skipping the adjectives and
 * nationality words before it ("10,000 Russian soldiers" -> "soldiers", "two draft
 * pacts" -> "pacts"). A plural (or a word naming a measure) is taken as the head;
 * for one of something, the last word before a function word. "tens of thousands of
 * troops" and "millions of dollars" read through "of". A currency name as the noun
 * makes the figure money.
 */
import { currencyOfName } from './money.js';
import { after, before, type FigureDraft } from './draft.js';

/** Function words: a noun phrase ends before them. */
const STOP = new Set((
  'a an the this that these those of in on at by for from to with without into onto over under after before during since until ' +
  'and or but nor so yet as than then if when while where who whom whose which what whether because although though ' +
  'is are was were be been being am has have had do does did will would shall should can could may might must ' +
  'he she it we they i you him her them us me my his its our their your ' +
  'not no more less most least about around nearly almost some each every per all both either neither such only just also ' +
  'said says say told according percent cent ago earlier later away apart each other others ' +
  'near across along behind beyond inside outside within toward towards against among amid via off out up down like including plus'
).split(' '));

/** Plurals that do not end in "s", and nouns counted as they are. */
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'police', 'personnel', 'staff', 'cattle', 'sheep', 'fish', 'aircraft', 'deer', 'feet', 'geese', 'mice', 'teeth', 'crew', 'troops', 'infantry', 'militia', 'livestock', 'offspring', 'data']);
/** Measure words that count in the singular ("5 km", "3 mph"). */
const MEASURES = new Set(['km', 'kg', 'mph', 'kph', 'ft', 'lb', 'lbs', 'mi', 'cm', 'mm', 'kw', 'mw', 'gw', 'kwh', 'mwh', 'bpd', 'sq', 'ha', 'min', 'mins', 'hr', 'hrs', 'sec', 'secs', 'h']);

const NOUN_RUN = /^(?:[ \t\u00a0]+of)?((?:[ \t\u00a0]+[\p{L}][\p{L}'’]*(?:-[\p{L}]+)*){1,4})/u;
const HYPHEN_UNIT = /^[-‐‑](\p{L}+)(?![\p{L}-])/u;

/** Words ending in "s" that are not plurals. */
const NOT_PLURAL = new Set(['gas', 'bias', 'atlas', 'canvas', 'chaos', 'lens', 'plus', 'thus', 'this', 'yes', 'its', 'always', 'perhaps', 'whereas', 'towards', 'afterwards', 'besides', 'sometimes', 'news', 'series', 'species', 'means', 'across', 'unless', 'various', 'previous', 'famous', 'serious']);

function isPlural(word: string): boolean {
  const w = word.toLowerCase();
  if (IRREGULAR_PLURALS.has(w)) return true;
  if (NOT_PLURAL.has(w)) return false;
  return w.length > 2 && w.endsWith('s') && !/(?:ss|us|is|ous|'s|’s)$/.test(w);
}

export function attachCountedNoun(text: string, drafts: FigureDraft[]): FigureDraft[] {
  return drafts.map((d) => {
    if (d.unitKind !== null) return d;
    const rest = after(text, d.end, 80);
    const hyphen = HYPHEN_UNIT.exec(rest);
    if (hyphen) {
      const word = hyphen[1]!;
      return STOP.has(word.toLowerCase()) ? d : { ...d, unit: word.toLowerCase(), unitKind: 'noun', unitSpan: { start: d.end + 1, end: d.end + 1 + word.length } };
    }
    const run = NOUN_RUN.exec(rest);
    if (!run) return d;
    const readsOf = /^[ \t\u00a0]+of/.test(run[0]);
    // "of" only after an amount that needs it: "tens of thousands of troops", "millions of dollars"
    if (readsOf && d.mentions.length > 0 && !(d.mentions[0]!.scale > 1 && d.mentions[0]!.words)) return d;
    let offset = d.end + run[0].length - run[1]!.length;
    const words: { word: string; start: number }[] = [];
    for (const m of run[1]!.matchAll(/[\p{L}][\p{L}'’]*(?:-[\p{L}]+)*/gu)) {
      if (STOP.has(m[0].toLowerCase())) break;
      words.push({ word: m[0], start: offset + m.index! });
    }
    if (words.length === 0) return d;
    // A capitalised word counts only in a title-case line ("Deploys 122,000 Troops"), not in
    // running text, where it is a name ("at 405 Williams Ave.").
    const titleCase = /\p{Lu}[\p{L}'’]*[ \t\u00a0]+$/u.test(before(text, d.start, 30));
    const candidate = (w: { word: string }) => titleCase || !/^\p{Lu}/u.test(w.word);
    const counted = d.value === 1 ? null : words.find((w) => candidate(w) && (isPlural(w.word) || MEASURES.has(w.word.toLowerCase())));
    const head = counted ?? (d.value === 1 ? words[words.length - 1] : undefined);
    if (!head) return d;
    const unitSpan = { start: head.start, end: head.start + head.word.length };
    const money = currencyOfName('', head.word);
    // "pounds" after a bare number is as often a weight: only a sign makes it money
    if (money && money.code && money.base !== 'pound') return { ...d, unit: money.code, unitKind: 'currency', unitSpan };
    return { ...d, unit: head.word.toLowerCase(), unitKind: readsOf ? 'vague-noun' : 'noun', unitSpan };
  });
}
