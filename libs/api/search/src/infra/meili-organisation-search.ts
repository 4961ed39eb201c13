import type { SearchParams, SearchResponse, Settings } from 'meilisearch';
import { distanceKm } from '@knotenpunkt/shared/geo';
import type { OrganisationFacet } from '@knotenpunkt/shared/contracts';
import { normalisedText } from '../domain/normalised-text';
import { finite, geoRadius, inList, meiliTextSettings, quoteFilterValue } from './meili-common';
import { coveringKeysOf, type OrganisationDocument } from '../domain/organisation-document';
import type { OrganisationEngineQuery, OrganisationEngineResult } from '../domain/search-index.port';

/**
 * The partner half of the Meilisearch adapter: one document per organisation in an index of its
 * own (`<prefix>_organisations`), same text normalisation, synonyms and typo rules as offers.
 */

export const ORGANISATION_FACET_ATTRIBUTES: Record<OrganisationFacet, string> = {
  type: 'type',
  topic: 'topics',
  audience: 'audiences',
  land: 'laender',
};

export interface MeiliOrganisationDocument {
  id: string;
  textA: string;
  textB: string;
  textC: string;
  textD: string;
  name: string;
  /** Lower-case name for the name sort. */
  nameSort: string;
  type: string;
  topics: string[];
  audiences: string[];
  areaKeys: string[];
  coverKeys: string[];
  laender: string[];
  currentOffers: number;
  _geo?: { lat: number; lng: number };
  profile: OrganisationDocument['profile'];
}

export function meiliOrganisationSettings(synonymGroups: readonly (readonly string[])[]): Settings {
  return {
    ...meiliTextSettings(synonymGroups),
    filterableAttributes: ['type', 'topics', 'audiences', 'areaKeys', 'coverKeys', 'laender', '_geo'],
    sortableAttributes: ['nameSort', 'currentOffers', '_geo'],
    rankingRules: ['sort', 'words', 'typo', 'proximity', 'attributeRank', 'exactness', 'currentOffers:desc', 'nameSort:asc'],
    pagination: { maxTotalHits: 100_000 },
  };
}

export function meiliOrganisationDocument(d: OrganisationDocument): MeiliOrganisationDocument {
  return {
    id: d.id,
    textA: normalisedText(d.text.a),
    textB: normalisedText(d.text.b),
    textC: normalisedText(d.text.c),
    textD: normalisedText(d.text.d),
    name: d.name,
    nameSort: d.name.toLocaleLowerCase('de'),
    type: d.type,
    topics: d.topics,
    audiences: d.audiences,
    areaKeys: d.areaKeys,
    coverKeys: d.coverKeys,
    laender: d.laender,
    currentOffers: d.currentOffers,
    ...(d.lat !== null && d.lon !== null ? { _geo: { lat: d.lat, lng: d.lon } } : {}),
    profile: d.profile,
  };
}


export function meiliOrganisationFilter(query: OrganisationEngineQuery): string[] {
  const f = query.filters;
  const conditions: string[] = [];
  if (f.types?.length) conditions.push(inList('type', f.types));
  if (f.topics?.length) conditions.push(inList('topics', f.topics));
  if (f.audiences?.length) conditions.push(inList('audiences', f.audiences));
  if (f.region) conditions.push(`(areaKeys = ${quoteFilterValue(f.region)} OR ${inList('coverKeys', coveringKeysOf(f.region))})`);
  if (f.center) conditions.push(geoRadius(f.center));
  return conditions;
}

export function meiliOrganisationSearchParams(query: OrganisationEngineQuery): SearchParams & { q: string } {
  const c = query.filters.center;
  const sort =
    query.sort === 'name' ? ['nameSort:asc']
    : query.sort === 'distance' && c ? [`_geoPoint(${finite(c.lat, 'lat')}, ${finite(c.lon, 'lon')}):asc`, 'nameSort:asc']
    : undefined;
  return {
    q: query.words.map((alternatives) => alternatives[0] ?? '').filter(Boolean).join(' '),
    matchingStrategy: 'all',
    filter: meiliOrganisationFilter(query),
    ...(sort ? { sort } : {}),
    ...(query.facets.length ? { facets: query.facets.map((facet) => ORGANISATION_FACET_ATTRIBUTES[facet]) } : {}),
    page: query.page,
    hitsPerPage: query.pageSize,
    attributesToRetrieve: ['id', 'currentOffers', 'profile', '_geo'],
  };
}

type OrganisationHitDocument = Pick<MeiliOrganisationDocument, 'id' | 'currentOffers' | 'profile' | '_geo'> & { _geoDistance?: number };

/** km with one decimal: Meilisearch's `_geoDistance` when it sorted by distance, else computed from `_geo`. */
function distanceOf(query: OrganisationEngineQuery, hit: OrganisationHitDocument): number | null {
  const c = query.filters.center;
  if (!c) return null;
  if (hit._geoDistance !== undefined) return Math.round(hit._geoDistance / 100) / 10;
  return hit._geo ? Math.round(distanceKm(c, { lat: hit._geo.lat, lon: hit._geo.lng }) * 10) / 10 : null;
}

export function organisationEngineResult(
  query: OrganisationEngineQuery,
  response: Pick<SearchResponse<OrganisationHitDocument>, 'hits' | 'facetDistribution' | 'totalHits'>,
): OrganisationEngineResult {
  const facets: OrganisationEngineResult['facets'] = {};
  for (const facet of query.facets) facets[facet] = { ...(response.facetDistribution?.[ORGANISATION_FACET_ATTRIBUTES[facet]] ?? {}) };
  return {
    hits: response.hits.map((h) => ({
      id: h.id,
      distanceKm: distanceOf(query, h),
      currentOffers: h.currentOffers,
      profile: h.profile,
    })),
    total: response.totalHits ?? 0,
    facets,
  };
}
