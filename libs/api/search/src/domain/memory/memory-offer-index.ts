import { distance } from 'fastest-levenshtein';
import type { OfferFacet } from '@knotenpunkt/shared/contracts';
import { typoBudget } from '@knotenpunkt/shared/search-text';
import type { EngineQuery, TextUnit } from '../search-index.port';
import type { MemoryOffer, MemoryOfferText, MemorySession } from './memory-offer';
import { CodeTable } from './code-table';
import { Postings, type PostingList } from './postings';

/** Field weights of the text (title counts most, the provider's name least). */
export const FIELD_WEIGHTS = { a: 3, b: 1.6, c: 1, d: 0.5 } as const;
/** BM25 saturation and length normalisation. */
const K1 = 1.2;
const B = 0.5;
/** A partial match only widens the result while fewer offers than this match more of the query (Meilisearch's matchingStrategy). */
export const ENOUGH_RESULTS = 20;
/** Prefix expansion: at most this many index terms per query word. */
const PREFIX_TERMS = 12;
/** Typo candidates kept per query word, closest first. */
const TYPO_TERMS = 6;
/** Weight of a typo correction against the word as typed. */
const TYPO_WEIGHT = 0.75;
/** Relevance of an offer whose registration deadline has passed, against one still open. */
const DEADLINE_PASSED_FACTOR = 0.6;
const MAX_UNITS = 24;

export type Analyse = (text: string) => string[];

/** One hit of the page: the offer, its matching sessions (first upcoming first) and the nearest distance. */
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
  phraseTf: Float32Array;
  touched: Int32Array;
  touchedCount: number;
  /** The best score of the current unit per slot, and the slots it reached. */
  unitBest: Float32Array;
  unitTouched: Int32Array;
  /** The touched slots ordered by how many units they match, most first. */
  byLevel: Int32Array;
  /** Per result: slot, score, start of the first matching session, nearest distance. */
  resultSlot: Int32Array;
  resultScore: Float32Array;
  resultStart: Float64Array;
  resultDistance: Float32Array;
}

/** Attributes with a code table (bit masks per offer). */
const MASKED = ['kind', 'topics', 'audiences', 'languages', 'modes', 'laender', 'freeFor'] as const;
type Masked = (typeof MASKED)[number];
const FACET_ATTRIBUTE: Record<OfferFacet, Masked | 'free'> = { topic: 'topics', audience: 'audiences', language: 'languages', mode: 'modes', kind: 'kind', land: 'laender', free: 'free' };

/** What the session test found for the offer it last looked at (no allocation per candidate). */
let matchStart = 0;
let matchDistance = Infinity;

/**
 * The embedded search engine's offers, held in memory and built from the search tables
 * (PostgreSQL stays the source of truth). Text: an inverted index over the analysed terms of
 * four weighted fields, scored BM25-like per query unit; a query matches every offer that
 * contains at least one unit, ranked by the weighted share of the query it covers, and the
 * result keeps only the offers covering most units while that still gives enough results (the
 * behaviour of Meilisearch's matchingStrategy): offers are tested level by level, most units
 * first, and the lower levels are not even looked at once enough were found. Offer attributes
 * are bit masks in typed arrays, so filters and facet counts cost a few operations per offer;
 * only the page's hits become objects.
 */
