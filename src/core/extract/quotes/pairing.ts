/**
 * Pairs quotation marks into quoted stretches in one left-to-right pass.
 *
 * Bounds, so that an unbalanced mark never swallows the document: a quotation ends at
 * its paragraph (a line break) unless the next paragraph opens with a mark of the same
 * kind (the news convention for a quote running over several paragraphs), and it
 * cannot grow past a length cap. Nested quotations (‘…’ or “…” inside "…") stay
 * inside their outer quotation and are not reported on their own.
 */
import { classifyMark, type MarkFamily, type QuoteMark } from './marks.js';

export interface QuotedStretch {
  /** Index of the opening mark. */
  start: number;
  /** One past the closing mark. */
  end: number;
  family: MarkFamily;
  /** Opening marks that only continue the quotation into a new paragraph. */
  continuations: number[];
  /** Characters of the opening and closing marks (2 for ''). */
  openLength: number;
  closeLength: number;
}

/** Longest double-quoted stretch kept (a speech quoted over several paragraphs fits). */
const MAX_QUOTE_LENGTH = 6000;
/** Single marks are mostly apostrophes: a single-quoted stretch must be short. */
const MAX_SINGLE_QUOTE_LENGTH = 300;
const MAX_NESTING = 3;

const MARK_OR_LINE_BREAK = /["“”„‘’'«»\n\r]/g;
const PARAGRAPH_GAP = /\s*/y;

function lengthCap(family: MarkFamily): number {
  return family === 'single' ? MAX_SINGLE_QUOTE_LENGTH : MAX_QUOTE_LENGTH;
}

export function pairQuotationMarks(text: string): QuotedStretch[] {
  const stretches: QuotedStretch[] = [];
  let open: QuoteMark[] = [];
  let continuations: number[] = [];
  const drop = () => {
    open = [];
    continuations = [];
  };

  const scanner = new RegExp(MARK_OR_LINE_BREAK.source, 'g');
  // `test` rather than `exec`: every match is one character, and no match array is built for each.
  while (scanner.test(text)) {
    const i = scanner.lastIndex - 1;
    const outer = open[0];
    if (outer && i - outer.index > lengthCap(outer.family)) drop();

    if (text[i] === '\n' || text[i] === '\r') {
      if (open.length === 0) continue;
      const next = paragraphStart(text, i);
      const mark = next < text.length ? classifyMark(text, next) : null;
      const bottom = open[0];
      // The continuing paragraph opens with the same mark as the quotation ("…¶"…), so a
      // straight opening left unclosed is not continued by a curly quotation.
      if (bottom.family !== 'single' && mark && mark.family === bottom.family && mark.straight === bottom.straight && mark.role !== 'close') {
        open.length = 1;
        continuations.push(next);
        scanner.lastIndex = next + mark.length;
      } else {
        drop();
      }
      continue;
    }

    const mark = classifyMark(text, i);
    if (!mark) continue;
    scanner.lastIndex = i + mark.length;
    if (mark.role !== 'open') {
      const depth = findOpen(open, mark.family);
      if (depth === 0) {
        if (hasWords(text, open[0].index + open[0].length, i)) {
          stretches.push({ start: open[0].index, end: i + mark.length, family: open[0].family, continuations, openLength: open[0].length, closeLength: mark.length });
        }
        drop();
        continue;
      }
      if (depth > 0) {
        open.length = depth;
        continue;
      }
      if (mark.role === 'close') continue;
    }
    const top = open[open.length - 1];
    if (top && top.family === mark.family && top.straight === mark.straight) {
      // The same mark opening again: the earlier (inner) quotation was never closed.
      if (open.length === 1) drop();
      else open.pop();
    }
    if (open.length >= MAX_NESTING) continue;
    if (open.length === 0 && mark.family === 'single' && mark.role === 'either') continue;
    open.push(mark);
  }
  return stretches;
}

/** The innermost open mark of `family`, as a stack depth, or -1. */
function findOpen(open: QuoteMark[], family: MarkFamily): number {
  for (let k = open.length - 1; k >= 0; k--) if (open[k].family === family) return k;
  return -1;
}

function paragraphStart(text: string, lineBreak: number): number {
  PARAGRAPH_GAP.lastIndex = lineBreak;
  PARAGRAPH_GAP.exec(text);
  return PARAGRAPH_GAP.lastIndex;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

function hasWords(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (WORD_CHARACTER.test(text[k])) return true;
  return false;
}
