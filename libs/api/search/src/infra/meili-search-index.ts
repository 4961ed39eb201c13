import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { ancestorKeys, isRegionKey } from '@knotenpunkt/shared/geo';
import type { EnqueuedTaskPromise, Meilisearch, SearchParams, SearchResponse, Settings, Task } from 'meilisearch';
import { analyseText, defaultRelatedTerms, defaultSynonymGroups, meiliSynonyms, thesaurusKey, type RelatedTerms, type SynonymGroups } from '@knotenpunkt/shared/search-text';
import { finite, geoRadius, inList, meiliTextSettings, quoteFilterValue } from './meili-common';

export { quoteFilterValue } from './meili-common';
import type { OfferFacet } from '@knotenpunkt/shared/contracts';
import type { OfferDocument, SessionDocument } from '../domain/offer-document';
import type { OrganisationDocument } from '../domain/organisation-document';
import type { EngineHit, EngineQuery, EngineResult, OrganisationEngineQuery, OrganisationEngineResult, SearchIndex, TextUnit } from '../domain/search-index.port';
import { meiliOrganisationDocument, meiliOrganisationSearchParams, meiliOrganisationSettings, organisationEngineResult, type MeiliOrganisationDocument } from './meili-organisation-search';

/**
 * # Meilisearch adapter (production engine, architecture rule 4)
 *
 * One Meilisearch document per upcoming SESSION of a published offer (so `_geoRadius`, region,
 * mode and date filters hold for one and the same session, like the PostgreSQL adapter's
 * session join), plus one document for an offer on request (no dates at all). Every document
 * carries the offer-level fields (text, topics, audiences, languages, kind, price, `modes`,
 * `laender`, the summary); only session documents carry `mode`, `regionKeys`, `startsAt`,
 * `_geo` and the session itself.
 *
 * Places follow the embedded engine's `matchOffer` (memory-offer-index.ts): a session without a
 * place carries the Länder the offer is run for (`onlineLaender`), the document of an offer on
 * request its provider's service areas (`serviceAreas`, and with every region above them
 * `areaKeys`); {@link regionCondition} and {@link radiusCondition} reach them, a date or mode
 * filter never reaches an offer on request (its document has no `startsAt` and no `mode`).
 * meili-filter-parity.spec.ts evaluates the filters against the in-memory index.
 *
 * `distinct: offerId` returns each offer once (its best-ranked matching session). Facet counts:
 * Meilisearch computes `facetDistribution` (and `totalHits`) on the distinct-deduplicated
 * candidates when the search uses finite pagination (`page`/`hitsPerPage`: "exhaustive number of
 * hits", milli `execute_search` applies the distinct rule to all candidates). With
 * `offset`/`limit` it deduplicates lazily and counts sessions. This adapter therefore always
 * pages with `page`/`hitsPerPage`, and facets are taken from offer-level attributes (`modes`,
 * `laender`, …) that are the same on every document of an offer: the counts are offers, exactly
 * like PostgreSQL's `count(*)` over matching offers.
 *
 * Text: Meilisearch does not stem, and its German segmenter splits compounds by a dictionary of
 * its own only where it detects German ({@link MEILI_TEXT_LOCALES} turns it off), so both sides
 * are analysed like the embedded engine's: the four weighted fields hold the stemmed terms of
 * `indexTerms` ({@link meiliText}: inflections and compound parts), the query string the
 * analysed units ({@link meiliQueryText}), and the offer index's `synonyms` setting the thesaurus
 * in the same stemmed form ({@link meiliOfferSynonyms}). `matchingStrategy: 'frequency'`: offers
 * matching every word first; when few do, the most frequent words are dropped first. Typo
 * tolerance (`meiliTypoTolerance`) is Meilisearch's own, so it does not implement
 * `similarWords`. The partner index keeps the unstemmed `tokens()` text and synonyms
 * (meili-organisation-search.ts).
 */

