/**
 * Word lists as regex alternations factored by shared prefix ("spokes(?:person|man|…)").
 * V8 tries the branches of `(?:a|b|c…)` one by one at every position it reaches; a
 * factored alternation rejects a word on its first letters, which matters in the
 * patterns tried at every word of a sentence.
 *
 * Matching is unchanged: the same strings match, and where one word is a prefix of
 * another the longer is tried first, as in a list sorted longest first. Lists whose
 * order says otherwise must only be used where at most one word can match (a word
 * followed by a non-letter) or where only whether one matches counts (a lookahead).
 */

interface TrieNode {
  children: Map<string, TrieNode>;
  end: boolean;
}

/** Characters that need a backslash in a pattern. */
const SPECIAL = /[\\^$.*+?()[\]{}|/]/;

/**
 * `(?:…)` matching exactly the words; a space in a word matches `\s+`, as in
 * `pointed\s+out`.
 */
export function wordAlternation(words: readonly string[]): string {
  const root: TrieNode = { children: new Map(), end: false };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let next = node.children.get(ch);
      if (!next) node.children.set(ch, (next = { children: new Map(), end: false }));
      node = next;
    }
    node.end = true;
  }
  return `(?:${branches(root)})`;
}

function atom(ch: string): string {
  if (ch === ' ') return '\\s+';
  return SPECIAL.test(ch) ? `\\${ch}` : ch;
}

/** The alternatives below a node, each a path to a word end; a word ending here comes last (longest first). */
function branches(node: TrieNode): string {
  const parts: string[] = [];
  for (const [ch, child] of node.children) {
    // Follow a chain with a single continuation and no word ending inside it.
    let path = atom(ch);
    let at = child;
    while (!at.end && at.children.size === 1) {
      const [[next, below]] = at.children;
      path += atom(next);
      at = below;
    }
    if (at.children.size === 0) parts.push(path);
    else if (at.end) parts.push(`${path}(?:${branches(at)})?`);
    else parts.push(`${path}(?:${branches(at)})`);
  }
  return parts.join('|');
}
