/** A small LRU map with a maximum age: Map keeps insertion order, a hit moves the entry to the end. */
export class ResultCache<T> {
  private readonly entries = new Map<string, { value: T; at: number }>();
  /** Computations under way: concurrent misses of one key share one (no stampede after an index change). */
  private readonly pending = new Map<string, Promise<T>>();

  constructor(
    private readonly maxEntries: number,
    private readonly maxAgeMs: number,
  ) {}

  get(key: string, now: number): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (now - entry.at > this.maxAgeMs) return undefined;
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: T, now: number): void {
    this.entries.delete(key);
    this.entries.set(key, { value, at: now });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  /** The cached value, or the one `compute` yields (started once however many callers miss at the same time); failures are not kept. */
  async getOrCompute(key: string, now: number, compute: () => Promise<T>): Promise<T> {
    const hit = this.get(key, now);
    if (hit !== undefined) return hit;
    const running = this.pending.get(key);
    if (running) return running;
    const computation = compute().then((value) => {
      this.set(key, value, now);
      return value;
    });
    this.pending.set(key, computation);
    try {
      return await computation;
    } finally {
      this.pending.delete(key);
    }
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