/** Documents per `addDocuments` call (one task each). */
export const MEILI_BATCH = 1000;
/** Offer ids per `offerId IN [...]` filter. */
const IDS_PER_FILTER = 500;
/** `endsAt` of documents of offers without upcoming sessions: they match every `now` (9999-12-31). */
export const FAR_FUTURE = 253_402_300_799;
/** Sessions fetched for the hits of one page (second request). */
export const SESSIONS_LIMIT = 1000;
/** Upper bound for `totalHits` and the hits a search can reach. */
export const MAX_TOTAL_HITS = 1_000_000;

/** Facet name of the api → attribute of the Meilisearch document. */
export const FACET_ATTRIBUTES: Record<OfferFacet, string> = {
  topic: 'topics',
  audience: 'audiences',
  language: 'languages',
  mode: 'modes',
  kind: 'kind',
  free: 'isFree',
  land: 'laender',
};

/** What Meilisearch stores per session (or per offer without upcoming sessions). */
export interface MeiliOfferDocument {
  /** `<offerId>-<n>` for the n-th session, `<offerId>-o` for an offer without sessions. */
  id: string;
  offerId: string;
  /** Written by one upsert; older documents of the same offers are deleted after it. */
  revision: string;
  /** Weighted text in ranking order (searchableAttributes): title, abstract+topics, description+modules, provider+partners. */
  textA: string;
  textB: string;
  textC: string;
  textD: string;
  tenantId: string;
  kind: string;
  topics: string[];
  audiences: string[];
  languages: string[];
  isFree: boolean;
  freeFor: string[];
  /** Offer level (facet `mode`, like PostgreSQL's `o.modes`). */
  modes: string[];
  /** Offer level (facet `land`). */
  laender: string[];
  hasSession: boolean;
  /** Session level (filter `mode`). */
  mode?: string;
  /** Session level: the session's Gemeinde and every region above it. */
  regionKeys: string[];
  /**
   * Session without a place (online, no venue): the Länder the offer is run for
   * (`OfferDocument.onlineLaender`; empty: nationwide, never found by place). Absent on placed
   * sessions and on-request documents.
   */
  onlineLaender?: string[];
  /** The offer has no dates at all ("auf Anfrage"): only its session-less document, found where its provider serves. */
  onRequest: boolean;
  /** On-request document: the provider's service areas (a region within one of them matches). */
  serviceAreas?: string[];
  /** On-request document: the service areas and every region above them (a region containing one of them matches). */
  areaKeys?: string[];
  /** Epoch seconds. */
  startsAt?: number;
  endsAt: number;
  _geo?: { lat: number; lng: number };
  summary: OfferDocument['summary'];
  session: SessionDocument | null;
}

/** A Meilisearch index uid from the queue prefix: only a-z, 0-9, "-" and "_" are allowed there. */
export function meiliIndexName(prefix: string): string {
  return `${prefix.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}_offers`;
}

/** The partner index beside an offer index `<prefix>_offers`: `<prefix>_organisations`. */
export function meiliOrganisationIndexName(offerIndexName: string): string {
  return `${offerIndexName.replace(/_offers$/, '')}_organisations`;
}

/**
 * The offer index's `synonyms` setting, in the stemmed form of the indexed text
 * (`thesaurusKey`: tokens, stemmed, joined by a space): every term of a group maps to the other
 * terms of its group(s) (symmetric); a broader term and its synonyms also map to each narrower
 * term and its synonyms ("Tagung" finds "Fachtag", not the other way round: Meilisearch cannot
 * weigh an alternative, and the embedded engine gives broader terms half the weight). One step
 * only, no chains — like `buildThesaurus`.
 */
