import { Inject, Injectable, Logger, Optional, type OnApplicationBootstrap } from '@nestjs/common';
import { distance } from 'fastest-levenshtein';
import { DataSource } from 'typeorm';
import { RequestValidationError } from '@knotenpunkt/api/core/http';
import { APP_CONFIG, type AppConfig } from '@knotenpunkt/api/core/config';
import { analyseQuery, expandQuery, tokens, typoBudget } from '@knotenpunkt/shared/search-text';
import {
  instantOf,
  translateValidationMessage,
  type Language,
  type OfferHit,
  type OfferSearchQuery,
  type OfferSearchResult,
  type OrganisationSearchQuery,
  type OrganisationSearchResult,
} from '@knotenpunkt/shared/contracts';
import { SEARCH_INDEX, type EngineHit, type EngineQuery, type SearchIndex } from '../domain/search-index.port';
import { SearchChanges } from '../infra/search-changes';
import { SynonymsService } from './synonyms.service';
import { ResultCache } from '../domain/result-cache';
import { regionWords, type KreisName, type RegionWords } from '../domain/region-words';

/** Radius when a centre is given without one. */
export const DEFAULT_RADIUS_KM = 50;
/**
 * A search by place with less than a page of results also shows online offers for all of
 * Germany (matching the text and filters), labelled as such: at least this many, at most
 * {@link FALLBACK_MAX}, never more than fill the page.
 */
const FALLBACK_MIN = 5;
const FALLBACK_MAX = 10;
const DAY_MS = 24 * 3600 * 1000;

