/**
 * Quotations on PolNeAR (dev split, 84 news articles from 2016 with brat attribution
 * annotations): quote span precision/recall/F1, exact and at >= 50% overlap, and speaker
 * accuracy on matched quotes.
 *
 * Gold direct quotes. PolNeAR annotates every attribution (direct, indirect, mixed) as a
 * Content span, possibly in several fragments. A Content fragment is a direct quote when,
 * after trimming white space, it is one quoted stretch: it starts with an opening mark and
 * ends with the matching closing mark (a mark just outside the fragment, or a full stop or
 * comma between the words and the mark, is taken in), and no mark of the same kind stands
 * inside except one opening a continued paragraph. So `“A,” he said` gives the fragment
 * `“A,”`; `that Machado was “disgusting”` (indirect speech with an embedded quote) and
 * `“A” and “B”` are not direct quotes. Gold and predicted spans both run from the opening to
 * the closing mark.
 *
 * Speaker match (PolNeAR has no coreference, so a pronoun Source cannot be resolved from
 * gold): our speaker is right when (a) the span of the name we resolved to overlaps the gold
 * Source, or (b) the cue subject we attributed the quote to ("he" in `“…,” he said`) overlaps
 * the gold Source (same attribution; our pronoun resolution is then unverified, and counted
 * apart), or (c) the last word of our speaker's name occurs in the gold Source text
 * ("Barack Obama" vs "Mr. Obama"; for roles, the head noun: "the spokesperson" vs "a
 * spokesperson for X"). A quote with no speaker from us counts as wrong; accuracy is over
 * gold quotes matched at >= 50% overlap (among all our quotations) that have a Source. To
 * check what (b) leaves unverified, a second figure judges each pronoun-cued quote by a
 * proxy: our resolved name must occur in the nearest earlier gold Source (of any
 * attribution) that contains a name.
 *
 * Precision caveat: PolNeAR annotates attributions, not every quotation. Scare quotes and
 * titles in marks ("comfort zone", a book title) and partial quotes inside indirect speech
 * are quotations we report (the product highlights them) but gold has no direct quote for,
 * so precision over all our quotations understates. The headline rows therefore compare
 * gold direct quotes with the quotations the extractor itself classifies as direct (a clause
 * of their own: `“…,” he said`, `He said: “…”`, a quoted paragraph; see
 * src/core/extract/quotes/direct.ts); the rows below give all quotations, precision over
 * the quotes we give a speaker, and precision not counting quotes inside a gold indirect
 * Content. A match at >= 50% overlap means the overlap is at least half the longer span,
 * one-to-one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attributeQuotations, extractQuotes } from '../src/core/extract/quotes/index.js';
import { dataPath } from './shared/data.js';
import { precisionRecall, round3, type EvalSection } from './shared/report.js';

interface Span {
  start: number;
  end: number;
}

interface GoldQuote extends Span {
  source: (Span & { text: string }) | null;
}

interface Document {
  name: string;
  text: string;
  quotes: GoldQuote[];
  /** Content fragments that are not direct quotes (indirect or mixed speech). */
  otherContent: Span[];
  /** Every gold Source (of any attribution), for the pronoun proxy check. */
  sources: (Span & { text: string })[];
}

const OPENING = '“"‘\'«„';
const CLOSING = '”"’\'»';
const FAMILY: Record<string, string> = { '“': 'd', '”': 'd', '"': 'd', '„': 'd', '‘': 's', '’': 's', "'": 's', '«': 'g', '»': 'g' };

/** Marks the second apostrophe of a doubled '' (some archives' straight double quote). */
const DOUBLED = '\u2063';

/** The text with each '' read as one straight mark " followed by a placeholder, so offsets stay put. */
export function normaliseDoubledApostrophes(text: string): string {
  return text.replace(/''/g, '"' + DOUBLED);
}