export function meiliOfferSynonyms(groups: SynonymGroups, related: RelatedTerms = defaultRelatedTerms): Record<string, string[]> {
  const synonyms = new Map<string, string[]>();
  const add = (from: string, to: string) => {
    if (from === to) return;
    const list = synonyms.get(from) ?? [];
    if (!list.includes(to)) list.push(to);
    synonyms.set(from, list);
  };
  for (const group of groups) {
    const terms = [...new Set(group.map(thesaurusKey).filter((t) => t.length > 0))];
    if (terms.length < 2) continue;
    for (const term of terms) for (const other of terms) add(term, other);
  }
  const withSynonyms = (term: string) => [term, ...(synonyms.get(term) ?? [])];
  const narrowerOf: [string, string[]][] = [];
  for (const [narrowerTerm, broaderTerm] of related) {
    const narrower = thesaurusKey(narrowerTerm);
    const broader = thesaurusKey(broaderTerm);
    if (!narrower || !broader || narrower === broader) continue;
    for (const b of withSynonyms(broader)) narrowerOf.push([b, withSynonyms(narrower)]);
  }
  for (const [broader, narrower] of narrowerOf) for (const n of narrower) add(broader, n);
  return Object.fromEntries(synonyms);
}

/**
 * The locale of the text fields and of the query. The text arrives analysed (folded, stemmed,
 * compounds split); Meilisearch's own German tokenizer would split the stems again by its
 * dictionary, and it picks German only where it detects German — a short query may be detected
 * otherwise than the document, and the same word would then be split on one side only. A fixed
 * locale without a language-specific segmenter keeps both sides as they are.
 */
export const MEILI_TEXT_LOCALES = ['eng'];

/** Index settings: the same for the live index and the one a rebuild fills. */
export function meiliSettings(synonymGroups: SynonymGroups, related: RelatedTerms = defaultRelatedTerms): Settings {
  return {
    ...meiliTextSettings(synonymGroups),
    synonyms: meiliOfferSynonyms(synonymGroups, related),
    localizedAttributes: [{ attributePatterns: ['textA', 'textB', 'textC', 'textD'], locales: MEILI_TEXT_LOCALES }],
    filterableAttributes: [
      'id', 'offerId', 'revision', 'hasSession', 'kind', 'topics', 'audiences', 'languages', 'isFree', 'freeFor', 'modes', 'mode', 'regionKeys', 'laender', 'startsAt', 'endsAt', '_geo',
      'onlineLaender', 'serviceAreas', 'areaKeys',
    ],
    sortableAttributes: ['startsAt', '_geo'],
    distinctAttribute: 'offerId',
    // `sort` first: a sort by date or distance decides, relevance breaks ties (as in PostgreSQL);
    // without a sort the relevance rules decide and the earliest session breaks ties.
    rankingRules: ['sort', 'words', 'typo', 'proximity', 'attributeRank', 'exactness', 'wordPosition', 'startsAt:asc'],
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
  };
}

const epochSeconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

/**
 * A weighted text field as indexed: the terms of `indexTerms` (stemmed words, elisions
 * completed, compound parts), the words in text order and the parts after them, behind a full
 * stop (a hard separator for Meilisearch). `indexTerms` puts each word's parts right behind it;
 * here they would come between the words of a phrase ("interkulturell[e] kompetenz" must stay
 * adjacent for the quoted phrase of the query), so they follow the words instead.
 */
export function meiliText(text: string): string {
  const analysed = analyseText(text);
  const words = analysed.map((a) => a.term).join(' ');
  const parts = analysed.flatMap((a) => a.parts).join(' ');
  return parts ? `${words} . ${parts}` : words;
}

/** A region key and every region above it (keys that are no region key: themselves only). */
export function withAncestorKeys(key: string): string[] {
  return isRegionKey(key) ? [...ancestorKeys(key), key] : [key];
}

/**
 * The Meilisearch documents of one offer: one per upcoming session, or one for an offer without
 * any dates (on request). An offer whose dates have all passed (not yet marked past) gets none:
 * it can no longer be attended, and the embedded engine does not find it either.
 */
