/**
 * A copy of `s` that shares no memory with the text it was cut from. V8 makes a slice of
 * 13 or more characters a view of the whole string (and `toLowerCase` returns such a view
 * as it is when nothing changes), so a cache key or table entry made from a slice would
 * keep its whole article alive. Shorter slices are copies already.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
