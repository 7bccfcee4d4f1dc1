/**
 * Body versus chrome on PolNeAR (dev split, 84 news articles as plain article bodies): how
 * much real article text `findRegions` marks as boilerplate, and how many facts that loses.
 *
 * Gold: the texts are article body. A few still carry chrome, found by general rules (not by
 * file name) and counted apart: a paragraph that opens with "Editor's note" (a site-wide note
 * appended to articles), a paragraph that is a markup element (an embedded tweet left as
 * `<tweet ...>`), and a paragraph with no letters (a `___` divider). A paragraph here is a
 * run of non-blank lines. Photo credits ("Getty.") stay in the body gold: no general rule
 * tells them from a short body line, so marking them counts as an error here.
 *
 * The seeds (../shared/seeds, real pages with their chrome) have no gold; their row is the
 * share marked, for information.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findRegions } from '../src/core/boilerplate.js';
import { analyzeDocument } from '../src/core/document.js';
import type { Region } from '../src/core/types.js';
import { dataPath } from './shared/data.js';
import { round3, type EvalSection } from './shared/report.js';

const SEEDS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'seeds');

/** A document is badly served when more than this share of its body is marked chrome. */
const BAD_DOCUMENT_SHARE = 0.05;

interface Span {
  start: number;
  end: number;
}

const EDITORS_NOTE = /^editor['’]s note\b/i;
/** One element, possibly with text inside: `<tweet id="1"><tweet/>.` */
const MARKUP_ELEMENT = /^<[A-Za-z][^>]*>[\s\S]*>\W*$/;

/** Paragraphs (runs of non-blank lines) that are chrome by the rules in the header. */
export function knownChrome(text: string): Span[] {
  const spans: Span[] = [];
  const paragraph = /\S(?:[^\n]|\n(?![ \t]*\n))*/g;
  for (const match of text.matchAll(paragraph)) {
    const body = match[0].trimEnd();
    if (EDITORS_NOTE.test(body) || MARKUP_ELEMENT.test(body) || !/\p{L}/u.test(body)) {
      spans.push({ start: match.index!, end: match.index! + body.length });
    }
  }
  return spans;
}

function nonSpace(text: string, span: Span): number {
  return text.slice(span.start, span.end).replace(/\s+/g, '').length;
}

/** Non-space characters of `spans` that boilerplate regions cover. */
function markedNonSpace(text: string, regions: readonly Region[], spans: readonly Span[]): number {
  let n = 0;
  for (const r of regions) {
    if (!r.boilerplate) continue;
    for (const s of spans) {
      const start = Math.max(r.start, s.start);
      const end = Math.min(r.end, s.end);
      if (end > start) n += nonSpace(text, { start, end });
    }
  }
  return n;
}

function inside(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => start >= s.start && end <= s.end);
}

