/**
 * Splitting plain text into blocks, the unit the boilerplate classifier judges.
 *
 * Scraped pages usually put one paragraph (or one menu item) per line, with or without
 * blank lines between them; hand-written or e-mailed text is often hard-wrapped, where a
 * paragraph runs over several lines and only blank lines separate paragraphs. The text
 * itself says which convention it follows (see `looksHardWrapped`).
 */

export interface Block {
  /** Offsets of the block's first and past-its-last non-whitespace character. */
  start: number;
  end: number;
  text: string;
}

interface Line {
  start: number;
  end: number;
  /** Without the line break and surrounding whitespace. */
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = 0;
  for (;;) {
    const match = lineBreak.exec(text);
    const lineEnd = match ? match.index : text.length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    lines.push({ start, end, text: text.slice(start, end) });
    if (!match) break;
    lineStart = match.index + match[0].length;
  }
  return lines;
}

function isSpace(code: number): boolean {
  // Whitespace and the zero-width/BOM characters scrapers leave behind.
  return code === 32 || code === 9 || code === 0xa0 || code === 0xfeff || code === 0x200b || (code >= 0x2000 && code <= 0x200a) || code === 0x3000 || code === 11 || code === 12;
}

const SENTENCE_END = /[.!?…]["”’)\]]*$/;
const CONTINUES = /^[a-z(“"‘']/;

/**
 * A text is hard-wrapped when adjacent non-blank lines often continue one sentence (the
 * first does not end a sentence, the next starts in lower case) and lines are short.
 * Scraped one-paragraph-per-line text has long lines and almost no such pairs.
 */
function looksHardWrapped(lines: readonly Line[]): boolean {
  let pairs = 0;
  let continued = 0;
  let nonBlank = 0;
  let long = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.text) continue;
    nonBlank++;
    if (line.text.length > 120) long++;
    const next = lines[i + 1];
    if (!next || !next.text) continue;
    pairs++;
    if (!SENTENCE_END.test(line.text) && CONTINUES.test(next.text)) continued++;
    else if (/[,\-–]$/.test(line.text)) continued++;
  }
  return continued >= 2 && continued >= pairs * 0.3 && long <= nonBlank * 0.1;
}

/** Blocks in text order; blank lines never belong to a block. */
export function splitBlocks(text: string): Block[] {
  const lines = splitLines(text);
  const blocks: Block[] = [];
  if (!looksHardWrapped(lines)) {
    for (const line of lines) if (line.text) blocks.push({ start: line.start, end: line.end, text: line.text });
    return blocks;
  }
  let first: Line | null = null;
  let last: Line | null = null;
  const flush = () => {
    if (first && last) blocks.push({ start: first.start, end: last.end, text: text.slice(first.start, last.end) });
    first = last = null;
  };
  for (const line of lines) {
    if (!line.text) {
      flush();
      continue;
    }
    first ??= line;
    last = line;
  }
  flush();
  return blocks;
}