export function meiliDocuments(document: OfferDocument, revision: string): MeiliOfferDocument[] {
  const base = {
    offerId: document.id,
    revision,
    textA: meiliText(document.text.a),
    textB: meiliText(document.text.b),
    textC: meiliText(document.text.c),
    textD: meiliText(document.text.d),
    tenantId: document.tenantId,
    kind: document.kind,
    topics: document.topics,
    audiences: document.audiences,
    languages: document.languages,
    isFree: document.isFree,
    freeFor: document.freeFor,
    modes: document.modes,
    laender: document.laender,
    summary: document.summary,
  };
  if (document.sessions.length === 0) {
    if (!document.onRequest) return [];
    const serviceAreas = document.serviceAreas ?? [];
    return [
      {
        ...base,
        id: `${document.id}-o`,
        hasSession: false,
        onRequest: true,
        regionKeys: [],
        serviceAreas,
        areaKeys: [...new Set(serviceAreas.flatMap(withAncestorKeys))].sort(),
        endsAt: FAR_FUTURE,
        session: null,
      },
    ];
  }
  return document.sessions.map((session, n) => ({
    ...base,
    id: `${document.id}-${n}`,
    hasSession: true,
    onRequest: false,
    mode: session.mode,
    regionKeys: session.regionKeys,
    // No place at all (as the embedded engine decides): belongs to the Länder the offer is run for.
    ...(session.regionKeys.length === 0 && session.lat === null ? { onlineLaender: document.onlineLaender ?? [] } : {}),
    startsAt: epochSeconds(session.startsAt),
    endsAt: epochSeconds(session.endsAt),
    ...(session.lat !== null && session.lon !== null ? { _geo: { lat: session.lat, lng: session.lon } } : {}),
    session,
  }));
}

/** `value >= instant`, for whole epoch seconds on the document side. */
const notBefore = (iso: string) => Math.ceil(Date.parse(iso) / 1000);

/**
 * Region R (any level): a session in R; a session without a place whose offer is run for R's
 * Land (R lies in that Land or is it); an on-request offer whose provider serves a region
 * within R (`areaKeys`) or one containing R (`serviceAreas`) — the embedded engine's
 * `matchOffer`.
 */
export function regionCondition(region: string): string {
  const alternatives = [`regionKeys = ${quoteFilterValue(region)}`];
  if (region.length >= 2) alternatives.push(`onlineLaender = ${quoteFilterValue(region.slice(0, 2))}`);
  alternatives.push(`areaKeys = ${quoteFilterValue(region)}`, inList('serviceAreas', withAncestorKeys(region)));
  return `(${alternatives.join(' OR ')})`;
}

/**
 * Radius around a centre: a session within it; when the centre's Gemeinde is known, also a
 * session without a place run for its Land and an on-request offer whose provider serves it.
 */
export function radiusCondition(center: NonNullable<EngineQuery['filters']['center']>): string {
  const radius = geoRadius(center);
  const key = center.regionKey;
  if (!key) return radius;
  const alternatives = [radius];
  if (key.length >= 2) alternatives.push(`onlineLaender = ${quoteFilterValue(key.slice(0, 2))}`);
  alternatives.push(inList('serviceAreas', withAncestorKeys(key)));
  return `(${alternatives.join(' OR ')})`;
}

/**
 * Conditions one session must meet (region, radius, mode, dates, not ended). On-request
 * documents have no `mode` and no `startsAt`, so a mode or date filter never matches them.
 */
export function sessionFilter(query: EngineQuery): string[] {
  const f = query.filters;
  const conditions = [`endsAt >= ${finite(notBefore(query.now), 'now')}`];
  if (f.region) conditions.push(regionCondition(f.region));
  if (f.center) conditions.push(radiusCondition(f.center));
  if (f.modes?.length) conditions.push(inList('mode', f.modes));
  if (f.from) conditions.push(`startsAt >= ${finite(notBefore(f.from), 'from')}`);
  if (f.to) conditions.push(`startsAt < ${finite(notBefore(f.to), 'to')}`);
  // The fallback beside a search by place: online sessions without a venue of offers run for all of Germany.
  if (f.nationwideOnline) conditions.push('hasSession = true', 'mode != "onsite"', 'regionKeys IS EMPTY', '(onlineLaender NOT EXISTS OR onlineLaender IS EMPTY)');
  return conditions;
}

