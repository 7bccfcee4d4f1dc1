/**
 * Small integer ids for content words, so a block's words are an array of ints and a
 * page's vocabularies are typed arrays: hashing strings into Sets was most of the
 * classifier's time.
 *
 * A word (stemmed) gets a global id the first time any page uses it; each page then
 * numbers the words it uses 0..size-1, so its sets are as large as its own vocabulary.
 */

const GLOBAL_IDS = new Map<string, number>();
/** Per global id: the page that last numbered it, and its number there. */
let pageOf: Int32Array = new Int32Array(1024);
let localOf: Int32Array = new Int32Array(1024);
/** Per global id: the block that last listed it (a block lists each word once). */
let blockOf: Int32Array = new Int32Array(1024);
let pageStamp = 0;
let blockStamp = 0;
/** Stamps start over before they could overflow an Int32Array slot. */
const STAMP_MAX = 0x3fffffff;

export function globalWordId(word: string): number {
  let id = GLOBAL_IDS.get(word);
  if (id !== undefined) return id;
  id = GLOBAL_IDS.size;
  GLOBAL_IDS.set(word, id);
  if (id >= pageOf.length) {
    pageOf = grow(pageOf);
    localOf = grow(localOf);
    blockOf = grow(blockOf);
  }
  return id;
}

function grow(array: Int32Array): Int32Array {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}

/** Forgets all global ids; only between pages, never while a page is numbered. */
export function clearGlobalWordIds(): void {
  GLOBAL_IDS.clear();
  pageOf.fill(0);
  blockOf.fill(0);
  pageStamp = 0;
  blockStamp = 0;
}

/** Numbers the content words of one page in order of first use. */
export class PageWords {
  /** How many distinct words the page has numbered: the size of its word sets. */
  size = 0;
  private readonly page: number;
  private block = 0;

  constructor() {
    if (pageStamp === STAMP_MAX) {
      pageOf.fill(0);
      pageStamp = 0;
    }
    this.page = ++pageStamp;
  }

  /** Starts a new block's list: `add` then ignores words already in it. */
  startBlock(): void {
    if (blockStamp === STAMP_MAX) {
      blockOf.fill(0);
      blockStamp = 0;
    }
    this.block = ++blockStamp;
  }

  /** Appends the page id of global word `id` to the current block's `list` unless it is there. */
  add(list: number[], id: number): void {
    if (blockOf[id] === this.block) return;
    blockOf[id] = this.block;
    if (pageOf[id] !== this.page) {
      pageOf[id] = this.page;
      localOf[id] = this.size++;
    }
    list.push(localOf[id]!);
  }
}