export class MemoryOfferIndex {
  private readonly postings = new Postings();
  private offers: (MemoryOffer | null)[] = [];
  private alive = new Uint8Array(1024);
  private lengths = new Float32Array(1024);
  private lastEnd = new Float64Array(1024);
  /** Start and end of the offer's first session (sessions are sorted by start): the answer of most searches without a place or dates. */
  private firstStart = new Float64Array(1024);
  private firstEnd = new Float64Array(1024);
  /** The first session's registration deadline as YYYYMMDD (0: none). */
  private firstDeadline = new Int32Array(1024);
  private flags = new Uint8Array(1024);
  /** Länder where the offer can be found by place: its venues, its online Länder, its provider's service areas when it has no dates. */
  private reach = new Uint32Array(1024);
  /** Bounding box of the venues (empty box: none). */
  private box = new Float32Array(4 * 1024);
  private readonly masks: Record<Masked, Uint32Array> = Object.fromEntries(MASKED.map((a) => [a, new Uint32Array(1024)])) as Record<Masked, Uint32Array>;
  private readonly codes: Record<Masked, CodeTable> = Object.fromEntries(MASKED.map((a) => [a, new CodeTable()])) as Record<Masked, CodeTable>;
  private readonly slotOf = new Map<string, number>();
  private totalLength = 0;
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
    this.lastEnd[slot] = offer.lastEnd ?? Number.POSITIVE_INFINITY;
    this.firstStart[slot] = offer.sessions[0]?.startsAt ?? Number.POSITIVE_INFINITY;
    this.firstEnd[slot] = offer.sessions[0]?.endsAt ?? Number.NEGATIVE_INFINITY;
    this.firstDeadline[slot] = dayNumber(offer.sessions[0]?.registrationDeadline ?? null);
    this.flags[slot] = (offer.onRequest ? FLAG_ON_REQUEST : 0) | (offer.isFree ? FLAG_FREE : 0) | (offer.onlineLaender.length ? FLAG_ONLINE_LAND : 0);
    const laender = offer.onRequest ? offer.serviceAreas.map((a) => a.slice(0, 2)) : [...offer.laender, ...offer.onlineLaender];
    this.reach[slot] = this.codes.laender.mask(laender);
    let [minLat, maxLat, minLon, maxLon] = [Infinity, -Infinity, Infinity, -Infinity];
    for (const session of offer.sessions) {
      if (session.lat === null || session.lon === null) continue;
      minLat = Math.min(minLat, session.lat);
      maxLat = Math.max(maxLat, session.lat);
      minLon = Math.min(minLon, session.lon);
      maxLon = Math.max(maxLon, session.lon);
    }
    this.box.set([minLat, maxLat, minLon, maxLon], 4 * slot);
    for (const attribute of MASKED) {
      const values = attribute === 'kind' ? [offer.kind] : offer[attribute];
      this.masks[attribute][slot] = this.codes[attribute].mask(values);
    }
    this.totalLength += length;
    this.slotOf.set(offer.id, slot);
    if (this.offers.length > 1024 && this.wasted > 0.5) this.compactSlots();
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    this.alive[slot] = 0;
    this.offers[slot] = null;
    this.totalLength -= this.lengths[slot] as number;
    // The slot's postings are skipped until the slots are renumbered.
    if (this.offers.length > 1024 && this.wasted > 0.5) this.compactSlots();
  }

  /** Slots no longer used, as a share of all slots. */
  get wasted(): number {
    return this.offers.length === 0 ? 0 : 1 - this.slotOf.size / this.offers.length;
  }

  /**
   * Gives the live offers consecutive slots again (an update takes a new slot, so churn leaves
   * gaps): postings and per-slot arrays are renumbered in place, nothing is analysed again.
   * Called by upserts and removals once more than half of the slots are unused.
   */
  compactSlots(): void {
    const map = new Int32Array(this.offers.length).fill(-1);
    let next = 0;
    for (let slot = 0; slot < this.offers.length; slot++) if (this.alive[slot] === 1) map[slot] = next++;
    this.postings.renumber(map);
    const move = <T extends { [i: number]: number }>(array: T, width = 1) => {
      for (let slot = 0; slot < this.offers.length; slot++) {
        const to = map[slot] as number;
        if (to < 0 || to === slot) continue;
        for (let k = 0; k < width; k++) array[to * width + k] = array[slot * width + k] as number;
      }
    };
    for (const array of [this.alive, this.lengths, this.lastEnd, this.firstStart, this.firstEnd, this.firstDeadline, this.flags, this.reach, ...MASKED.map((a) => this.masks[a])]) move(array);
    move(this.box, 4);
    this.alive.fill(0, next);
    const offers: (MemoryOffer | null)[] = [];
    for (let slot = 0; slot < this.offers.length; slot++) {
      const offer = this.offers[slot];
      if (map[slot] as number >= 0 && offer) {
        offers.push(offer);
        this.slotOf.set(offer.id, map[slot] as number);
      }
    }
    this.offers = offers;
  }

  search(query: EngineQuery & { units: TextUnit[] }): MemoryResult {
    const now = Date.parse(query.now);
    const today = dayNumber(query.now.slice(0, 10));
    const units = query.units.slice(0, MAX_UNITS);
    const filters = this.compileFilters(query.filters);
    const enough = Math.max(ENOUGH_RESULTS, query.page * query.pageSize);
    const scratch = this.scratchFor(this.offers.length);
    let count = 0;
    let minimum = 0;

    const keep = (slot: number, score: number) => {
      if (!this.matches(slot, filters, now)) return;
      let adjusted = score;
      if (score > 0 && !((this.flags[slot] as number) & FLAG_ON_REQUEST)) {
        // The first session's deadline is kept as a number; another matching session is looked up.
        const deadline = matchStart === this.firstStart[slot] ? this.firstDeadline[slot] as number : dayNumber(firstDeadline(this.offers[slot] as MemoryOffer, matchStart));
        if (deadline !== 0 && deadline < today) adjusted = score * DEADLINE_PASSED_FACTOR;
      }
      scratch.resultSlot[count] = slot;
      scratch.resultScore[count] = adjusted;
      scratch.resultStart[count] = matchStart;
      scratch.resultDistance[count] = matchDistance;
      count += 1;
    };

    if (units.length === 0) {
      for (let slot = 0; slot < this.offers.length; slot++) if (this.alive[slot] === 1) keep(slot, 0);
    } else {
      this.scoreText(units, scratch);
      // Counting sort of the touched offers by level (units matched), most first.
      const levelStarts = new Int32Array(units.length + 2);
      for (let i = 0; i < scratch.touchedCount; i++) {
        const level = Math.min(units.length, popcount(scratch.mask[scratch.touched[i] as number] as number));
        levelStarts[units.length - level + 1] = (levelStarts[units.length - level + 1] as number) + 1;
      }
      for (let i = 1; i < levelStarts.length; i++) levelStarts[i] = (levelStarts[i] as number) + (levelStarts[i - 1] as number);
      const fill = levelStarts.slice();
      for (let i = 0; i < scratch.touchedCount; i++) {
        const slot = scratch.touched[i] as number;
        const level = Math.min(units.length, popcount(scratch.mask[slot] as number));
        scratch.byLevel[fill[units.length - level] as number] = slot;
        fill[units.length - level] = (fill[units.length - level] as number) + 1;
      }
      minimum = 1;
      for (let level = units.length; level >= 1; level--) {
        const from = levelStarts[units.length - level] as number;
        const to = levelStarts[units.length - level + 1] as number;
        for (let i = from; i < to; i++) {
          const slot = scratch.byLevel[i] as number;
          keep(slot, scratch.score[slot] as number);
        }
        if (count >= enough) {
          minimum = level;
          break;
        }
      }
      if (count < enough && query.textOptional) {
        // The typed region was one unit of the query: offers there matching no other word come last.
        minimum = 0;
        for (let slot = 0; slot < this.offers.length; slot++) if (this.alive[slot] === 1 && scratch.mask[slot] === 0) keep(slot, 0);
      }
      for (let i = 0; i < scratch.touchedCount; i++) {
        const slot = scratch.touched[i] as number;
        scratch.mask[slot] = 0;
        scratch.score[slot] = 0;
      }
    }

    const facets = this.countFacets(scratch, count, query.facets);
    const order = this.order(scratch, count, query.sort, query.page * query.pageSize);
    const start = (query.page - 1) * query.pageSize;
    const hits: MemoryHit[] = [];
    for (const i of order.slice(start, start + query.pageSize)) {
      const slot = scratch.resultSlot[i] as number;
      hits.push(this.hitOf(slot, scratch.resultScore[i] as number, filters, now));
    }
    return { hits, total: count, facets, matchedUnits: units.length ? minimum : 0, units: units.length };
  }

  /**
   * Accumulates every unit's score into the scratch arrays and lists the touched slots. A unit
   * scores its best alternative per offer (the alternative's weight × how strongly the offer
   * uses it: field-weighted, saturating term frequency) times the unit's rarity (idf over the
   * offers any of its alternatives reach: a concept as common as "Fortbildung/Workshop/Seminar"
   * weighs little, however rare one of its words is).
   */
  private scoreText(units: TextUnit[], scratch: Scratch): void {
    scratch.touchedCount = 0;
    const documents = Math.max(1, this.slotOf.size);
    const averageLength = Math.max(1, this.totalLength / documents);
    const best = scratch.unitBest;
    const seen = scratch.unitTouched;
    units.forEach((unit, index) => {
      const bit = 1 << index;
      let seenCount = 0;
      for (const { list, weight, phraseOf } of this.listsOf(unit)) {
        if (phraseOf) {
          seenCount = this.scorePhrase(phraseOf, weight, averageLength, scratch, seenCount);
          continue;
        }
        const factor = weight;
        const slots = list.slots;
        const tfs = list.weights;
        for (let i = 0; i < list.length; i++) {
          const slot = slots[i] as number;
          if (this.alive[slot] !== 1) continue;
          const value = factor * saturation(tfs[i] as number, this.lengths[slot] as number, averageLength);
          const known = best[slot] as number;
          if (known === 0) seen[seenCount++] = slot;
          if (value > known) best[slot] = value;
        }
      }
      // The unit is one concept: its rarity is that of all its alternatives together.
      const rarity = idf(seenCount, documents);
      for (let i = 0; i < seenCount; i++) {
        const slot = seen[i] as number;
        const mask = scratch.mask[slot] as number;
        if (mask === 0) scratch.touched[scratch.touchedCount++] = slot;
        scratch.mask[slot] = mask | bit;
        scratch.score[slot] = (scratch.score[slot] as number) + rarity * (best[slot] as number);
        best[slot] = 0;
      }
    });
  }

  /** A phrase ("runder tisch") matches offers that contain all of its terms (its rarest term's list is read first). */
  private scorePhrase(terms: PostingList[], weight: number, averageLength: number, scratch: Scratch, seenCount: number): number {
    const need = terms.length;
    const lists = [...terms].sort((x, y) => x.length - y.length);
    const rarest = lists[0] as PostingList;
    // Mark the offers of the rarest term (with its frequency), count the others only where marked.
    for (let i = 0; i < rarest.length; i++) {
      const slot = rarest.slots[i] as number;
      if (this.alive[slot] !== 1) continue;
      scratch.phrase[slot] = 1;
      scratch.phraseTf[slot] = rarest.weights[i] as number;
    }
    for (let l = 1; l < lists.length; l++) {
      const list = lists[l] as PostingList;
      for (let i = 0; i < list.length; i++) {
        const slot = list.slots[i] as number;
        const count = scratch.phrase[slot] as number;
        if (count === l) scratch.phrase[slot] = count + 1;
      }
    }
    for (let i = 0; i < rarest.length; i++) {
      const slot = rarest.slots[i] as number;
      const complete = scratch.phrase[slot] === need;
      scratch.phrase[slot] = 0;
      if (!complete) continue;
      const value = weight * saturation(scratch.phraseTf[slot] as number, this.lengths[slot] as number, averageLength);
      const known = scratch.unitBest[slot] as number;
      if (known === 0) scratch.unitTouched[seenCount++] = slot;
      if (value > known) scratch.unitBest[slot] = value;
    }
    return seenCount;
  }

  /**
   * Close index terms for query terms the index does not know at all (no term, no term starting
   * with it), closest and most frequent first, within the typo budget.
   */
  corrections(term: string): string[] {
    if (this.postings.list(term) || this.postings.withPrefix(term, 1).length > 0) return [];
    const budget = typoBudget(term);
    if (budget === 0) return [];
    return this.postings
      .typoCandidates(term, budget)
      .map((candidate) => ({ candidate, edits: distance(candidate, term) }))
      .filter((c) => c.edits <= budget)
      .sort((x, y) => x.edits - y.edits || (this.postings.list(y.candidate)?.length ?? 0) - (this.postings.list(x.candidate)?.length ?? 0))
      .slice(0, TYPO_TERMS)
      .map((c) => c.candidate);
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

  private compileFilters(f: EngineQuery['filters']): CompiledFilters {
    const masks: { attribute: Masked; mask: number; exact: boolean; values: string[] }[] = [];
    const want = (attribute: Masked, values: string[] | undefined) => {
      if (values?.length) masks.push({ attribute, values, ...this.codes[attribute].query(values) });
    };
    want('topics', f.topics);
    want('audiences', f.audiences);
    want('languages', f.languages);
    want('kind', f.kinds);
    // A region's Land as a mask (0: no region, or a Land beyond the table: no quick rejection).
    const land = f.region ? this.codes.laender.query([f.region.slice(0, 2)]) : null;
    const landMask = land?.exact ? land.mask || -1 : 0;
    return {
      region: f.region ?? null,
      center: f.center ? { ...f.center, land: f.center.regionKey?.slice(0, 2) ?? null, regionKey: f.center.regionKey ?? null, box: box(f.center) } : null,
      located: Boolean(f.region || f.center),
      modes: f.modes?.length ? new Set(f.modes) : null,
      from: f.from ? Date.parse(f.from) : null,
      to: f.to ? Date.parse(f.to) : null,
      sessions: Boolean(f.region || f.center || f.modes?.length || f.from || f.to || f.nationwideOnline),
      nationwideOnline: Boolean(f.nationwideOnline),
      masks,
      free: Boolean(f.free || f.freeFor),
      freeFor: f.freeFor ? this.codes.freeFor.query([f.freeFor]).mask : 0,
      land: landMask,
    };
  }

  /** Does the offer in `slot` match the filters? Sets matchStart and matchDistance for it. */
  private matches(slot: number, f: CompiledFilters, now: number): boolean {
    if ((this.lastEnd[slot] as number) < now) return false;
    // Cheap rejections by Land and by the venues' bounding box before any session is looked at.
    if (f.land !== 0 && ((this.reach[slot] as number) & f.land) === 0) return false;
    if (f.center && !((this.flags[slot] as number) & (FLAG_ON_REQUEST | FLAG_ONLINE_LAND))) {
      const b = f.center.box;
      const at = 4 * slot;
      if ((this.box[at] as number) > b.maxLat || (this.box[at + 1] as number) < b.minLat || (this.box[at + 2] as number) > b.maxLon || (this.box[at + 3] as number) < b.minLon) return false;
    }
    for (const m of f.masks) {
      const mask = this.masks[m.attribute][slot] as number;
      if ((mask & m.mask) === 0) return false;
      if (!m.exact && (mask & m.mask) >>> 0 === OVERFLOW_BIT) {
        const offer = this.offers[slot] as MemoryOffer;
        const values = m.attribute === 'kind' ? [offer.kind] : offer[m.attribute];
        if (!values.some((v) => m.values.includes(v))) return false;
      }
    }
    const flags = this.flags[slot] as number;
    if (f.free && !(flags & FLAG_FREE) && !(f.freeFor && (this.masks.freeFor[slot] as number) & f.freeFor)) return false;
    if (!f.sessions && !(flags & FLAG_ON_REQUEST) && (this.firstEnd[slot] as number) >= now) {
      // No place, mode or dates asked for, and the first session has not ended: it is the match.
      matchStart = this.firstStart[slot] as number;
      matchDistance = Number.POSITIVE_INFINITY;
      return true;
    }
    const offer = this.offers[slot] as MemoryOffer;
    if (flags & FLAG_ON_REQUEST) {
      matchStart = Number.POSITIVE_INFINITY;
      matchDistance = Number.POSITIVE_INFINITY;
      return onRequestMatches(offer, f);
    }
    return firstSession(offer, f, now, null);
  }

  /** The page hit: the offer with every matching session (and its distance). */
  private hitOf(slot: number, score: number, f: CompiledFilters, now: number): MemoryHit {
    const offer = this.offers[slot] as MemoryOffer;
    if (offer.onRequest) return { offer, score, sessions: [], distanceKm: null, onRequest: f.located };
    const sessions: MemoryHit['sessions'] = [];
    firstSession(offer, f, now, sessions);
    const distances = sessions.map((s) => s.distanceKm).filter((d): d is number => d !== null);
    return { offer, score, sessions, distanceKm: distances.length ? Math.min(...distances) : null, onRequest: false };
  }

  private countFacets(scratch: Scratch, count: number, facets: OfferFacet[]): MemoryResult['facets'] {
    const result: MemoryResult['facets'] = {};
    for (const facet of facets) {
      const attribute = FACET_ATTRIBUTE[facet];
      const counts: Record<string, number> = {};
      if (attribute === 'free') {
        let free = 0;
        for (let i = 0; i < count; i++) if ((this.flags[scratch.resultSlot[i] as number] as number) & FLAG_FREE) free += 1;
        if (free) counts['true'] = free;
        if (count - free) counts['false'] = count - free;
        result[facet] = counts;
        continue;
      }
      const masks = this.masks[attribute];
      const bits = new Int32Array(32);
      let overflow = false;
      for (let i = 0; i < count; i++) {
        let mask = masks[scratch.resultSlot[i] as number] as number;
        while (mask !== 0) {
          const low = mask & -mask;
          bits[31 - Math.clz32(low)] += 1;
          mask ^= low;
        }
      }
      const table = this.codes[attribute];
      for (let bit = 0; bit < 32; bit++) {
        if (bits[bit] === 0) continue;
        const value = table.value(bit);
        if (value === null) overflow = true;
        else counts[value] = bits[bit] as number;
      }
      if (overflow) {
        // Rare values beyond the table's 32: counted from the offers' arrays.
        for (let i = 0; i < count; i++) {
          const slot = scratch.resultSlot[i] as number;
          if (!(((masks[slot] as number) >>> CodeTable.OVERFLOW) & 1)) continue;
          const offer = this.offers[slot] as MemoryOffer;
          for (const value of attribute === 'kind' ? [offer.kind] : offer[attribute]) {
            if (table.query([value]).exact) continue;
            counts[value] = (counts[value] ?? 0) + 1;
          }
        }
      }
      result[facet] = counts;
    }
    return result;
  }

  /** Indices of the first `needed` results in order (only a page is ever shown from them). */
  private order(scratch: Scratch, count: number, sort: EngineQuery['sort'], needed: number): number[] {
    const { resultScore: score, resultStart: start, resultDistance: dist, resultSlot: slot } = scratch;
    const id = (i: number) => (this.offers[slot[i] as number] as MemoryOffer).id;
    const tie = (x: number, y: number) => (id(x) < id(y) ? -1 : 1);
    const compare =
      sort === 'distance'
        ? (x: number, y: number) => (dist[x] as number) - (dist[y] as number) || (score[y] as number) - (score[x] as number) || (start[x] as number) - (start[y] as number) || tie(x, y)
        : sort === 'date'
          ? (x: number, y: number) => (start[x] as number) - (start[y] as number) || (score[y] as number) - (score[x] as number) || tie(x, y)
          : (x: number, y: number) => (score[y] as number) - (score[x] as number) || (start[x] as number) - (start[y] as number) || tie(x, y);
    return topK(count, Math.min(count, needed), compare);
  }

  private ensureCapacity(slots: number): void {
    if (slots <= this.alive.length) return;
    let capacity = this.alive.length;
    while (capacity < slots) capacity *= 2;
    const grow = <T extends Uint8Array | Float32Array | Int32Array | Float64Array | Uint32Array>(array: T, make: (n: number) => T): T => {
      const bigger = make(capacity);
      bigger.set(array as never);
      return bigger;
    };
    this.alive = grow(this.alive, (n) => new Uint8Array(n));
    this.lengths = grow(this.lengths, (n) => new Float32Array(n));
    this.lastEnd = grow(this.lastEnd, (n) => new Float64Array(n));
    this.firstStart = grow(this.firstStart, (n) => new Float64Array(n));
    this.firstEnd = grow(this.firstEnd, (n) => new Float64Array(n));
    this.firstDeadline = grow(this.firstDeadline, (n) => new Int32Array(n));
    this.flags = grow(this.flags, (n) => new Uint8Array(n));
    this.reach = grow(this.reach, (n) => new Uint32Array(n));
    const box = new Float32Array(4 * capacity);
    box.set(this.box);
    this.box = box;
    for (const attribute of MASKED) this.masks[attribute] = grow(this.masks[attribute], (n) => new Uint32Array(n));
  }

  private scratchFor(slots: number): Scratch {
    if (!this.scratch || this.scratch.mask.length < slots) {
      const n = Math.max(1024, this.alive.length);
      this.scratch = {
        mask: new Uint32Array(n), score: new Float32Array(n), phrase: new Uint8Array(n), phraseTf: new Float32Array(n), touched: new Int32Array(n), touchedCount: 0, byLevel: new Int32Array(n),
        unitBest: new Float32Array(n), unitTouched: new Int32Array(n),
        resultSlot: new Int32Array(n), resultScore: new Float32Array(n), resultStart: new Float64Array(n), resultDistance: new Float32Array(n),
      };
    }
    return this.scratch;
  }
}

