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
  return posting === undefined ? 0 : Array.isArray(posting) ? posting.length : posting.size;
}

/**
 * One key's postings by value bucket (a month, an order of magnitude). A key has a few
 * buckets, asked for by name on every look-up: two short arrays scanned in order cost
 * less to hold and to ask than a Map per key. Buckets are only ever found by name, so
 * their order does not matter.
 */
export class BucketPostings<T> {
  private readonly names: string[] = [];
  private readonly postings: Posting<T>[] = [];

  /** Number of buckets holding something. */
  get size(): number {
    return this.names.length;
  }

  get(bucket: string): Posting<T> | undefined {
    const k = this.names.indexOf(bucket);
    return k < 0 ? undefined : this.postings[k];
  }

  /** Number of items in `bucket`. */
  sizeOf(bucket: string): number {
    return postingSize(this.get(bucket));
  }

  add(bucket: string, item: T): void {
    const k = this.names.indexOf(bucket);
    if (k < 0) {
      this.names.push(bucket);
      this.postings.push([item]);
    } else this.postings[k] = postingAdd(this.postings[k]!, item);
  }

  /** Takes `item` out of `bucket`; a bucket left empty goes. */
  delete(bucket: string, item: T): void {
    const k = this.names.indexOf(bucket);
    if (k < 0) return;
    if (postingDelete(this.postings[k]!, item)) return;
    this.names.splice(k, 1);
    this.postings.splice(k, 1);
  }
}
