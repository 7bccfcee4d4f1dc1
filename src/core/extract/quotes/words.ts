import type { QuotedStretch } from './pairing.js';

/** The words inside the marks: continuation marks dropped, white space folded, a trailing comma left to the sentence. */
export function quotedWords(text: string, stretch: QuotedStretch): string {
  let inner = '';
  let from = stretch.start + stretch.openLength;
  for (const mark of stretch.continuations) {
    inner += text.slice(from, mark) + ' ';
    from = mark + (text.startsWith("''", mark) ? 2 : 1);
  }
  inner += text.slice(from, stretch.end - stretch.closeLength);
  // American punctuation puts the sentence's comma inside the marks ("…Russia," the
  // spokesperson said): it is not the speaker's, so it is dropped for comparison.
  return inner.replace(/\s+/g, ' ').trim().replace(/\s*,$/, '');
}
