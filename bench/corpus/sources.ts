/**
 * The text the corpus is recombined from, read at run time (never copied into the
 * project): the paragraphs of examples/*.txt, with the story's names turned into slots,
 * and the paragraphs of the TimeML news articles in ../shared/data/timeml, tags stripped.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTimeml } from '../../eval/dates/tml.js';
import { dataPath } from '../../eval/shared/data.js';

export interface CorpusSources {
  /** Background paragraphs of the example story, names as `{slot}`s (see NAME_SLOTS). */
  exampleParagraphs: string[];
  /** Plain-text paragraphs of the TimeML articles, in file order. */
  timemlParagraphs: string[];
}

export const EXAMPLES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples');
export const TIMEML_DIR = dataPath('timeml');

/** Names in the example story and the slot each becomes; longest first so "Petra Alsing" wins over "Alsing". */
const NAME_SLOTS: [RegExp, string][] = [
  [/Vessmark Dockworkers['’] Union/g, '{union}'],
  [/Petra Alsing/g, '{spokesFull}'],
  [/Ingrid Søholm/g, '{leaderFull}'],
  [/Halvard Remi/g, '{ministerFull}'],
  [/Brisk Harbor/g, '{otherPort}'],
  [/Carvanian/g, '{countryAdjective}'],
  [/Carvania/g, '{country}'],
  [/Vessmark/g, '{port}'],
  [/Dunmere/g, '{capital}'],
  [/Tolland/g, '{neighbour}'],
  [/Alsing/g, '{spokesSurname}'],
  [/Søholm/g, '{leaderSurname}'],
  [/Remi\b/g, '{ministerSurname}'],
];

/**
 * A background paragraph that names nobody gets the story's port in its first matching
 * phrase, so that a sentence repeated across stories still says which strike it is about
 * (as a real article's would), instead of being the same sentence in a quarter of the corpus.
 */
const PORT_PHRASES: [RegExp, string][] = [
  [/\bThe authority /, 'The {port} authority '],
  [/\bThe dockworkers(['’])/, 'The {port} dockworkers$1'],
  [/\bthe two sides\b/, 'the two sides in {port}'],
  [/\bPicket lines were\b/, 'Picket lines in {port} were'],
  [/\banchored offshore\b/, 'anchored off {port}'],
  [/\bthe union /, 'the {port} union '],
];

function namePort(paragraph: string): string {
  if (paragraph.includes('{')) return paragraph;
  const rule = PORT_PHRASES.find(([pattern]) => pattern.test(paragraph));
  return rule ? paragraph.replace(rule[0], rule[1]) : paragraph;
}

/**
 * Paragraphs that state the story's varied facts are left out: the generated core
 * sentences state them, with the values of each story. Those are the vote date, the
 * number of strikers (each file's lede) and every quotation.
 */
function isCoreFact(paragraph: string, isLede: boolean): boolean {
  return isLede || /["“”]/.test(paragraph) || /\b(will|would|to) vote\b|\bvote on\b|\bTuesday\b/.test(paragraph);
}

/** Body paragraphs of one example file: lines of prose, not headlines, bylines or chrome. */
function exampleBody(text: string): string[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const prose = lines.filter((l) => l.length >= 70 && /[.!?]["”’]?$/.test(l));
  return prose.filter((p, i) => !isCoreFact(p, i === 0));
}

export function readExampleParagraphs(dir = EXAMPLES_DIR): string[] {
  const out = new Set<string>();
  // The raw page repeats the clean copy's paragraphs and adds site chrome: read the clean copy.
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt') && !f.endsWith('-raw.txt')).sort()) {
    for (const paragraph of exampleBody(readFileSync(join(dir, file), 'utf8'))) {
      out.add(namePort(NAME_SLOTS.reduce((p, [pattern, slot]) => p.replace(pattern, slot), paragraph)));
    }
  }
  return [...out];
}

/** Paragraph lengths kept from TimeML: long enough to be prose, short enough to fit a 3 KB article. */
const TIMEML_MIN = 80;
const TIMEML_MAX = 1200;

export function readTimemlParagraphs(dir = TIMEML_DIR): string[] {
  const out: string[] = [];
  for (const corpus of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const file of readdirSync(join(dir, corpus)).filter((f) => f.endsWith('.tml')).sort()) {
      const { text } = parseTimeml(file, readFileSync(join(dir, corpus, file), 'utf8'));
      for (const raw of text.split(/\n\s*\n/)) {
        const paragraph = raw.replace(/\s+/g, ' ').trim();
        if (paragraph.length >= TIMEML_MIN && paragraph.length <= TIMEML_MAX) out.push(paragraph);
      }
    }
  }
  return out;
}

let cached: CorpusSources | undefined;

/** Both sources, read once per process. */
export function loadSources(): CorpusSources {
  cached ??= { exampleParagraphs: readExampleParagraphs(), timemlParagraphs: readTimemlParagraphs() };
  return cached;
}

/** Fills `{slot}`s from `names`; an unknown slot is left as written. */
export function fillSlots(template: string, names: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, slot: string) => names[slot] ?? whole);
}
