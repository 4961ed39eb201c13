import { distance } from 'fastest-levenshtein';
import type { OfferFacet } from '@knotenpunkt/shared/contracts';
import { typoBudget } from '@knotenpunkt/shared/search-text';
import type { EngineQuery, TextUnit } from '../search-index.port';
import type { MemoryOffer, MemoryOfferText, MemorySession } from './memory-offer';
import { Postings, type PostingList } from './postings';

/** Field weights of the text (title counts most, the provider's name least). */
export const FIELD_WEIGHTS = { a: 3, b: 1.6, c: 1, d: 0.5 } as const;
/** BM25 saturation and length normalisation. */
const K1 = 1.2;
const B = 0.5;
/** A partial match only widens the result while fewer offers than this match more of the query (Meilisearch's matchingStrategy). */
export const ENOUGH_RESULTS = 20;
/** Prefix expansion: at most this many index terms per query word. */
const PREFIX_TERMS = 40;
/** Typo candidates kept per query word, closest first. */
const TYPO_TERMS = 6;
/** Weight of a typo correction against the word as typed. */
const TYPO_WEIGHT = 0.75;
/** Relevance of an offer whose registration deadline has passed, against one still open. */
const DEADLINE_PASSED_FACTOR = 0.6;
const MAX_UNITS = 24;

export type Analyse = (text: string) => string[];

/** One hit before the page is read: the offer's slot, its matching sessions and the nearest distance. */
export interface MemoryHit {
  offer: MemoryOffer;
  score: number;
  sessions: (MemorySession & { distanceKm: number | null })[];
  distanceKm: number | null;
  /** Found through its provider's service area, without a dated session there. */
  onRequest: boolean;
}

export interface MemoryResult {
  hits: MemoryHit[];
  total: number;
  facets: Partial<Record<OfferFacet, Record<string, number>>>;
  /** How many query units the weakest hit matches (all units: no word was dropped). */
  matchedUnits: number;
  units: number;
}

/** Scratch space of one search (searches run one at a time: JavaScript has one thread). */
interface Scratch {
  mask: Uint32Array;
  score: Float32Array;
  phrase: Uint8Array;
  touched: Int32Array;
  touchedCount: number;
}

/**
 * The embedded search engine's offers, held in memory and built from the search tables
 * (PostgreSQL stays the source of truth). Text: an inverted index over the analysed terms of
 * four weighted fields, scored BM25-like per query unit; a query matches every offer that
 * contains at least one unit, ranked by the weighted share of the query it covers, and the
 * result keeps only the offers covering most units while that still gives enough results (the
 * behaviour of Meilisearch's matchingStrategy). Filters, facets and the page are computed over
 * plain arrays: a search touches only the postings of its words and the candidate offers.
 */
export class MemoryOfferIndex {
  private readonly postings = new Postings();
  private offers: (MemoryOffer | null)[] = [];
  private alive = new Uint8Array(1024);
  private lengths = new Float32Array(1024);
  private termCounts = new Int32Array(1024);
  private readonly slotOf = new Map<string, number>();
  private totalLength = 0;
  private deadPostings = 0;
  private livePostings = 0;
  private scratch: Scratch | null = null;

  constructor(private readonly analyse: Analyse) {}

  get size(): number {
    return this.slotOf.size;
  }