/** The whole filter as a list of AND-ed expressions (Meilisearch's array form). */
export function meiliFilter(query: EngineQuery): string[] {
  const f = query.filters;
  const conditions = sessionFilter(query);
  if (f.topics?.length) conditions.push(inList('topics', f.topics));
  if (f.audiences?.length) conditions.push(inList('audiences', f.audiences));
  if (f.languages?.length) conditions.push(inList('languages', f.languages));
  if (f.kinds?.length) conditions.push(inList('kind', f.kinds));
  // As in PostgreSQL: "free for <group>" also counts offers that are free for everyone.
  if (f.freeFor) conditions.push(`(isFree = true OR freeFor = ${quoteFilterValue(f.freeFor)})`);
  else if (f.free) conditions.push('isFree = true');
  return conditions;
}

/** `sort` of the request; relevance sends none (the ranking rules end with `startsAt:asc`). */
export function meiliSort(query: EngineQuery): string[] | undefined {
  if (query.sort === 'date') return ['startsAt:asc'];
  if (query.sort === 'distance') {
    const c = query.filters.center;
    if (!c) throw new Error('sort by distance needs a centre');
    return [`_geoPoint(${finite(c.lat, 'lat')}, ${finite(c.lon, 'lon')}):asc`];
  }
  return undefined;
}

/**
 * The query string from the analysed query (`analyseQuery`): per unit its first alternative —
 * the stemmed query word, a completed elision, a phrase (in double quotes) — except for the
 * units of a compound query word: they all start with the whole word, so each sends its own
 * part ("Sprachmittlerschulung" → `sprach mittler schulung`; documents hold the parts of their
 * compounds too, so the compound matches every part). The documents hold the same stemmed
 * terms, so inflections and compound parts match as in the embedded engine; the other
 * alternatives (synonyms, related terms) are Meilisearch's own (the stemmed `synonyms`
 * setting), typos too.
 */