const OVERFLOW_BIT = (1 << CodeTable.OVERFLOW) >>> 0;
const FLAG_ON_REQUEST = 1;
const FLAG_FREE = 2;
const FLAG_ONLINE_LAND = 4;

/** BM25's inverse document frequency (never negative). */
function idf(df: number, documents: number): number {
  return Math.log(1 + (documents - Math.min(df, documents) + 0.5) / (df + 0.5));
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
  center: { lat: number; lon: number; radiusKm: number; land: string | null; regionKey: string | null; box: { minLat: number; maxLat: number; minLon: number; maxLon: number } } | null;
  located: boolean;
  modes: Set<string> | null;
  from: number | null;
  to: number | null;
  /** Some filter looks at sessions (place, mode, dates). */
  sessions: boolean;
  nationwideOnline: boolean;
  masks: { attribute: Masked; mask: number; exact: boolean; values: string[] }[];
  free: boolean;
  freeFor: number;
  /** Mask of the region's Land for a quick rejection; 0: none; −1 (never matched): the Land is not in the index. */
  land: number;
}

/** Does a region key lie within, or contain, another (keys are prefixes of the keys below them)? */
const overlaps = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/** An offer without dates: found where the provider serves, never by a date or mode filter. */
function onRequestMatches(offer: MemoryOffer, f: CompiledFilters): boolean {
  if (f.from !== null || f.to !== null || f.modes || f.nationwideOnline) return false;
  if (f.region && !offer.serviceAreas.some((a) => overlaps(a, f.region as string))) return false;
  if (f.center && !(f.center.regionKey && offer.serviceAreas.some((a) => (f.center?.regionKey as string).startsWith(a)))) return false;
  return true;
}