  get slots(): number {
    return this.offers.length;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  upsert(offer: MemoryOffer, text: MemoryOfferText): void {
    this.remove(offer.id);
    const slot = this.offers.length;
    this.ensureCapacity(slot + 1);
    const weights = new Map<string, number>();
    let length = 0;
    for (const field of ['a', 'b', 'c', 'd'] as const) {
      const weight = FIELD_WEIGHTS[field];
      for (const term of this.analyse(text[field])) {
        weights.set(term, (weights.get(term) ?? 0) + weight);
        length += weight;
      }
    }
    for (const [term, weight] of weights) this.postings.add(term, slot, weight);
    this.offers.push(offer);
    this.alive[slot] = 1;
    this.lengths[slot] = length;
    this.termCounts[slot] = weights.size;
    this.totalLength += length;
    this.livePostings += weights.size;
    this.slotOf.set(offer.id, slot);
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    this.alive[slot] = 0;
    this.offers[slot] = null;
    this.totalLength -= this.lengths[slot] as number;
    // The slot's postings stay until compact().
    this.deadPostings += this.termCounts[slot] as number;
    this.livePostings -= this.termCounts[slot] as number;
    if (this.deadPostings > 50_000 && this.deadPostings > this.livePostings * 0.25) this.compact();
  }

  /** Drops the postings of removed offers. */
  compact(): void {
    this.postings.compact(this.alive);
    this.deadPostings = 0;
  }

  /** Slots no longer used, as a share of all slots (the owner rebuilds the index when it grows). */
  get wasted(): number {
    return this.offers.length === 0 ? 0 : 1 - this.slotOf.size / this.offers.length;
  }

  search(query: EngineQuery & { units: TextUnit[] }): MemoryResult {
    const now = Date.parse(query.now);
    const today = query.now.slice(0, 10);
    const units = query.units.slice(0, MAX_UNITS);
    const filters = compileFilters(query.filters);
    const candidates: MemoryHit[] = [];
    const levels: number[] = [];

    if (units.length === 0) {
      for (let slot = 0; slot < this.offers.length; slot++) {
        const offer = this.offers[slot];
        if (!offer) continue;
        const hit = matchOffer(offer, filters, now);
        if (!hit) continue;
        hit.score = 0;
        candidates.push(hit);
        levels.push(0);
      }
    } else {
      const scratch = this.scoreText(units);
      const full = units.length;
      for (let i = 0; i < scratch.touchedCount; i++) {
        const slot = scratch.touched[i] as number;
        const offer = this.offers[slot];
        const mask = scratch.mask[slot] as number;
        const score = scratch.score[slot] as number;
        scratch.mask[slot] = 0;
        scratch.score[slot] = 0;
        if (!offer || mask === 0) continue;
        const hit = matchOffer(offer, filters, now);
        if (!hit) continue;
        const deadline = hit.sessions[0]?.registrationDeadline;
        hit.score = deadline && deadline < today ? score * DEADLINE_PASSED_FACTOR : score;
        candidates.push(hit);
        levels.push(Math.min(full, popcount(mask)));
      }
    }

    // Keep the offers covering most units while that still gives enough results.
    let minimum = 0;
    if (units.length > 0) {
      const histogram = new Array<number>(units.length + 1).fill(0);
      for (const level of levels) histogram[level] = (histogram[level] ?? 0) + 1;
      const enough = Math.max(ENOUGH_RESULTS, query.page * query.pageSize);
      let count = 0;
      minimum = 1;
      for (let level = units.length; level >= 1; level--) {
        count += histogram[level] ?? 0;
        if (count >= enough) {
          minimum = level;
          break;
        }
      }
    }
    const hits = minimum > 0 ? candidates.filter((_, i) => (levels[i] as number) >= minimum) : candidates;

    const facets = countFacets(hits, query.facets);
    const ordered = sortHits(hits, query.sort, query.page * query.pageSize);
    const start = (query.page - 1) * query.pageSize;
    return { hits: ordered.slice(start, start + query.pageSize), total: hits.length, facets, matchedUnits: minimum, units: units.length };
  }

  /** Accumulates every unit's score into the scratch arrays; returns them with the touched slots. */
  private scoreText(units: TextUnit[]): Scratch {
    const scratch = this.scratchFor(this.offers.length);
    scratch.touchedCount = 0;
    const documents = Math.max(1, this.slotOf.size);
    const averageLength = Math.max(1, this.totalLength / documents);
    units.forEach((unit, index) => {
      const bit = 1 << index;
      const lists = this.listsOf(unit);
      let df = 0;
      for (const { list } of lists) df += list.length;
      df = Math.min(df, documents);
      if (df === 0) return;
      const idf = Math.log(1 + (documents - df + 0.5) / (df + 0.5));
      for (const { list, weight, phraseOf } of lists) {
        if (phraseOf) {
          this.scorePhrase(phraseOf, weight * idf, bit, averageLength, scratch);
          continue;
        }
        for (let i = 0; i < list.length; i++) {
          const slot = list.slots[i] as number;
          if (this.alive[slot] !== 1) continue;
          const mask = scratch.mask[slot] as number;
          if (mask & bit) continue;
          if (mask === 0) scratch.touched[scratch.touchedCount++] = slot;
          scratch.mask[slot] = mask | bit;
          scratch.score[slot] = (scratch.score[slot] as number) + weight * idf * saturation(list.weights[i] as number, this.lengths[slot] as number, averageLength);
        }
      }
    });
    return scratch;
  }

  /** A phrase ("runder tisch") matches offers that contain all of its terms. */
  private scorePhrase(terms: PostingList[], weight: number, bit: number, averageLength: number, scratch: Scratch): void {
    const need = terms.length;
    const seen: number[] = [];
    terms.forEach((list) => {
      for (let i = 0; i < list.length; i++) {
        const slot = list.slots[i] as number;
        if (this.alive[slot] !== 1) continue;
        if (scratch.phrase[slot] === 0) seen.push(slot);
        scratch.phrase[slot] = (scratch.phrase[slot] as number) + 1;
      }
    });
    const first = terms[0] as PostingList;
    const tf = new Map<number, number>();
    for (let i = 0; i < first.length; i++) tf.set(first.slots[i] as number, first.weights[i] as number);
    for (const slot of seen) {
      const complete = scratch.phrase[slot] === need;
      scratch.phrase[slot] = 0;
      if (!complete) continue;
      const mask = scratch.mask[slot] as number;
      if (mask & bit) continue;
      if (mask === 0) scratch.touched[scratch.touchedCount++] = slot;
      scratch.mask[slot] = mask | bit;
      scratch.score[slot] = (scratch.score[slot] as number) + weight * saturation(tf.get(slot) ?? 1, this.lengths[slot] as number, averageLength);
    }
  }

  /** The posting lists a unit reaches: its alternatives, their prefixes and, for unknown words, close words (typos). Strongest first. */
  private listsOf(unit: TextUnit): { list: PostingList; weight: number; phraseOf?: PostingList[] }[] {
    const found = new Map<string, { list: PostingList; weight: number; phraseOf?: PostingList[] }>();
    const offer = (term: string, weight: number) => {
      const list = this.postings.list(term);
      if (!list) return false;
      const known = found.get(term);
      if (!known || known.weight < weight) found.set(term, { list, weight });
      return true;
    };
    for (const alternative of unit.alternatives) {
      if (alternative.term.includes(' ')) {
        const lists = alternative.term.split(' ').map((t) => this.postings.list(t));
        if (lists.every((l): l is PostingList => l !== undefined)) {
          const key = `"${alternative.term}`;
          if (!found.has(key)) found.set(key, { list: lists[0] as PostingList, weight: alternative.weight, phraseOf: lists });
        }
        continue;
      }
      const exact = offer(alternative.term, alternative.weight);
      if (alternative.prefix) for (const term of this.postings.withPrefix(alternative.term, PREFIX_TERMS)) offer(term, alternative.weight * 0.9);
      const budget = alternative.weight >= 1 && !exact ? typoBudget(alternative.term) : 0;
      if (budget > 0) {
        const close = this.postings
          .typoCandidates(alternative.term, budget)
          .map((term) => ({ term, edits: distance(term, alternative.term) }))
          .filter((c) => c.edits <= budget)
          .sort((x, y) => x.edits - y.edits || (this.postings.list(y.term)?.length ?? 0) - (this.postings.list(x.term)?.length ?? 0))
          .slice(0, TYPO_TERMS);
        for (const { term } of close) offer(term, alternative.weight * TYPO_WEIGHT);
      }
    }
    return [...found.values()].sort((x, y) => y.weight - x.weight);
  }

  private ensureCapacity(slots: number): void {
    if (slots <= this.alive.length) return;
    let capacity = this.alive.length;
    while (capacity < slots) capacity *= 2;
    const alive = new Uint8Array(capacity);
    alive.set(this.alive);
    this.alive = alive;
    const lengths = new Float32Array(capacity);
    lengths.set(this.lengths);
    this.lengths = lengths;
    const termCounts = new Int32Array(capacity);
    termCounts.set(this.termCounts);
    this.termCounts = termCounts;
  }

  private scratchFor(slots: number): Scratch {
    if (!this.scratch || this.scratch.mask.length < slots) {
      const capacity = Math.max(1024, this.alive.length);
      this.scratch = { mask: new Uint32Array(capacity), score: new Float32Array(capacity), phrase: new Uint8Array(capacity), touched: new Int32Array(capacity), touchedCount: 0 };
    }
    return this.scratch;
  }
}

/** BM25's term-frequency part, scaled to (0.5, 1]: any match counts at least half, a strong one fully. */
function saturation(tf: number, length: number, averageLength: number): number {
  const norm = (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / averageLength));
  return 0.5 + (0.5 * norm) / (K1 + 1);
}

