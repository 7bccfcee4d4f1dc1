/**
 * Shingle -> the documents (numbered) that have it, for the copies index (sources.ts): one
 * number for most shingles, which only one document has, or a list. A large folder holds
 * millions of shingles; a Map of them took more memory and time (hashing its number keys,
 * rehashing as it grew) than this open-addressing table in one typed
 * array (linear probing, deletion by shifting back, so no tombstones), at most three
 * quarters full.
 * Slot k is [2k, 2k + 2), key and value side by side (one cache miss): key `shingle + 1`
 * (0: empty; shingles are below 2^30) and value `document` (>= 0) or `-(list + 1)`, a
 * list of documents kept aside.
 */
export class ShinglePostings {
  private bits = 10;
  private slots = new Int32Array(2 << 10);
  private size = 0;
  private readonly lists: (number[] | null)[] = [];
  private readonly freeLists: number[] = [];

  /** The slot a shingle hashes to (Fibonacci hashing: sampled shingles share their low bits). */
  private home(shingle: number): number {
    return Math.imul(shingle, 0x9e3779b1) >>> (32 - this.bits);
  }

  /** The slot holding `shingle`, or the empty slot where it would go. */
  private slotOf(shingle: number): number {
    const slots = this.slots;
    const mask = (1 << this.bits) - 1;
    const key = shingle + 1;
    let slot = this.home(shingle);
    for (let at = slots[2 * slot]!; at !== 0 && at !== key; at = slots[2 * slot]!) slot = (slot + 1) & mask;
    return slot;
  }

  get(shingle: number): number | number[] | undefined {
    const slot = this.slotOf(shingle);
    return this.slots[2 * slot] === 0 ? undefined : this.valueAt(slot);
  }

  private valueAt(slot: number): number | number[] {
    const value = this.slots[2 * slot + 1]!;
    return value >= 0 ? value : this.lists[-value - 1]!;
  }

  /**
   * Adds `document` to a shingle's posting in one probe and returns the posting as it was:
   * undefined for a new shingle, the one document that had it (the posting is now both),
   * or the list, left for the caller to read and then extend.
   */
  add(shingle: number, document: number): number | number[] | undefined {
    const slot = this.slotOf(shingle);
    if (this.slots[2 * slot] === 0) {
      this.insertAt(slot, shingle, document);
      return undefined;
    }
    const before = this.valueAt(slot);
    if (typeof before === 'number') this.slots[2 * slot + 1] = -this.newList([before, document]) - 1;
    return before;
  }

  set(shingle: number, posting: number | number[]): void {
    const slot = this.slotOf(shingle);
    if (this.slots[2 * slot] === 0) {
      this.insertAt(slot, shingle, typeof posting === 'number' ? posting : -this.newList(posting) - 1);
      return;
    }
    const value = this.slots[2 * slot + 1]!;
    if (value < 0) {
      // The slot's list is replaced: reuse its place, or free it for a single number.
      if (typeof posting !== 'number') {
        this.lists[-value - 1] = posting;
        return;
      }
      this.freeList(-value - 1);
    }
    this.slots[2 * slot + 1] = typeof posting === 'number' ? posting : -this.newList(posting) - 1;
  }

  delete(shingle: number): void {
    let slot = this.slotOf(shingle);
    const slots = this.slots;
    if (slots[2 * slot] === 0) return;
    if (slots[2 * slot + 1]! < 0) this.freeList(-slots[2 * slot + 1]! - 1);
    const mask = (1 << this.bits) - 1;
    // Shift back the entries after it that probed past the freed slot.
    for (let next = (slot + 1) & mask; slots[2 * next] !== 0; next = (next + 1) & mask) {
      const home = this.home(slots[2 * next]! - 1);
      const between = slot <= next ? slot < home && home <= next : slot < home || home <= next;
      if (between) continue;
      slots[2 * slot] = slots[2 * next]!;
      slots[2 * slot + 1] = slots[2 * next + 1]!;
      slot = next;
    }
    slots[2 * slot] = 0;
    slots[2 * slot + 1] = 0;
    this.size--;
  }

  private insertAt(slot: number, shingle: number, value: number): void {
    if (4 * (this.size + 1) > 3 << this.bits) {
      this.grow();
      slot = this.slotOf(shingle);
    }
    this.slots[2 * slot] = shingle + 1;
    this.slots[2 * slot + 1] = value;
    this.size++;
  }

  private newList(posting: number[]): number {
    const list = this.freeLists.pop();
    if (list === undefined) return this.lists.push(posting) - 1;
    this.lists[list] = posting;
    return list;
  }

  private freeList(list: number): void {
    this.lists[list] = null;
    this.freeLists.push(list);
  }

  private grow(): void {
    const old = this.slots;
    this.bits++;
    const slots = (this.slots = new Int32Array(2 << this.bits));
    const mask = (1 << this.bits) - 1;
    for (let k = 0; k < old.length; k += 2) {
      if (old[k] === 0) continue;
      let slot = this.home(old[k]! - 1);
      while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = old[k]!;
      slots[2 * slot + 1] = old[k + 1]!;
    }
  }
}
