import { LineIndex } from '../text/lineIndex.js';

/**
 * Parses JSON, or says where it stops being JSON as "line L, column C" (1-based).
 * V8 names the offset in most messages ("… at position 12") but not all ("Unexpected
 * token 'x', … is not valid JSON"); then the shortest prefix that fails the same way
 * shows where the bad token is.
 */
export function parseJsonWithPosition(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const offset = errorOffset(text, message);
    const { line, character } = new LineIndex(text).positionAt(offset);
    return { error: `not valid JSON at line ${line + 1}, column ${character + 1} (${withoutQuotedText(message)})` };
  }
}

/** V8 quotes the text itself in some messages ("Unexpected token 'x', "…" is not valid JSON"): keep the head. */
function withoutQuotedText(message: string): string {
  return /^(Unexpected token '[\s\S]*?'), [\s\S]* is not valid JSON$/.exec(message)?.[1] ?? message;
}

function errorOffset(text: string, message: string): number {
  const stated = /at position (\d+)/.exec(message);
  if (stated) return Number(stated[1]);
  if (message.startsWith('Unexpected end of JSON input')) return text.length;
  const head = message.split(',')[0]!;
  // Once a prefix holds the bad token every longer prefix fails with the same message head.
  let low = 1;
  let high = text.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (failsWith(text.slice(0, mid), head)) high = mid;
    else low = mid + 1;
  }
  return Math.max(0, low - 1);
}

function failsWith(text: string, head: string): boolean {
  try {
    JSON.parse(text);
    return false;
  } catch (err) {
    return err instanceof Error && err.message.split(',')[0] === head;
  }
}