/**
 * Finds the offer's matching sessions: the first one's start goes to matchStart, the nearest
 * distance to matchDistance. With `collect`, every matching session is added to it (the page);
 * without, the search stops at the first match when no distance is needed.
 */
function firstSession(offer: MemoryOffer, f: CompiledFilters, now: number, collect: MemoryHit['sessions'] | null): boolean {
  matchStart = Number.POSITIVE_INFINITY;
  matchDistance = Number.POSITIVE_INFINITY;
  let found = false;
  const all = offer.sessions;
  const filtered = f.sessions;
  const region = f.region;
  const center = f.center;
  const modes = f.modes;
  // Whether an online session without a place belongs to the place asked for: decided once per offer.
  let onlineHere = true;
  if (filtered && (region || center)) {
    onlineHere = false;
    const laender = offer.onlineLaender;
    for (let k = 0; k < laender.length; k++) {
      const land = laender[k] as string;
      if ((region && (region.startsWith(land) || land.startsWith(region))) || (!region && center && center.land === land)) onlineHere = true;
    }
    if (region && center && !(center.land && laender.includes(center.land))) onlineHere = false;
  }
  for (let i = 0; i < all.length; i++) {
    const s = all[i] as MemorySession;
    if (s.endsAt < now) continue;
    let km: number | null = null;
    if (filtered) {
      if (modes && !modes.has(s.mode)) continue;
      if (f.nationwideOnline && (s.mode === 'onsite' || s.regionKey !== null || offer.onlineLaender.length > 0)) continue;
      if (f.from !== null && s.startsAt < f.from) continue;
      if (f.to !== null && s.startsAt >= f.to) continue;
      if (s.regionKey === null && s.lat === null) {
        // Online without a place: belongs to the Länder the offer is run for, never to a nationwide search by place.
        if (!onlineHere) continue;
      } else {
        if (region && !(s.regionKey ?? '').startsWith(region)) continue;
        if (center) {
          const lat = s.lat;
          const lon = s.lon;
          if (lat === null || lon === null) continue;
          const b = center.box;
          if (lat < b.minLat || lat > b.maxLat || lon < b.minLon || lon > b.maxLon) continue;
          km = haversineKm(center.lat, center.lon, lat, lon);
          if (km > center.radiusKm) continue;
          if (km < matchDistance) matchDistance = km;
        }
      }
    }
    if (!found) matchStart = s.startsAt;
    found = true;
    if (collect) collect.push({ ...s, distanceKm: km === null ? null : Math.round(km * 10) / 10 });
    else if (!center) return true;
  }
  if (matchDistance !== Number.POSITIVE_INFINITY) matchDistance = Math.round(matchDistance * 10) / 10;
  return found;
}

