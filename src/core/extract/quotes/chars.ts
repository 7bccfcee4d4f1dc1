/** Character tests on UTF-16 code units, for scans that would otherwise slice the text to run a pattern. */

/** Whether the code unit is white space as `\s` and `String.prototype.trim` define it. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * A copy of `s` that shares no memory with the text it was cut from: a slice keeps its
 * whole article alive, which a cache key must not.
 */
export function detached(s: string): string {
  return (' ' + s).slice(1);
}