function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

interface CompiledFilters {
  region: string | null;
  center: { lat: number; lon: number; radiusKm: number; land: string | null; regionKey: string | null } | null;
  located: boolean;
  modes: Set<string> | null;
  from: number | null;
  to: number | null;
  offer: (offer: MemoryOffer) => boolean;
}

function compileFilters(f: EngineQuery['filters']): CompiledFilters {
  const topics = f.topics?.length ? new Set(f.topics) : null;
  const audiences = f.audiences?.length ? new Set(f.audiences) : null;
  const languages = f.languages?.length ? new Set(f.languages) : null;
  const kinds = f.kinds?.length ? new Set(f.kinds) : null;
  const some = (values: string[], wanted: Set<string>) => values.some((v) => wanted.has(v));
  return {
    region: f.region ?? null,
    center: f.center ? { ...f.center, land: f.center.regionKey?.slice(0, 2) ?? null, regionKey: f.center.regionKey ?? null } : null,
    located: Boolean(f.region || f.center),
    modes: f.modes?.length ? new Set(f.modes) : null,
    from: f.from ? Date.parse(f.from) : null,
    to: f.to ? Date.parse(f.to) : null,
    offer: (o) =>
      (!topics || some(o.topics, topics)) &&
      (!audiences || some(o.audiences, audiences)) &&
      (!languages || some(o.languages, languages)) &&
      (!kinds || kinds.has(o.kind)) &&
      (!(f.free || f.freeFor) || o.isFree || (f.freeFor !== undefined && o.freeFor.includes(f.freeFor))),
  };
}