/** The registration deadline of the session starting at `start` (the first matching one). */
function firstDeadline(offer: MemoryOffer, start: number): string | null {
  for (const s of offer.sessions) if (s.startsAt === start) return s.registrationDeadline;
  return null;
}

/** YYYY-MM-DD as the number YYYYMMDD (0 for none): days compare as numbers. */
function dayNumber(day: string | null): number {
  return day ? Number(day.slice(0, 4)) * 10000 + Number(day.slice(5, 7)) * 100 + Number(day.slice(8, 10)) : 0;
}

/** A bounding box around the centre (cheap pre-test before the great-circle distance). */
function box(center: { lat: number; lon: number; radiusKm: number }) {
  const dLat = center.radiusKm / 111.2 + 0.01;
  const dLon = center.radiusKm / (111.2 * Math.max(0.1, Math.cos(center.lat * RAD))) + 0.01;
  return { minLat: center.lat - dLat, maxLat: center.lat + dLat, minLon: center.lon - dLon, maxLon: center.lon + dLon };
}

const RAD = Math.PI / 180;
function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** The `k` smallest of 0…n−1 by `compare`, in order, without sorting everything (a bounded binary heap). */
function topK(n: number, k: number, compare: (x: number, y: number) => number): number[] {
  if (k <= 0) return [];
  const heap: number[] = [];
  const worse = (i: number, j: number) => compare(heap[i] as number, heap[j] as number) > 0;
  const swap = (i: number, j: number) => {
    const t = heap[i] as number;
    heap[i] = heap[j] as number;
    heap[j] = t;
  };
  for (let item = 0; item < n; item++) {
    if (heap.length < k) {
      heap.push(item);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!worse(i, parent)) break;
        swap(i, parent);
        i = parent;
      }
    } else if (compare(item, heap[0] as number) < 0) {
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