/** The fragment as a quoted stretch with its marks, or null when it is not one (`text` normalised). */
export function directQuoteSpan(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e <= s) return null;
  if (text[s] === DOUBLED) s--;
  else if (!OPENING.includes(text[s]) && s > 0 && OPENING.includes(text[s - 1])) s--;
  else if (!OPENING.includes(text[s]) && s > 1 && text[s - 1] === DOUBLED) s -= 2;
  const closingAt = (k: number) => (text[k] === DOUBLED ? k - 1 : k);
  if (!CLOSING.includes(text[closingAt(e - 1)])) {
    let k = e;
    while (k < text.length && k < e + 2 && /[.,;:!?]/.test(text[k])) k++;
    if (k < text.length && CLOSING.includes(text[k])) e = k + (text[k + 1] === DOUBLED ? 2 : 1);
  } else if (e - s > 2 && /[.,;]/.test(text[e - 1]) && CLOSING.includes(text[e - 2])) e--;
  const open = text[s];
  const close = text[closingAt(e - 1)];
  if (!(OPENING.includes(open) || open === '”') || !CLOSING.includes(close) || e - s < 3) return null;
  const family = FAMILY[open];
  if (family !== FAMILY[close]) return null;
  const innerEnd = closingAt(e - 1);
  for (let k = s + (text[s + 1] === DOUBLED ? 2 : 1); k < innerEnd; k++) {
    const ch = text[k];
    if (FAMILY[ch] !== family) continue;
    if (family === 's' && /[\p{L}\p{N}]/u.test(text[k - 1] ?? '')) continue; // apostrophe
    const lineStart = /\n\s*$/.test(text.slice(Math.max(s, k - 4), k));
    if (lineStart) continue; // continued paragraph
    const nested = family === 'd' && (ch === '"') !== (open === '"') && (ch === '"') !== (close === '"');
    if (nested) continue; // “…"nested"…” in the other style
    return null;
  }
  return { start: s, end: e };
}

function parseFragments(spec: string): Span[] {
  return spec.split(';').map((f) => {
    const [a, b] = f.trim().split(/\s+/).map(Number);
    return { start: a, end: b };
  });
}