/** Does a region key lie within, or contain, another (keys are prefixes of the keys below them)? */
const overlaps = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/** The offer's matching sessions, or null when it does not match the filters. */
function matchOffer(offer: MemoryOffer, f: CompiledFilters, now: number): MemoryHit | null {
  if (offer.lastEnd !== null && offer.lastEnd < now) return null;
  if (!f.offer(offer)) return null;
  if (offer.onRequest) {
    // No dates: found where the provider serves, never by a date or mode filter.
    if (f.from !== null || f.to !== null || f.modes) return null;
    if (f.region && !offer.serviceAreas.some((a) => overlaps(a, f.region as string))) return null;
    if (f.center && !(f.center.regionKey && offer.serviceAreas.some((a) => (f.center?.regionKey as string).startsWith(a)))) return null;
    return { offer, score: 0, sessions: [], distanceKm: null, onRequest: f.located };
  }
  const sessions: MemoryHit['sessions'] = [];
  let nearest: number | null = null;
  for (const s of offer.sessions) {
    if (s.endsAt < now) continue;
    if (f.modes && !f.modes.has(s.mode)) continue;
    if (f.from !== null && s.startsAt < f.from) continue;
    if (f.to !== null && s.startsAt >= f.to) continue;
    let km: number | null = null;
    if (s.regionKey === null && s.lat === null) {
      // Online without a place: belongs to the Länder the offer is run for, never to a nationwide search by place.
      if (f.region && !offer.onlineLaender.some((land) => overlaps(land, f.region as string))) continue;
      if (f.center && !(f.center.land && offer.onlineLaender.includes(f.center.land))) continue;
    } else {
      if (f.region && !(s.regionKey ?? '').startsWith(f.region)) continue;
      if (f.center) {
        if (s.lat === null || s.lon === null) continue;
        km = haversineKm(f.center.lat, f.center.lon, s.lat, s.lon);
        if (km > f.center.radiusKm) continue;
        if (nearest === null || km < nearest) nearest = km;
      }
    }
    sessions.push({ ...s, distanceKm: km === null ? null : Math.round(km * 10) / 10 });
  }
  if (sessions.length === 0) return null;
  return { offer, score: 0, sessions, distanceKm: nearest === null ? null : Math.round(nearest * 10) / 10, onRequest: false };
}