export function evaluateBoilerplate(): EvalSection[] {
  const dir = dataPath('polnear-dev', 'text');
  const names = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
  let bodyChars = 0;
  let bodyMarked = 0;
  let chromeChars = 0;
  let chromeMarked = 0;
  let badDocs = 0;
  let docsWithChrome = 0;
  const worst: { name: string; share: number }[] = [];
  const kinds = ['date', 'figure', 'quote'] as const;
  const facts = Object.fromEntries(kinds.map((k) => [k, { total: 0, flagged: 0 }])) as Record<(typeof kinds)[number], { total: number; flagged: number }>;
  let chromeFacts = 0;
  let chromeFactsFlagged = 0;

  for (const name of names) {
    const text = readFileSync(join(dir, name), 'utf8');
    const chrome = knownChrome(text);
    // Body gold: everything outside the known chrome, as spans.
    const body: Span[] = [];
    let at = 0;
    for (const c of chrome) {
      body.push({ start: at, end: c.start });
      at = c.end;
    }
    body.push({ start: at, end: text.length });
    if (chrome.length) docsWithChrome++;

    const doc = analyzeDocument(text);
    const docBody = body.reduce((n, s) => n + nonSpace(text, s), 0);
    const docMarked = markedNonSpace(text, doc.regions, body);
    bodyChars += docBody;
    bodyMarked += docMarked;
    chromeChars += chrome.reduce((n, s) => n + nonSpace(text, s), 0);
    chromeMarked += markedNonSpace(text, doc.regions, chrome);
    const share = docBody ? docMarked / docBody : 0;
    if (share > BAD_DOCUMENT_SHARE) badDocs++;
    if (share > 0) worst.push({ name, share });

    for (const fact of doc.facts) {
      if (inside(chrome, fact.start, fact.end)) {
        chromeFacts++;
        if (fact.boilerplate) chromeFactsFlagged++;
        continue;
      }
      facts[fact.kind].total++;
      if (fact.boilerplate) facts[fact.kind].flagged++;
    }
  }

  let seedChars = 0;
  let seedMarked = 0;
  const seedShares: string[] = [];
  let seedNames: string[] = [];
  try {
    seedNames = readdirSync(SEEDS_DIR).filter((n) => n.endsWith('.txt')).sort();
  } catch {
    // No seeds beside the checkout: the row says so.
  }
  for (const name of seedNames) {
    const text = readFileSync(join(SEEDS_DIR, name), 'utf8');
    const all = [{ start: 0, end: text.length }];
    const chars = nonSpace(text, all[0]!);
    const marked = markedNonSpace(text, findRegions(text), all);
    seedChars += chars;
    seedMarked += marked;
    seedShares.push(`${name.slice(0, 3)} ${round3(chars ? marked / chars : 0)}`);
  }

  // Four decimals: on clean text the shares are well under 1%.
  const rate = (a: number, b: number) => Math.round((b ? a / b : 0) * 1e4) / 1e4;
  const percent = (a: number, b: number) => `${(b ? (100 * a) / b : 0).toFixed(2)}%`;
  worst.sort((a, b) => b.share - a.share);
  const allChars = bodyChars + chromeChars;
  const allMarked = bodyMarked + chromeMarked;
  const rows: (string | number)[][] = [
    ['all characters marked boilerplate', rate(allMarked, allChars), `${allMarked} / ${allChars} (${percent(allMarked, allChars)})`],
    ['body characters marked boilerplate', rate(bodyMarked, bodyChars), `${bodyMarked} / ${bodyChars} (${percent(bodyMarked, bodyChars)})`],
    [`documents with > ${BAD_DOCUMENT_SHARE * 100}% of body marked`, rate(badDocs, names.length), `${badDocs} / ${names.length}`],
    ...kinds.map((k) => [`${k} facts in body flagged boilerplate`, rate(facts[k].flagged, facts[k].total), `${facts[k].flagged} / ${facts[k].total}`]),
    ['known-chrome characters marked (editor\'s notes, embeds, dividers)', rate(chromeMarked, chromeChars), `${chromeMarked} / ${chromeChars} in ${docsWithChrome} docs`],
    ['facts in known chrome flagged boilerplate', rate(chromeFactsFlagged, chromeFacts), `${chromeFactsFlagged} / ${chromeFacts}`],
    ['seeds: characters marked boilerplate (no gold)', rate(seedMarked, seedChars), seedShares.join(', ') || 'no seeds found'],
  ];
  const factTotal = kinds.reduce((n, k) => n + facts[k].total, 0);
  const factFlagged = kinds.reduce((n, k) => n + facts[k].flagged, 0);
  return [
    {
      name: 'boilerplate',
      title: `Boilerplate on PolNeAR dev (${names.length} article bodies; gold: all body except known chrome)`,
      columns: ['measure', 'share', 'count'],
      rows,
      metrics: {
        allCharsMarked: rate(allMarked, allChars),
        bodyCharsMarked: rate(bodyMarked, bodyChars),
        documentsOver5Percent: rate(badDocs, names.length),
        factsFlagged: rate(factFlagged, factTotal),
        ...Object.fromEntries(kinds.map((k) => [`${k}FactsFlagged`, rate(facts[k].flagged, facts[k].total)])),
        knownChromeMarked: rate(chromeMarked, chromeChars),
        seedCharsMarked: rate(seedMarked, seedChars),
      },
      notes: [
        'Characters are counted without white space. Known chrome: paragraphs opening with "Editor\'s note", markup elements (embedded tweets), lines with no letters.',
        'Photo credits under pictures are left in the body gold (no general rule finds them), so much of the body marked is real chrome.',
        `Worst documents: ${worst.slice(0, 3).map((w) => `${w.name.slice(0, 30)} ${round3(w.share)}`).join('; ') || 'none'}.`,
      ],
    },
  ];
}