function loadDocuments(): Document[] {
  const dir = dataPath('polnear-dev');
  const annotationFiles = readdirSync(join(dir, 'attributions'));
  const rows = readFileSync(join(dir, 'metadata.tsv'), 'utf8').trim().split(/\r?\n/);
  const nameColumn = rows[0].split('\t').indexOf('filename');
  const documents: Document[] = [];
  for (const row of rows.slice(1)) {
    const name = row.split('\t')[nameColumn];
    const annotationFile = annotationFiles.find((f) => f.startsWith(name + '_') && f.endsWith('.ann'));
    if (!annotationFile) continue;
    const text = readFileSync(join(dir, 'text', name + '.txt'), 'utf8');
    const spans = new Map<string, { type: string; fragments: Span[]; text: string }>();
    const relations: Record<string, string>[] = [];
    for (const line of readFileSync(join(dir, 'attributions', annotationFile), 'utf8').split(/\r?\n/)) {
      const t = /^(T\d+)\t(\S+) ([\d ;]+)\t(.*)$/.exec(line);
      if (t) spans.set(t[1], { type: t[2], fragments: parseFragments(t[3]), text: t[4] });
      else if (line.startsWith('E')) {
        const roles: Record<string, string> = {};
        for (const arg of (line.split('\t')[1] ?? '').split(' ').slice(1)) {
          const [role, id] = arg.split(':');
          if (role && id) roles[role] = id;
        }
        relations.push(roles);
      }
    }
    const normalised = normaliseDoubledApostrophes(text);
    const quotes = new Map<string, GoldQuote>();
    const otherContent: Span[] = [];
    const sources: (Span & { text: string })[] = [];
    for (const roles of relations) {
      const source = roles.Source ? spans.get(roles.Source) : undefined;
      if (source) sources.push({ ...source.fragments[0], end: source.fragments[source.fragments.length - 1].end, text: source.text });
      const content = spans.get(roles.Content);
      if (!content) continue;
      const goldSource = source ? { ...source.fragments[0], end: source.fragments[source.fragments.length - 1].end, text: source.text } : null;
      for (const fragment of content.fragments) {
        const quote = directQuoteSpan(normalised, fragment.start, fragment.end);
        if (quote) {
          const key = `${quote.start}:${quote.end}`;
          if (!quotes.has(key) || !quotes.get(key)!.source) quotes.set(key, { ...quote, source: goldSource });
        } else otherContent.push(fragment);
      }
    }
    documents.push({ name, text, quotes: [...quotes.values()], otherContent, sources });
  }
  return documents;
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function halfOverlap(a: Span, b: Span): boolean {
  return overlap(a, b) >= 0.5 * Math.max(a.end - a.start, b.end - b.start);
}

/** One-to-one matches between gold and predicted spans, greedily by gold order. */
function matchCount(gold: Span[], predicted: Span[], matches: (g: Span, p: Span) => boolean): number {
  const used = new Set<number>();
  for (const g of gold) {
    const k = predicted.findIndex((p, i) => !used.has(i) && matches(g, p));
    if (k >= 0) used.add(k);
  }
  return used.size;
}

const PRONOUN_SOURCE = /^(?:he|she|they|it|i|we|who)$/i;
/** A Source with a name in it (a capitalised word that is not a leading determiner). */
const NAMED_SOURCE = /(?:^|\s)(?!(?:The|A|An|This|That|Another)\b)\p{Lu}/u;
const POSSESSIVE = /['’]s$/;
function lastNameWord(name: string): string {
  const words = name.replace(/\s*\([^()]*\)$/, '').split(/\s+/);
  return words[words.length - 1].replace(POSSESSIVE, '').toLowerCase();
}

/** A pronoun-cued quote whose resolved speaker the proxy disagrees with (a diagnostic, not scored). */
export interface PronounDisagreement {
  document: string;
  text: string;
  quote: Span;
  pronoun: string;
  resolved: string;
  resolvedSpan?: Span;
  proxy: Span & { text: string };
}

/** Runs the quote extractor over PolNeAR dev and scores it; `disagreements`, when given, collects the pronoun proxy's misses. */
export function evaluatePolnear(disagreements?: PronounDisagreement[]): EvalSection[] {
  const documents = loadDocuments();
  let gold = 0;
  let predicted = 0;
  let predictedWithSpeaker = 0;
  let exactTp = 0;
  let looseTp = 0;
  let looseTpWithSpeaker = 0;
  let insideIndirect = 0;
  let predictedDirect = 0;
  let exactDirectTp = 0;
  let looseDirectTp = 0;
  let speakerGold = 0;
  let speakerRight = 0;
  let speakerViaCueOnly = 0;
  let speakerMissing = 0;
  let pronounJudged = 0;
  let pronounAgrees = 0;

  for (const doc of documents) {
    const facts = extractQuotes(doc.text);
    // The same quotations, before resolution: their cue subjects and direct/partial flags.
    const { quotations } = attributeQuotations(doc.text);
    const subjectAt = new Map(quotations.map((q) => [q.stretch.start, q.subject]));
    const direct = facts.filter((_, k) => quotations[k].direct);
    predictedDirect += direct.length;
    exactDirectTp += matchCount(doc.quotes, direct, (g, p) => g.start === p.start && g.end === p.end);
    looseDirectTp += matchCount(doc.quotes, direct, halfOverlap);
    gold += doc.quotes.length;
    predicted += facts.length;
    predictedWithSpeaker += facts.filter((f) => f.value.speaker).length;

    const exactKeys = new Set(doc.quotes.map((q) => `${q.start}:${q.end}`));
    exactTp += facts.filter((f) => exactKeys.has(`${f.start}:${f.end}`)).length;

    const used = new Set<number>();
    for (const g of doc.quotes) {
      let best = -1;
      for (let k = 0; k < facts.length; k++) {
        if (used.has(k) || !halfOverlap(g, facts[k])) continue;
        if (best < 0 || overlap(g, facts[k]) > overlap(g, facts[best])) best = k;
      }
      if (best < 0) continue;
      used.add(best);
      looseTp++;
      const fact = facts[best];
      if (fact.value.speaker) looseTpWithSpeaker++;
      if (!g.source) continue;
      speakerGold++;
      if (!fact.value.speaker) {
        speakerMissing++;
        continue;
      }
      const subject = subjectAt.get(fact.start) ?? null;
      const byName = (fact.speakerSpan && overlap(fact.speakerSpan, g.source) > 0) ||
        g.source.text.toLowerCase().split(/[\s,()]+/).map((w) => w.replace(POSSESSIVE, '')).includes(lastNameWord(fact.value.speaker));
      const byCue = subject !== null && overlap(subject, g.source) > 0;
      if (byName || byCue) speakerRight++;
      if (byCue && !byName && subject?.kind === 'pronoun') {
        // Proxy check of our pronoun resolution: the nearest earlier gold Source that is a name.
        const antecedent = doc.sources
          .filter((src) => src.end <= g.source!.start && !PRONOUN_SOURCE.test(src.text) && NAMED_SOURCE.test(src.text))
          .sort((a, b) => b.end - a.end)[0];
        if (antecedent) {
          pronounJudged++;
          if (antecedent.text.toLowerCase().split(/[\s,()]+/).map((w) => w.replace(POSSESSIVE, '')).includes(lastNameWord(fact.value.speaker))) pronounAgrees++;
          else disagreements?.push({ document: doc.name, text: doc.text, quote: { start: fact.start, end: fact.end }, pronoun: subject.display, resolved: fact.value.speaker, resolvedSpan: fact.speakerSpan, proxy: antecedent });
        }
      }
      if (byCue && !byName) speakerViaCueOnly++;
    }
    for (let k = 0; k < facts.length; k++) {
      if (!used.has(k) && doc.otherContent.some((c) => c.start <= facts[k].start && facts[k].end <= c.end + 1)) insideIndirect++;
    }
  }

  const exact = precisionRecall({ truePositives: exactTp, falsePositives: predicted - exactTp, falseNegatives: gold - exactTp });
  const loose = precisionRecall({ truePositives: looseTp, falsePositives: predicted - looseTp, falseNegatives: gold - looseTp });
  const exactDirect = precisionRecall({ truePositives: exactDirectTp, falsePositives: predictedDirect - exactDirectTp, falseNegatives: gold - exactDirectTp });
  const looseDirect = precisionRecall({ truePositives: looseDirectTp, falsePositives: predictedDirect - looseDirectTp, falseNegatives: gold - looseDirectTp });
  const precisionWithSpeaker = predictedWithSpeaker === 0 ? 0 : looseTpWithSpeaker / predictedWithSpeaker;
  const precisionOutsideIndirect = predicted - insideIndirect === 0 ? 0 : looseTp / (predicted - insideIndirect);
  const speakerAccuracy = speakerGold === 0 ? 0 : speakerRight / speakerGold;
  const speakerAccuracyStrict = speakerGold === 0 ? 0 : (speakerRight - (pronounJudged - pronounAgrees)) / speakerGold;

  return [
    {
      name: 'polnear-quotes',
      title: `Quotations, PolNeAR dev (${documents.length} articles, ${gold} gold direct quotes, ${predicted} extracted)`,
      columns: ['quotes, match', 'precision', 'recall', 'F1'],
      rows: [
        [`direct quotes (${predictedDirect}), exact span`, round3(exactDirect.precision), round3(exactDirect.recall), round3(exactDirect.f1)],
        [`direct quotes, >= 50% overlap`, round3(looseDirect.precision), round3(looseDirect.recall), round3(looseDirect.f1)],
        [`all quotations (${predicted}), exact span`, round3(exact.precision), round3(exact.recall), round3(exact.f1)],
        ['all quotations, >= 50% overlap', round3(loose.precision), round3(loose.recall), round3(loose.f1)],
        ['>= 50%, precision over quotes with a speaker', round3(precisionWithSpeaker), '', ''],
        ['>= 50%, precision not counting quotes inside gold indirect speech', round3(precisionOutsideIndirect), '', ''],
        ['speaker accuracy on matched quotes', round3(speakerAccuracy), '', ''],
        ['speaker accuracy, pronoun resolution judged by the proxy below', round3(speakerAccuracyStrict), '', ''],
      ],
      metrics: {
        directExactF1: round3(exactDirect.f1),
        directOverlapPrecision: round3(looseDirect.precision),
        directOverlapRecall: round3(looseDirect.recall),
        directOverlapF1: round3(looseDirect.f1),
        exactPrecision: round3(exact.precision),
        exactRecall: round3(exact.recall),
        exactF1: round3(exact.f1),
        overlapPrecision: round3(loose.precision),
        overlapRecall: round3(loose.recall),
        overlapF1: round3(loose.f1),
        precisionWithSpeaker: round3(precisionWithSpeaker),
        precisionOutsideIndirect: round3(precisionOutsideIndirect),
        speakerAccuracy: round3(speakerAccuracy),
        speakerAccuracyPronounProxy: round3(speakerAccuracyStrict),
        speakerJudged: speakerGold,
        speakerRightByCueOnly: speakerViaCueOnly,
        speakerMissing,
        pronounResolutionAgreement: pronounJudged === 0 ? 0 : round3(pronounAgrees / pronounJudged),
      },
      notes: [
        `speaker accuracy over ${speakerGold} matched gold quotes with a Source; ${speakerViaCueOnly} judged right by the cue subject alone (pronoun/role resolution unverified); ${speakerMissing} with no speaker from us`,
        `pronoun resolution, checked against the nearest earlier gold Source that is a name (a proxy, PolNeAR has no coreference): ${pronounAgrees}/${pronounJudged} agree`,
        `${insideIndirect} unmatched extractions lie inside gold indirect-speech Content (partial quotes); PolNeAR does not annotate scare quotes`,
      ],
    },
  ];
}
