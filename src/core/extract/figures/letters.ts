/** Runs of letters in a text, found without a regex (see forEachWord). */
import { codeAt, isLetter } from '../../text/charClasses.js';

/**
 * Each run of letters, as `/\p{L}+/gu` finds them: walked by hand because that regex,
 * run over every article, was this extractor's largest cost.
 */
export function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  let i = 0;
  while (i < text.length) {
    const code = codeAt(text, i);
    const size = code > 0xffff ? 2 : 1;
    if (!isLetter(code)) {
      i += size;
      continue;
    }
    const start = i;
    i += size;
    while (i < text.length) {
      const next = codeAt(text, i);
      if (!isLetter(next)) break;
      i += next > 0xffff ? 2 : 1;
    }
    visit(start, i);
  }
}
