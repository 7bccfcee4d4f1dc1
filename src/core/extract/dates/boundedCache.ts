/**
 * A map that keeps only its most recently used entries, at most `capacity` of them and at
 * most `budget` in total `weigh`t: two generations, the older dropped whole when the newer
 * fills (cheaper than evicting one by one). Keys are kept as first stored, never as later
 * looked up (the caller may store a detached copy).
 */
export class BoundedCache<K, V> {
  private recent = new Map<K, { key: K; value: V }>();
  private older = new Map<K, { key: K; value: V }>();
  private recentWeight = 0;

  constructor(
    private readonly capacity: number,
    private readonly budget = Infinity,
    private readonly weigh: (key: K) => number = () => 0
  ) {}

  get(key: K): V | undefined {
    const hit = this.recent.get(key);
    if (hit) return hit.value;
    const old = this.older.get(key);
    if (!old) return undefined;
    this.add(old);
    return old.value;
  }

  set(key: K, value: V): void {
    this.add({ key, value });
  }

  clear(): void {
    this.recent.clear();
    this.older.clear();
    this.recentWeight = 0;
  }

  private add(entry: { key: K; value: V }): void {
    if (!this.recent.has(entry.key)) this.recentWeight += this.weigh(entry.key);
    this.recent.set(entry.key, entry);
    if (this.recent.size >= this.capacity / 2 || this.recentWeight >= this.budget / 2) {
      this.older = this.recent;
      this.recent = new Map();
      this.recentWeight = 0;
    }
  }
}