export function meiliQueryText(units: readonly TextUnit[]): string {
  const groupSize = new Map<number, number>();
  for (const unit of units) groupSize.set(unit.group, (groupSize.get(unit.group) ?? 0) + 1);
  const terms: string[] = [];
  for (const unit of units) {
    const whole = unit.alternatives[0]?.term;
    const part = (groupSize.get(unit.group) ?? 0) > 1 ? unit.alternatives.find((a) => a.term !== whole && !a.term.includes(' '))?.term : undefined;
    const term = (part ?? whole ?? '').replace(/"/g, '').trim();
    if (!term) continue;
    const quoted = term.includes(' ') ? `"${term}"` : term;
    if (!terms.includes(quoted)) terms.push(quoted);
  }
  return terms.join(' ');
}

/** The main request: offers (distinct), one page, facets. */
export function meiliSearchParams(query: EngineQuery): SearchParams & { q: string } {
  const sort = meiliSort(query);
  return {
    q: meiliQueryText(query.units),
    // Like the embedded engine: offers matching every word first; when few do, Meilisearch drops
    // the most frequent words first (not the last ones, as 'last' would).
    matchingStrategy: 'frequency',
    locales: MEILI_TEXT_LOCALES,
    filter: meiliFilter(query),
    ...(sort ? { sort } : {}),
    ...(query.facets.length ? { facets: query.facets.map((facet) => FACET_ATTRIBUTES[facet]) } : {}),
    distinct: 'offerId',
    // Finite pagination: exact totalHits and facet counts per offer (see the file comment).
    page: query.page,
    hitsPerPage: query.pageSize,
    attributesToRetrieve: ['offerId', 'summary', 'onRequest'],
  };
}

/** The second request: the matching sessions of the page's offers (every one, hence distinct per document). */
export function meiliSessionsParams(query: EngineQuery, offerIds: string[]): SearchParams & { q: string } {
  const c = query.filters.center;
  return {
    q: '',
    filter: [inList('offerId', offerIds), 'hasSession = true', ...sessionFilter(query)],
    sort: c ? [`_geoPoint(${finite(c.lat, 'lat')}, ${finite(c.lon, 'lon')}):asc`] : ['startsAt:asc'],
    distinct: 'id',
    offset: 0,
    limit: SESSIONS_LIMIT,
    attributesToRetrieve: ['offerId', 'session'],
  };
}

type OfferHitDocument = Pick<MeiliOfferDocument, 'offerId' | 'summary'> & { onRequest?: boolean };
type SessionHitDocument = Pick<MeiliOfferDocument, 'offerId' | 'session'> & { _geoDistance?: number };
type HitSession = SessionDocument & { distanceKm: number | null };

const km = (metres: number | undefined) => (metres === undefined ? null : Math.round(metres / 100) / 10);

/**
 * Maps both responses to the port's result: facet names of the api, distance in km (0.1),
 * sessions by date; an on-request offer found by a region or radius is flagged `onRequest`
 * (found where its provider serves). `textMatch` stays undefined: Meilisearch does not say how
 * many query words the weakest of all hits matched (only per hit of the page).
 */
export function engineResult(query: EngineQuery, response: Pick<SearchResponse<OfferHitDocument>, 'hits' | 'facetDistribution' | 'totalHits'>, sessions: SessionHitDocument[]): EngineResult {
  const byOffer = new Map<string, HitSession[]>();
  for (const hit of sessions) {
    if (!hit.session) continue;
    const list = byOffer.get(hit.offerId) ?? [];
    list.push({ ...hit.session, distanceKm: query.filters.center ? km(hit._geoDistance) : null });
    byOffer.set(hit.offerId, list);
  }
  const located = Boolean(query.filters.region || query.filters.center);
  const hits: EngineHit[] = response.hits.map((hit) => {
    const own = (byOffer.get(hit.offerId) ?? []).sort((x, y) => x.startsAt.localeCompare(y.startsAt));
    const distances = own.map((s) => s.distanceKm).filter((d): d is number => d !== null);
    return {
      id: hit.offerId,
      distanceKm: distances.length ? Math.min(...distances) : null,
      onRequest: located && hit.onRequest === true,
      document: { summary: hit.summary, sessions: own },
    };
  });
  const facets: EngineResult['facets'] = {};
  for (const facet of query.facets) facets[facet] = { ...(response.facetDistribution?.[FACET_ATTRIBUTES[facet]] ?? {}) };
  return { hits, total: response.totalHits ?? 0, facets };
}

const emptyResult = (query: EngineQuery): EngineResult => ({ hits: [], total: 0, facets: Object.fromEntries(query.facets.map((f) => [f, {}])) });

function errorCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  return typeof cause?.code === 'string' ? cause.code : undefined;
}

export interface MeiliSearchIndexOptions {
  host: string;
  apiKey?: string;
  /** Index uid of the live index; a rebuild fills `<indexName>_next` and swaps. */
  indexName: string;
  /** The synonym groups to configure (the operator's list); the built-in list when absent. */
  synonyms?: () => Promise<string[][]>;
  /** Longest wait for one task (ms). */
  taskTimeoutMs?: number;
}

/** Meilisearch as the search engine; created when `MEILI_URL` is set. */
export class MeiliSearchIndex implements SearchIndex {
  readonly engine = 'meilisearch' as const;
  private readonly logger = new Logger(MeiliSearchIndex.name);
  private clientPromise: Promise<Meilisearch> | null = null;
  private ready: Promise<void> | null = null;
  private organisationsReady: Promise<void> | null = null;

  constructor(private readonly options: MeiliSearchIndexOptions) {}

  get indexName(): string {
    return this.options.indexName;
  }

  get organisationIndexName(): string {
    return meiliOrganisationIndexName(this.options.indexName);
  }

  /** Throws unless Meilisearch answers its health check (used by /api/health and at boot). */
  async ping(): Promise<void> {
    await (await this.client()).health();
  }

