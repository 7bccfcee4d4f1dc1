/**
 * One copy of each short string a cloned document holds. A structured clone (a worker's
 * reply) copies every string once per message, where a document analysed on this thread
 * shares its words with the stem table and its values with the code's literals: without
 * this, 10,000 articles prepared on a worker held about 150 MB more. Cleared when full,
 * so a folder of rare words cannot grow it without bound.
 */
const SHARED = new Map<string, string>();
const LIMIT = 200_000;

export function sharedWord(word: string): string {
  const known = SHARED.get(word);
  if (known !== undefined) return known;
  if (SHARED.size >= LIMIT) SHARED.clear();
  SHARED.set(word, word);
  return word;
}