/** Public offer and partner search: normalises and expands the text, resolves the centre, asks the engine. */
@Injectable()
export class SearchService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SearchService.name);
  /** Results per query and index version (SearchChanges), bounded in size and age. */
  private readonly cache = new ResultCache<OfferSearchResult>(5000, 60_000);
  private readonly organisationCache = new ResultCache<OrganisationSearchResult>(1000, 60_000);
  /** Close words of the index per index version and query word (typos). */
  private readonly similarCache = new ResultCache<string[]>(20_000, 60_000);
  /** Centres of postal codes (reference data, replaced only by a region data load). */
  private readonly centres = new ResultCache<{ lat: number; lon: number; regionKey?: string }>(20_000, 3_600_000);
  /** Land and Kreis names typed into the text (reference data). */
  private regionWordsOf: Promise<RegionWords> | null = null;
  /** Off (`SEARCH_RESULT_CACHE=off`): every query is computed, to measure the engine itself. */
  private readonly cacheResults: boolean;

  constructor(
    private readonly dataSource: DataSource,
    private readonly synonyms: SynonymsService,
    @Inject(SEARCH_INDEX) private readonly index: SearchIndex,
    @Optional() @Inject(SearchChanges) private readonly changes: SearchChanges | null = null,
    @Optional() @Inject(APP_CONFIG) config: Pick<AppConfig, 'SEARCH_RESULT_CACHE'> | null = null,
  ) {
    this.cacheResults = config?.SEARCH_RESULT_CACHE !== 'off';
  }

  /** The embedded engine loads its index in the background; a failure is retried by the first search. */
  onApplicationBootstrap(): void {
    void this.index.warmUp?.().catch((error: Error) => this.logger.warn({ err: error.message }, 'search index not loaded at start; the first search loads it'));
  }

  searchOffers(query: OfferSearchQuery, language: Language, now = Date.now()): Promise<OfferSearchResult> {
    return this.cached(this.cache, `${language}|${JSON.stringify(query)}`, now, (version) => this.compute(query, language, now, version));
  }

  searchOrganisations(query: OrganisationSearchQuery, language: Language, now = Date.now()): Promise<OrganisationSearchResult> {
    return this.cached(this.organisationCache, `${language}|${JSON.stringify(query)}`, now, (version) => this.computeOrganisations(query, language, version));
  }

  /** Answers from `cache` under the current index version; without a version (Redis silent) nothing is cached. */
  private async cached<T>(cache: ResultCache<T>, key: string, now: number, compute: (version: string | null) => Promise<T>): Promise<T> {
    const version = await this.changes?.version();
    if (version === null || version === undefined || !this.cacheResults) return compute(version ?? null);
    return cache.getOrCompute(`${version}|${key}`, now, () => compute(version));
  }

  private async computeOrganisations(query: OrganisationSearchQuery, language: Language, version: string | null): Promise<OrganisationSearchResult> {
    const result = await this.index.searchOrganisations({
      words: await this.words(query.q ?? '', version),
      filters: { types: query.type, topics: query.topic, audiences: query.audience, region: query.region, center: await this.centerOf(query, language) },
      sort: query.sort,
      facets: query.facets,
      page: query.page,
      pageSize: query.pageSize,
    });
    return {
      items: result.hits.map((h) => ({ ...h.profile, distanceKm: h.distanceKm, currentOffers: h.currentOffers })),
      total: result.total,
      page: query.page,
      pageSize: query.pageSize,
      facets: result.facets as OrganisationSearchResult['facets'],
    };
  }

  private async compute(query: OfferSearchQuery, language: Language, now: number, version: string | null): Promise<OfferSearchResult> {
    const engineQuery = await this.engineQuery(query, language, now, version);
    const result = await this.index.searchOffers(engineQuery);
    const items = result.hits.map((h) => hitOf(h, false));
    let fallback: OfferHit[] = [];
    const located = Boolean(engineQuery.filters.center || engineQuery.filters.region);
    const fallbackSize = Math.min(FALLBACK_MAX, Math.max(FALLBACK_MIN, query.pageSize - result.total));
    if (query.onlineFallback && located && result.total < query.pageSize && query.page === 1) {
      const { center: _c, region: _r, ...rest } = engineQuery.filters;
      // Online offers for all of Germany only: those run for the searched Land are results already, those for other Länder do not fit.
      const online = await this.index.searchOffers({ ...engineQuery, filters: { ...rest, modes: ['online'], nationwideOnline: true }, textOptional: false, facets: [], page: 1, pageSize: fallbackSize, sort: 'relevance' });
      const shown = new Set(items.map((i) => i.id));
      fallback = online.hits.filter((h) => !shown.has(h.id)).map((h) => hitOf(h, true));
    }
    return {
      items,
      total: result.total,
      totalCapped: result.totalCapped ?? false,
      page: query.page,
      pageSize: query.pageSize,
      facets: result.facets as OfferSearchResult['facets'],
      fallback,
      textMatch: { units: engineQuery.units.length, matched: result.textMatch?.matched ?? engineQuery.units.length, ignoredText: engineQuery.ignoredText },
    };
  }

  async engineQuery(query: OfferSearchQuery, language: Language, now: number, version: string | null = null): Promise<EngineQuery & { ignoredText: boolean }> {
    const center = await this.centerOf(query, language);
    let text = query.q ?? '';
    let region = query.region;
    let textOptional = false;
    if (text && !region && !center) {
      const named = (await this.regionWords())(text);
      if (named) ({ region, text, textOptional } = { region: named.region, text: named.text, textOptional: true });
    }
    const thesaurus = await this.synonyms.thesaurus();
    const analysis = analyseQuery(text, thesaurus);
    const ignoredText = analysis.stopWordsOnly;
    if (ignoredText) text = '';
    return {
      text,
      units: ignoredText ? [] : await this.corrected(analysis.units, thesaurus),
      ignoredText,
      textOptional,
      // The embedded engine matches the units itself (typos included); the others get words.
      words: this.index.engine === 'postgres' ? [] : await this.words(text, version),
      filters: {
        region,
        center,
        free: query.free,
        freeFor: query.freeFor,
        modes: query.mode,
        audiences: query.audience,
        topics: query.topic,
        languages: query.language,
        kinds: query.kind,
        from: query.from ? new Date(instantOf(query.from)).toISOString() : undefined,
        to: query.to ? new Date(instantOf(query.to) + DAY_MS).toISOString() : undefined,
      },
      sort: query.sort,
      facets: query.facets,
      page: query.page,
      pageSize: query.pageSize,
      now: new Date(now).toISOString(),
    };
  }

  /**
   * A query word the index does not know at all is most likely a typo ("Asylrecth"): its unit
   * becomes the analysis of the closest known word, so the correction gets that word's synonyms
   * too ("Asylrecht" → "Aufenthaltsrecht", "Asylverfahren"), at a slightly lower weight.
   */
  private async corrected(units: EngineQuery['units'], thesaurus: Parameters<typeof analyseQuery>[1]): Promise<EngineQuery['units']> {
    if (!this.index.termCorrections || units.length === 0) return units;
    const primary = units.map((u) => u.alternatives[0]?.term ?? '').filter((t) => t && !t.includes(' '));
    const corrections = await this.index.termCorrections(primary);
    if (corrections.size === 0) return units;
    return units.map((unit) => {
      const term = unit.alternatives[0]?.term ?? '';
      const known = unit.alternatives.some((a) => a !== unit.alternatives[0] && !a.term.includes(' ') && !corrections.has(a.term));
      const best = corrections.get(term);
      if (!best || known) return unit;
      const alternatives = [...unit.alternatives];
      for (const correction of best.slice(0, 2)) {
        for (const corrected of analyseQuery(correction, thesaurus).units.flatMap((u) => u.alternatives)) {
          if (!alternatives.some((a) => a.term === corrected.term)) alternatives.push({ ...corrected, weight: corrected.weight * 0.9 });
        }
      }
      return { ...unit, alternatives };
    });
  }

  /** Per unit of the query (word or synonym phrase): its alternatives; unknown words also get close words of the index (typos). */
  private async words(text: string, version: string | null): Promise<string[][]> {
    const queryTokens = tokens(text);
    if (queryTokens.length === 0) return [];
    const units = expandQuery(queryTokens, await this.synonyms.groups());
    const plain = units.filter((u) => u.length === 1 && !(u[0] ?? '').includes(' ')).map((u) => u[0] as string);
    const similar = await this.similarWords(plain.filter((w) => typoBudget(w) > 0), version);
    return units.map((unit) => {
      if (unit.length !== 1) return unit;
      const word = unit[0] as string;
      const close = (similar.get(word) ?? []).filter((candidate) => distance(candidate, word) <= typoBudget(word));
      return [...new Set([word, ...close])];
    });
  }

  /** Close words of the index for `words`; cached per index version (the dictionary changes with it). */
  private async similarWords(words: string[], version: string | null): Promise<Map<string, string[]>> {
    const now = Date.now();
    const result = new Map<string, string[]>();
    const missing = words.filter((w) => {
      const known = version === null ? undefined : this.similarCache.get(`${version}|${w}`, now);
      if (known) result.set(w, known);
      return !known;
    });
    if (missing.length === 0 || !this.index.similarWords) return result;
    const found = await this.index.similarWords(missing);
    for (const word of missing) {
      const close = found.get(word) ?? [];
      if (version !== null) this.similarCache.set(`${version}|${word}`, close, now);
      result.set(word, close);
    }
    return result;
  }

  private async centerOf(query: Pick<OfferSearchQuery, 'lat' | 'lon' | 'plz' | 'radiusKm'>, language: Language): Promise<EngineQuery['filters']['center']> {
    const radiusKm = query.radiusKm ?? DEFAULT_RADIUS_KM;
    if (query.lat !== undefined && query.lon !== undefined) return { lat: query.lat, lon: query.lon, radiusKm };
    if (!query.plz) return undefined;
    const row = await this.postalCentre(query.plz);
    if (!row) throw new RequestValidationError('query', [{ path: 'plz', message: translateValidationMessage('catalogue.postalCode.unknown', language), code: 'custom' }]);
    return { lat: row.lat, lon: row.lon, radiusKm, ...(row.regionKey ? { regionKey: row.regionKey } : {}) };
  }

  /** The centre of a postal code and the Gemeinde it lies in (the most populous one when it spans several). */
  private async postalCentre(plz: string): Promise<{ lat: number; lon: number; regionKey?: string } | undefined> {
    const now = Date.now();
    const cached = this.centres.get(plz, now);
    if (cached) return cached;
    const rows: { lat: number; lon: number; region_key: string | null }[] = await this.dataSource.query(
      `SELECT p.lat, p.lon, (SELECT pr.region_key FROM postal_code_region pr JOIN region r ON r.key = pr.region_key WHERE pr.plz = p.plz
                               ORDER BY length(pr.region_key) DESC, r.population DESC NULLS LAST LIMIT 1) AS region_key
         FROM postal_code p WHERE p.plz = $1`,
      [plz],
    );
    const row = rows[0];
    if (!row) return undefined;
    const centre = { lat: row.lat, lon: row.lon, ...(row.region_key ? { regionKey: row.region_key } : {}) };
    this.centres.set(plz, centre, now);
    return centre;
  }

  /** Land and Kreis names of the region data, loaded once (a region data load is a deployment). */
  private regionWords(): Promise<RegionWords> {
    this.regionWordsOf ??= this.dataSource
      .query(`SELECT key, name_short AS name, type = 'Kreisfreie Stadt' AS city FROM region WHERE level = 'kreis'`)
      .then((rows: KreisName[]) => regionWords(rows))
      .catch((error: unknown) => {
        this.regionWordsOf = null;
        throw error;
      });
    return this.regionWordsOf;
  }
}

function hitOf(hit: EngineHit, fallback: boolean): OfferHit {
  const next = hit.document.sessions[0] as (EngineHit['document']['sessions'][number] & { distanceKm?: number | null }) | undefined;
  return {
    ...hit.document.summary,
    hasPlainLanguage: hit.document.summary.hasPlainLanguage ?? false,
    nextSession: next
      ? {
          startsAt: next.startsText,
          endsAt: next.endsText,
          mode: next.mode,
          locality: next.locality,
          postalCode: next.postalCode,
          lat: next.lat,
          lon: next.lon,
          freePlaces: next.freePlaces,
          capacity: next.capacity,
          registrationDeadline: next.registrationDeadline,
          distanceKm: next.distanceKm ?? null,
        }
      : null,
    distanceKm: hit.distanceKm,
    fallback,
    onRequest: hit.onRequest ?? false,
  };
}
