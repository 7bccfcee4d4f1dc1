/**
 * How far the heap may grow past what the last full garbage collection kept. V8 picks
 * the factor itself (up to 4x) from how fast the program allocates; a cold load
 * allocates fast and keeps a large index, so a 10,000-article folder with about 0.9 GB
 * live reached 1.5-2 GB resident. A fixed 30% keeps the process close to what it holds,
 * for a few more collections (`npm run bench`, README "Performance").
 *
 * V8 flags are process-wide (worker threads included); this one is read at each
 * collection, so setting it at start-up, before the index is built, is enough.
 */
import { setFlagsFromString } from 'node:v8';

export const HEAP_GROWING_PERCENT = 30;

export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
