/** Chunks longer than this are cut again at a line break or sentence end. */
const MAX_CHUNK = 8000;

export interface Chunk {
  start: number;
  end: number;
}

/**
 * Chrono re-slices the text after every match, which grows with the square of the input;
 * parsing paragraph by paragraph keeps the cost linear in the text length. No date spans
 * a blank line (RejectMisreadingsRefiner drops those), so nothing is lost.
 */
export function chunks(text: string): Chunk[] {
  const out: Chunk[] = [];
  const push = (from: number, to: number) => {
    while (to - from > MAX_CHUNK) {
      const window = text.slice(from, from + MAX_CHUNK);
      const cut = Math.max(window.lastIndexOf('\n'), window.lastIndexOf('. '));
      const at = cut > MAX_CHUNK / 2 ? from + cut + 1 : from + MAX_CHUNK;
      out.push({ start: from, end: at });
      from = at;
    }
    if (to > from) out.push({ start: from, end: to });
  };
  let start = 0;
  for (const m of text.matchAll(/\n[ \t\r]*\n/g)) {
    push(start, m.index!);
    start = m.index! + m[0].length;
  }
  push(start, text.length);
  return out;
}
