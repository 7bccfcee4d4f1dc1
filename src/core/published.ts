/**
 * The publication date as the text states it, in this order:
 *   1. a header: YAML front matter or a `Key: value` line near the top
 *      (`date: 2021-12-28`, `Published: Dec 28, 2021`)            -> from 'header'
 *   2. a dated byline near the top: a line that is mostly a date, perhaps with an author,
 *      a time, "Published", "min read" ("by A. Writer December 27, 2021 7:24 PM 2 min read",
 *      "28 December, 2021, 02:55 pm", " date 2021-12-28 Headline") -> from 'text'
 * A date the page gives as "Updated"/"Last modified" is used only when no other is there.
 * Dates inside body sentences or captions are not bylines: the rest of their line is prose.
 * chrono-node's strict parser reads the date itself; only full dates (day, month, year) count.
 */
import * as chrono from 'chrono-node';
import type { PublicationDate, Span } from './types.js';

/** How far down a byline or header may stand. */
const TOP_CHARS = 2000;
const TOP_LINES = 25;
/** Words left on a byline once the date and its usual company are removed. */
const BYLINE_MAX_WORDS = 3;
/** ...or, when the line names an author ("by ..."), the author's name. */
const AUTHOR_MAX_WORDS = 6;
const BYLINE_MAX_CHARS = 160;

type Kind = 'published' | 'modified';

interface Candidate {
  date: string;
  span: Span;
  from: 'header' | 'text';
  kind: Kind;
}

interface Line {
  start: number;
  text: string;
}

interface FoundDate {
  date: string;
  /** Offsets within the searched string. */
  index: number;
  text: string;
}

const PUBLISHED_KEY = /^(?:date|dated|published(?:[ _-]?(?:on|at|date))?|publish(?:ed)?[ _-]?date|publication[ _-]?date|pub[ _-]?date|date[ _-]?published|posted(?:[ _-]?on)?|created(?:[ _-]?(?:on|at))?|first[ _-]published)$/i;
const MODIFIED_KEY = /^(?:(?:last[ _-]?)?(?:updated|modified|revised|edited)(?:[ _-]?(?:on|at|date))?|date[ _-]?modified|lastmod)$/i;
/** `Key: value` or `key = value`, optionally as a list item or a Markdown quote. */
const KEYED_LINE = /^[\s>*-]*([A-Za-z][A-Za-z _-]{1,30}?)\s*[:=]\s*(.*)$/;
/** A keyword followed directly by the date, without a colon (" date 2021-12-28 ..."). */
const LEADING_KEYWORD = /^[\s>*-]*(date|dated|published|posted|updated|last updated|modified|last modified)\b\s*/i;
const YEAR = /(?:^|\D)(?:1[89]|2[01])\d\d(?!\d)/;
const MODIFIED_WORD = /\b(?:updated|modified|revised|edited)\b/i;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The first full date in `text` (day, month and year all written), read by chrono's strict parser. */
function firstFullDate(text: string): FoundDate | null {
  // Every full date has a four-digit year: skip chrono on lines without one.
  if (!YEAR.test(text)) return null;
  for (const result of chrono.strict.parse(text)) {
    const start = result.start;
    if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
    const year = start.get('year')!;
    if (year < 1900 || year > 2100) continue;
    return { date: `${pad(year, 4)}-${pad(start.get('month')!)}-${pad(start.get('day')!)}`, index: result.index, text: result.text };
  }
  return null;
}

function topLines(text: string): Line[] {
  const lines: Line[] = [];
  const pattern = /[^\r\n]*/g;
  let nonBlank = 0;
  for (let match = pattern.exec(text); match && match.index < TOP_CHARS; match = pattern.exec(text)) {
    if (match[0].trim()) {
      lines.push({ start: match.index, text: match[0] });
      if (++nonBlank >= TOP_LINES) break;
    }
    if (pattern.lastIndex >= text.length) break;
    pattern.lastIndex += text.startsWith('\r\n', pattern.lastIndex) ? 2 : 1;
  }
  return lines;
}