  async upsertOffers(documents: OfferDocument[]): Promise<void> {
    if (documents.length === 0) return;
    await this.ensureIndex();
    const revision = randomUUID();
    await this.addAll(this.options.indexName, documents.flatMap((d) => meiliDocuments(d, revision)));
    // Then remove what this upsert did not write: ended or removed sessions, the session-less
    // document of an offer that has sessions now (and vice versa). No gap: old and new overlap.
    const client = await this.client();
    const ids = documents.map((d) => d.id);
    for (let i = 0; i < ids.length; i += IDS_PER_FILTER) {
      await this.wait(client.index(this.options.indexName).deleteDocuments({ filter: [inList('offerId', ids.slice(i, i + IDS_PER_FILTER)), `revision != ${quoteFilterValue(revision)}`] }));
    }
  }

  async removeOffers(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const client = await this.client();
    for (let i = 0; i < ids.length; i += IDS_PER_FILTER) {
      await this.wait(client.index(this.options.indexName).deleteDocuments({ filter: inList('offerId', ids.slice(i, i + IDS_PER_FILTER)) }), ['index_not_found']);
    }
  }

  async searchOffers(query: EngineQuery): Promise<EngineResult> {
    const index = (await this.client()).index<MeiliOfferDocument>(this.options.indexName);
    const { q, ...params } = meiliSearchParams(query);
    let response: SearchResponse<OfferHitDocument>;
    try {
      response = (await index.search(q, params)) as unknown as SearchResponse<OfferHitDocument>;
    } catch (error) {
      // Nothing indexed yet (fresh engine): no results rather than an error.
      if (errorCode(error) === 'index_not_found') return emptyResult(query);
      throw error;
    }
    let sessions: SessionHitDocument[] = [];
    if (response.hits.length) {
      const { q: sq, ...sessionParams } = meiliSessionsParams(query, response.hits.map((h) => h.offerId));
      sessions = ((await index.search(sq, sessionParams)) as unknown as SearchResponse<SessionHitDocument>).hits;
    }
    return engineResult(query, response, sessions);
  }

  async rebuild(batches: AsyncIterable<OfferDocument[]>, onProgress?: (indexed: number) => void): Promise<number> {
    // Fill `<name>_next` beside the live index, then swap the two: searches keep answering from
    // the old index until the new one is complete; the old one is deleted after the swap.
    const client = await this.client();
    const live = this.options.indexName;
    const next = `${live}_next`;
    await this.wait(client.deleteIndex(next), ['index_not_found']);
    await this.configure(next);
    const revision = randomUUID();
    let indexed = 0;
    for await (const batch of batches) {
      await this.addAll(next, batch.flatMap((d) => meiliDocuments(d, revision)));
      indexed += batch.length;
      onProgress?.(indexed);
    }
    await this.ensureIndex();
    await this.wait(client.swapIndexes([{ indexes: [live, next], rename: false }]));
    await this.wait(client.deleteIndex(next), ['index_not_found']);
    return indexed;
  }

  async upsertOrganisations(documents: OrganisationDocument[]): Promise<void> {
    if (documents.length === 0) return;
    await this.ensureOrganisationIndex();
    await this.addAll(this.organisationIndexName, documents.map(meiliOrganisationDocument));
  }

  async removeOrganisations(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.wait((await this.client()).index(this.organisationIndexName).deleteDocuments(ids), ['index_not_found']);
  }

  async searchOrganisations(query: OrganisationEngineQuery): Promise<OrganisationEngineResult> {
    const { q, ...params } = meiliOrganisationSearchParams(query);
    try {
      const response = await (await this.client()).index<MeiliOrganisationDocument>(this.organisationIndexName).search(q, params);
      return organisationEngineResult(query, response as unknown as Parameters<typeof organisationEngineResult>[1]);
    } catch (error) {
      if (errorCode(error) === 'index_not_found') return { hits: [], total: 0, facets: Object.fromEntries(query.facets.map((f) => [f, {}])) };
      throw error;
    }
  }

