/**
 * One outlet's article of a story (and its near-duplicate, if it has one): the core
 * paragraphs with the values this outlet gives, background paragraphs of the example
 * story and of TimeML news, a header with the publication date line, site chrome on raw
 * pages; sized to 3–10 KB (UTF-8) with or without its header and footer.
 */
import { dateLine, footer, header, syndicationFrame } from './chrome.js';
import { dateParagraph, figureParagraph, headline, quoteParagraph, typeset } from './core.js';
import { fillSlots } from './sources.js';
import { int, sample, type Random } from './random.js';
import type { Coverage, Story } from './story.js';
import type { PlantKind } from './types.js';

export const MIN_BYTES = 3 * 1024;
export const MAX_BYTES = 10_000;

/** Hands out background paragraphs; `maxBytes` bounds the one returned (null: none fits). */
export type ParagraphSupply = (maxBytes: number) => string | null;

/** An article before it has a path; `copy` marks the near-duplicate of the first draft of its coverage. */
export interface ArticleDraft {
  text: string;
  published?: string;
  outlet: string;
  copy: boolean;
  coreLines: Record<PlantKind, number>;
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

function assemble(head: readonly string[], body: readonly string[], foot: readonly string[], separator: string): string {
  return [...head, body.join(separator), ...foot].join('\n\n') + '\n';
}

/** 0-based line on which `paragraph` starts in `text`. */
function lineOf(text: string, paragraph: string): number {
  const at = text.indexOf(paragraph);
  if (at < 0) throw new Error(`core paragraph missing from article: ${paragraph.slice(0, 40)}…`);
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

export function writeCoverage(
  rng: Random,
  story: Story,
  coverage: Coverage,
  background: { examples: readonly string[]; timeml: ParagraphSupply },
  otherPorts: readonly string[],
): ArticleDraft[] {
  const { outlet } = coverage;
  const dated = outlet.dateLine !== 'none';
  const value = <K extends PlantKind>(kind: K) => (coverage.says[kind] === 'agree' ? story.values : story.alternate)[kind];
  const core: Record<PlantKind, string> = {
    figure: typeset(figureParagraph(rng, story.names, value('figure')), outlet.curly),
    date: typeset(dateParagraph(rng, story.names, value('date'), dated), outlet.curly),
    quote: quoteParagraph(rng, story.names, typeset(value('quote'), outlet.curly), outlet.curly),
  };
  const examples = sample(rng, background.examples, int(rng, 2, 5)).map((p) => fillSlots(p, story.names));
  // The lede states the figure; the date and quote follow within the first paragraphs.
  const body = [core.figure, core.date, core.quote];
  for (const paragraph of examples) body.splice(int(rng, 1, body.length), 0, paragraph);

  const title = typeset(headline(rng, story.names), outlet.curly);
  const date = dateLine(rng, outlet, story.published);
  const year = +story.published.slice(0, 4);
  const frames = [{ head: header(rng, outlet, title, date, coverage.raw), foot: footer(rng, outlet, year, coverage.raw, otherPorts) }];
  const copy = coverage.copy;
  if (copy?.kind === 'clean') frames.push({ head: [title], foot: [] });
  if (copy?.kind === 'syndicated') frames.push(syndicationFrame(rng, copy.by, outlet, title, dateLine(rng, copy.by, story.published), year));

  const separator = outlet.blankLines ? '\n\n' : '\n';
  const sizes = () => frames.map((f) => bytes(assemble(f.head, body, f.foot, separator)));
  const target = int(rng, MIN_BYTES + 200, MAX_BYTES - 800);
  for (;;) {
    const s = sizes();
    const room = MAX_BYTES - Math.max(...s) - separator.length;
    if (Math.min(...s) >= target && Math.min(...s) >= MIN_BYTES) break;
    const next = background.timeml(room);
    if (next === null) break;
    body.push(next);
  }
  const drafts = frames.map((frame, i): ArticleDraft => {
    const text = assemble(frame.head, body, frame.foot, separator);
    const coreLines = { figure: lineOf(text, core.figure), date: lineOf(text, core.date), quote: lineOf(text, core.quote) };
    const copyDated = i === 0 ? dated : copy?.kind === 'syndicated' && copy.by.dateLine !== 'none';
    const published = copyDated ? story.published : undefined;
    const by = i === 1 && copy?.kind === 'syndicated' ? copy.by.name : outlet.name;
    return { text, ...(published ? { published } : {}), outlet: by, copy: i > 0, coreLines };
  });
  return drafts;
}