/** `---` front matter at the very top: its `date:`-like keys, as header candidates. */
function frontMatterLines(lines: readonly Line[]): Line[] {
  if (!lines.length || lines[0]!.text.trim() !== '---') return [];
  const inside: Line[] = [];
  for (const line of lines.slice(1)) {
    if (/^(?:---|\.\.\.)\s*$/.test(line.text)) return inside;
    inside.push(line);
  }
  return [];
}

function keyedCandidate(line: Line): Candidate | null {
  const match = KEYED_LINE.exec(line.text);
  if (!match) return null;
  const key = match[1]!.trim();
  const kind: Kind | null = PUBLISHED_KEY.test(key) ? 'published' : MODIFIED_KEY.test(key) ? 'modified' : null;
  if (!kind) return null;
  const valueStart = line.text.length - match[2]!.length;
  const found = firstFullDate(match[2]!);
  if (!found) return null;
  const start = line.start + valueStart + found.index;
  return { date: found.date, span: { start, end: start + found.text.length }, from: 'header', kind };
}

/** What is left of a byline once the date, times, "min read" and byline words are gone. */
function bylineRemainder(line: string, found: FoundDate): string {
  return (line.slice(0, found.index) + ' ' + line.slice(found.index + found.text.length))
    .replace(/\b\d+\s*(?:min(?:ute)?s?|mins?)\.?\s*read\b/gi, ' ')
    .replace(/\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?/gi, ' ')
    // Time zones and agency names ("EST", "AFP") in capitals.
    .replace(/\b[A-Z]{2,5}\b/g, ' ')
    .replace(/\b(?:published|posted|updated|last|modified|date|dated|on|at|by|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\b/gi, ' ')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ');
}

function bylineCandidate(line: Line): Candidate | null {
  if (line.text.trim().length > BYLINE_MAX_CHARS) return null;
  // A labelled date whose label is not about publication ("Event: ...", "Deadline: ...").
  const keyed = KEYED_LINE.exec(line.text);
  if (keyed && !PUBLISHED_KEY.test(keyed[1]!.trim()) && !MODIFIED_KEY.test(keyed[1]!.trim())) return null;
  const found = firstFullDate(line.text);
  if (!found) return null;
  const before = line.text.slice(0, found.index);
  const kind: Kind = MODIFIED_WORD.test(before) ? 'modified' : 'published';
  const start = line.start + found.index;
  const candidate: Candidate = { date: found.date, span: { start, end: start + found.text.length }, from: 'text', kind };
  // A keyword then the date opens the line: the rest may be anything (a headline).
  const keyword = LEADING_KEYWORD.exec(line.text);
  if (keyword && keyword[0].length === found.index) return candidate;
  const words = bylineRemainder(line.text, found).split(/\s+/).filter(Boolean).length;
  const limit = /\bby\b/i.test(line.text) ? AUTHOR_MAX_WORDS : BYLINE_MAX_WORDS;
  return words <= limit ? candidate : null;
}

function pick(candidates: readonly Candidate[]): Candidate | null {
  return candidates.find((c) => c.kind === 'published') ?? null;
}

/** Reads the publication date from a header line or a dated byline near the top. */
export function detectPublicationDate(text: string): PublicationDate | null {
  const lines = topLines(text);
  const frontMatter = frontMatterLines(lines);
  const header = (frontMatter.length ? frontMatter : lines).map(keyedCandidate).filter((c): c is Candidate => c !== null);
  const bylines = lines.map(bylineCandidate).filter((c): c is Candidate => c !== null);
  const chosen = pick(header) ?? pick(bylines) ?? header[0] ?? bylines[0] ?? null;
  return chosen ? { date: chosen.date, from: chosen.from, span: chosen.span } : null;
}
