/**
 * The facts (their signatures, so a reader has the fact's document at hand) filed under
 * one key, in the order they came. Most keys hold a few facts and
 * are kept as arrays (a Set costs several times the memory); a key that grows past
 * SET_FROM becomes a Set, so taking a fact out of a common key on an edit does not scan
 * thousands of ids. Both keep insertion order, which decides what is read first.
 */
export type Posting<T> = T[] | Set<T>;

const SET_FROM = 32;

export function postingAdd<T>(posting: Posting<T>, id: T): Posting<T> {
  if (posting instanceof Set) return posting.add(id);
  posting.push(id);
  return posting.length > SET_FROM ? new Set(posting) : posting;
}

/** Takes `id` out; returns whether anything is left. */
export function postingDelete<T>(posting: Posting<T>, id: T): boolean {
  if (posting instanceof Set) {
    posting.delete(id);
    return posting.size > 0;
  }
  const at = posting.indexOf(id);
  if (at >= 0) posting.splice(at, 1);
  return posting.length > 0;
}

export function postingSize<T>(posting: Posting<T> | undefined): number {
  return posting === undefined ? 0 : posting instanceof Set ? posting.size : posting.length;
}