const RAD = Math.PI / 180;
function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
}

const FACET_VALUES: Record<OfferFacet, (o: MemoryOffer) => readonly string[]> = {
  topic: (o) => o.topics,
  audience: (o) => o.audiences,
  language: (o) => o.languages,
  mode: (o) => o.modes,
  kind: (o) => [o.kind],
  free: (o) => [o.isFree ? 'true' : 'false'],
  land: (o) => o.laender,
};

function countFacets(hits: MemoryHit[], facets: OfferFacet[]): MemoryResult['facets'] {
  const result: MemoryResult['facets'] = {};
  for (const facet of facets) {
    const counts: Record<string, number> = {};
    const values = FACET_VALUES[facet];
    for (const hit of hits) for (const value of values(hit.offer)) counts[value] = (counts[value] ?? 0) + 1;
    result[facet] = counts;
  }
  return result;
}

const startOf = (hit: MemoryHit) => hit.sessions[0]?.startsAt ?? Number.POSITIVE_INFINITY;

/** Orders the hits; only the first `needed` must be in order (a page never reaches further). */
function sortHits(hits: MemoryHit[], sort: EngineQuery['sort'], needed: number): MemoryHit[] {
  const compare =
    sort === 'distance'
      ? (x: MemoryHit, y: MemoryHit) => (x.distanceKm ?? Infinity) - (y.distanceKm ?? Infinity) || y.score - x.score || startOf(x) - startOf(y) || (x.offer.id < y.offer.id ? -1 : 1)
      : sort === 'date'
        ? (x: MemoryHit, y: MemoryHit) => startOf(x) - startOf(y) || y.score - x.score || (x.offer.id < y.offer.id ? -1 : 1)
        : (x: MemoryHit, y: MemoryHit) => y.score - x.score || startOf(x) - startOf(y) || (x.offer.id < y.offer.id ? -1 : 1);
  if (hits.length <= needed * 4 || hits.length < 2000) return hits.sort(compare);
  return topK(hits, needed, compare);
}

/** The `k` smallest by `compare`, in order, without sorting everything (a bounded binary heap). */
function topK<T>(items: T[], k: number, compare: (x: T, y: T) => number): T[] {
  const heap: T[] = [];
  const worse = (i: number, j: number) => compare(heap[i] as T, heap[j] as T) > 0;
  const swap = (i: number, j: number) => {
    const t = heap[i] as T;
    heap[i] = heap[j] as T;
    heap[j] = t;
  };
  for (const item of items) {
    if (heap.length < k) {
      heap.push(item);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!worse(i, parent)) break;
        swap(i, parent);
        i = parent;
      }
    } else if (compare(item, heap[0] as T) < 0) {
      heap[0] = item;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let top = i;
        if (l < heap.length && worse(l, top)) top = l;
        if (r < heap.length && worse(r, top)) top = r;
        if (top === i) break;
        swap(i, top);
        i = top;
      }
    }
  }
  return heap.sort(compare);
}
