/**
 * The facts filed under one key, in the order they came. Most keys hold a few facts and
 * are kept as arrays (a Set costs several times the memory); a key that grows past
 * SET_FROM becomes a Set, so taking a fact out of a common key on an edit does not scan
 * thousands of ids. Both keep insertion order, which decides what is read first.
 */
export type Posting = string[] | Set<string>;

const SET_FROM = 32;

export function postingAdd(posting: Posting, id: string): Posting {
  if (posting instanceof Set) return posting.add(id);
  posting.push(id);
  return posting.length > SET_FROM ? new Set(posting) : posting;
}

/** Takes `id` out; returns whether anything is left. */
export function postingDelete(posting: Posting, id: string): boolean {
  if (posting instanceof Set) {
    posting.delete(id);
    return posting.size > 0;
  }
  const at = posting.indexOf(id);
  if (at >= 0) posting.splice(at, 1);
  return posting.length > 0;
}

export function postingSize(posting: Posting | undefined): number {
  return posting === undefined ? 0 : posting instanceof Set ? posting.size : posting.length;
}
