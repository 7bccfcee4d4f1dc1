/**
 * FNV-1a, 32 bits, one UTF-16 code unit (or word hash) at a time: the hash the word table
 * (claims/words.ts) and the copies index's shingles (shingleScan.ts) fold their
 * characters into without making strings.
 */
export const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function fnvStep(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, FNV_PRIME);
}
