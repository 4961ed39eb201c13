/**
 * An inverted index held in memory: term → documents (slot numbers) with a field-weighted term
 * frequency each. Slots are never reused while the index lives: a removed document is marked
 * dead by its owner and its postings are skipped, then dropped by {@link Postings.renumber}.
 */
export class PostingList {
  slots: Int32Array;
  weights: Float32Array;
  length = 0;

  constructor(capacity = 4) {
    this.slots = new Int32Array(capacity);
    this.weights = new Float32Array(capacity);
  }

  push(slot: number, weight: number): void {
    if (this.length === this.slots.length) {
      const capacity = this.slots.length * 2;
      const slots = new Int32Array(capacity);
      slots.set(this.slots);
      const weights = new Float32Array(capacity);
      weights.set(this.weights);
      this.slots = slots;
      this.weights = weights;
    }
    this.slots[this.length] = slot;
    this.weights[this.length] = weight;
    this.length += 1;
  }
}

/** Terms → posting lists, with a sorted term list for prefix look-ups and buckets for typo look-ups. */
export class Postings {
  private readonly lists = new Map<string, PostingList>();
  private sorted: string[] | null = null;
  private buckets: Map<string, string[]> | null = null;

  list(term: string): PostingList | undefined {
    return this.lists.get(term);
  }

  add(term: string, slot: number, weight: number): void {
    let list = this.lists.get(term);
    if (!list) {
      list = new PostingList();
      this.lists.set(term, list);
      this.sorted = null;
      this.buckets = null;
    }
    list.push(slot, weight);
  }

  /** Terms starting with `prefix` (not the prefix itself), most documents first, at most `limit`. */
  withPrefix(prefix: string, limit: number): string[] {
    const sorted = this.sortedTerms();
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((sorted[mid] as string) < prefix) low = mid + 1;
      else high = mid;
    }
    const found: string[] = [];
    for (let i = low; i < sorted.length; i++) {
      const term = sorted[i] as string;
      if (!term.startsWith(prefix)) break;
      if (term !== prefix) found.push(term);
    }
    if (found.length <= limit) return found;
    return found.sort((x, y) => (this.lists.get(y)?.length ?? 0) - (this.lists.get(x)?.length ?? 0)).slice(0, limit);
  }

  /**
   * Terms that could be a typo of `term`: same first letter, length within `budget`. Typos in
   * the first letter are rare, and the bucket keeps the candidates few enough to compare.
   */
  typoCandidates(term: string, budget: number): string[] {
    const buckets = this.typoBuckets();
    const found: string[] = [];
    for (let length = term.length - budget; length <= term.length + budget; length++) {
      for (const candidate of buckets.get(`${term[0]}${length}`) ?? []) found.push(candidate);
    }
    return found;
  }

  /** Renumbers slots (`map[old]`, −1: dropped) and drops terms left without postings; slot order is kept. */
  renumber(map: Int32Array): void {
    for (const [term, list] of this.lists) {
      let kept = 0;
      for (let i = 0; i < list.length; i++) {
        const slot = map[list.slots[i] as number] as number;
        if (slot < 0) continue;
        list.slots[kept] = slot;
        list.weights[kept] = list.weights[i] as number;
        kept += 1;
      }
      list.length = kept;
      if (kept === 0) this.lists.delete(term);
    }
    this.sorted = null;
    this.buckets = null;
  }

  private sortedTerms(): string[] {
    this.sorted ??= [...this.lists.keys()].sort();
    return this.sorted;
  }

  private typoBuckets(): Map<string, string[]> {
    if (!this.buckets) {
      const buckets = new Map<string, string[]>();
      for (const term of this.lists.keys()) {
        if (term.length < 4 || /^\d/.test(term)) continue;
        const key = `${term[0]}${term.length}`;
        const bucket = buckets.get(key);
        if (bucket) bucket.push(term);
        else buckets.set(key, [term]);
      }
      this.buckets = buckets;
    }
    return this.buckets;
  }
}
