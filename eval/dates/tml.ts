/**
 * Reads a TimeML (.tml) file: the plain text inside `<TEXT>` with every tag removed,
 * the gold TIMEX3 spans as offsets into that plain text, and the DCT as publication date.
 */
import { readFileSync } from 'node:fs';

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  tid: string;
  type: string;
  value: string;
}

export interface TimemlDocument {
  id: string;
  text: string;
  /** YYYY-MM-DD from the DCT's TIMEX3 value, or null. */
  published: string | null;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/(\w+)="([^"]*)"/g)) out[m[1]] = m[2];
  return out;
}

/** Walks the markup once, copying text and recording where each TIMEX3 opens and closes. */
export function parseTimeml(id: string, xml: string): TimemlDocument {
  const dct = /<DCT>\s*<TIMEX3[^>]*value="(\d{4}-\d{2}-\d{2})/.exec(xml);
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>');
  const body = open < 0 ? '' : xml.slice(open + '<TEXT>'.length, close < 0 ? undefined : close);
  let text = '';
  const timexes: GoldTimex[] = [];
  const stack: { start: number; attrs: Record<string, string> }[] = [];
  const token = /<(\/?)(\w+)([^>]*)>|&(\w+);|[^<&]+|[<&]/g;
  for (const m of body.matchAll(token)) {
    if (m[2] !== undefined) {
      if (m[2] !== 'TIMEX3') continue;
      if (m[1] === '') {
        stack.push({ start: text.length, attrs: attributes(m[3]) });
        if (m[3].trimEnd().endsWith('/')) stack.pop(); // empty (non-consuming) timex: not a span
      } else {
        const top = stack.pop();
        if (top) {
          timexes.push({
            start: top.start,
            end: text.length,
            text: text.slice(top.start, text.length),
            tid: top.attrs.tid ?? '',
            type: top.attrs.type ?? '',
            value: top.attrs.value ?? '',
          });
        }
      }
    } else if (m[4] !== undefined) {
      text += ENTITIES[m[4]] ?? m[0];
    } else {
      text += m[0];
    }
  }
  timexes.sort((a, b) => a.start - b.start);
  return { id, text, published: dct ? dct[1] : null, timexes };
}

export function readTimeml(path: string, id: string): TimemlDocument {
  return parseTimeml(id, readFileSync(path, 'utf8'));
}