  async rebuildOrganisations(documents: OrganisationDocument[]): Promise<number> {
    // Like rebuild(): fill `<name>_next`, swap, delete the old one.
    const client = await this.client();
    const live = this.organisationIndexName;
    const next = `${live}_next`;
    await this.wait(client.deleteIndex(next), ['index_not_found']);
    await this.configure(next, meiliOrganisationSettings);
    await this.addAll(next, documents.map(meiliOrganisationDocument));
    await this.ensureOrganisationIndex();
    await this.wait(client.swapIndexes([{ indexes: [live, next], rename: false }]));
    await this.wait(client.deleteIndex(next), ['index_not_found']);
    return documents.length;
  }

  /**
   * A new synonym list: stemmed like the offer text for the offer index (with the related terms,
   * by default the built-in ones), normalised like the partner text for the partner index.
   */
  async applySynonyms(groups: string[][], related: RelatedTerms = defaultRelatedTerms): Promise<void> {
    await this.ensureIndex();
    await this.ensureOrganisationIndex();
    const client = await this.client();
    await this.wait(client.index(this.options.indexName).updateSynonyms(meiliOfferSynonyms(groups, related)));
    await this.wait(client.index(this.organisationIndexName).updateSynonyms(meiliSynonyms(groups)));
  }

  private ensureOrganisationIndex(): Promise<void> {
    this.organisationsReady ??= this.configure(this.organisationIndexName, meiliOrganisationSettings).catch((error: unknown) => {
      this.organisationsReady = null;
      throw error;
    });
    return this.organisationsReady;
  }

  /** Creates the live index with its settings once per process (again after a failure). */
  private ensureIndex(): Promise<void> {
    this.ready ??= this.configure(this.options.indexName).catch((error: unknown) => {
      this.ready = null;
      throw error;
    });
    return this.ready;
  }

  private async configure(uid: string, settings: (groups: readonly (readonly string[])[]) => Settings = meiliSettings): Promise<void> {
    const client = await this.client();
    await this.wait(client.createIndex(uid, { primaryKey: 'id' }), ['index_already_exists']);
    const groups = this.options.synonyms ? await this.options.synonyms() : defaultSynonymGroups;
    await this.wait(client.index(uid).updateSettings(settings(groups)));
  }

  private async addAll(uid: string, documents: (MeiliOfferDocument | MeiliOrganisationDocument)[]): Promise<void> {
    const index = (await this.client()).index(uid);
    const tasks: EnqueuedTaskPromise[] = [];
    for (let i = 0; i < documents.length; i += MEILI_BATCH) tasks.push(index.addDocuments(documents.slice(i, i + MEILI_BATCH), { primaryKey: 'id' }));
    for (const task of tasks) await this.wait(task);
  }

  /** Waits for the task; a failed task throws unless its error code is one of `tolerated`. */
  private async wait(enqueued: EnqueuedTaskPromise, tolerated: string[] = []): Promise<Task> {
    const task = await enqueued.waitTask({ timeout: this.options.taskTimeoutMs ?? 120_000, interval: 20 });
    if (task.status === 'succeeded' || (task.error && tolerated.includes(task.error.code))) return task;
    throw new Error(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no error given'}`);
  }

  private client(): Promise<Meilisearch> {
    // The client is ESM-only; loading it on first use keeps the PostgreSQL path free of it.
    this.clientPromise ??= import('meilisearch').then(({ Meilisearch }) => new Meilisearch({ host: this.options.host, apiKey: this.options.apiKey, timeout: 10_000 }));
    return this.clientPromise;
  }

  /** Logs (does not throw) when Meilisearch cannot be reached: boot goes on, /api/health reports it. */
  checkReachable(): void {
    this.ping().catch((error: unknown) => this.logger.warn({ err: error instanceof Error ? error.message : String(error), host: this.options.host }, 'Meilisearch is not reachable; search answers with errors until it is'));
  }
}
