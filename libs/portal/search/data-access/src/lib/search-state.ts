import {
  DEFAULT_RADIUS_KM,
  OFFER_SORTS,
  ORGANISATION_SORTS,
  SEARCH_AUDIENCES,
  SEARCH_KINDS,
  SEARCH_MODES,
  SEARCH_RADII,
  SEARCH_TENANT_TYPES,
  SEARCH_TOPICS,
  type OfferSort,
  type OrganisationSort,
  type SearchAudience,
  type SearchKind,
  type SearchMode,
  type SearchTenantType,
  type SearchTopic,
} from './search-codes';

/**
 * Where the search looks: nothing, a region (key at any level) or a radius around a postal code.
 * The URL carries `region=<key>` or `plz=<PLZ>&radiusKm=<km>`, like the api.
 */
export type SearchPlace =
  | { readonly kind: 'none' }
  | { readonly kind: 'region'; readonly key: string }
  | { readonly kind: 'plz'; readonly plz: string; readonly radiusKm: number };

/**
 * Everything the offer search page shows, and nothing else: it is read from the address
 * (`offerSearchStateFromParams`) and written back to it (`offerSearchQueryParams`), so a deep
 * link, back/forward and a reload all restore the same search. The URL uses the api's parameter
 * names, so the api query and the calendar feed are the same string minus `view`.
 */
export interface OfferSearchState {
  readonly q: string;
  readonly place: SearchPlace;
  /** kostenlos (free for everyone). */
  readonly free: boolean;
  /** kostenlos für Ehrenamtliche (free for everyone or for volunteers): `freeFor=volunteers`. */
  readonly freeForVolunteers: boolean;
  readonly modes: readonly SearchMode[];
  readonly audiences: readonly SearchAudience[];
  readonly topics: readonly SearchTopic[];
  readonly languages: readonly string[];
  readonly kinds: readonly SearchKind[];
  /** "YYYY-MM-DD" (Europe/Berlin days) or ''. */
  readonly from: string;
  readonly to: string;
  readonly sort: OfferSort;
  readonly page: number;
  readonly view: 'list' | 'map';
}

export interface OrganisationSearchState {
  readonly q: string;
  readonly place: SearchPlace;
  readonly types: readonly SearchTenantType[];
  readonly topics: readonly SearchTopic[];
  readonly audiences: readonly SearchAudience[];
  readonly sort: OrganisationSort;
  readonly page: number;
}

export const EMPTY_OFFER_SEARCH: OfferSearchState = {
  q: '',
  place: { kind: 'none' },
  free: false,
  freeForVolunteers: false,
  modes: [],
  audiences: [],
  topics: [],
  languages: [],
  kinds: [],
  from: '',
  to: '',
  sort: 'relevance',
  page: 1,
  view: 'list',
};

export const EMPTY_ORGANISATION_SEARCH: OrganisationSearchState = {
  q: '',
  place: { kind: 'none' },
  types: [],
  topics: [],
  audiences: [],
  sort: 'relevance',
  page: 1,
};

/** What `ActivatedRoute.snapshot.queryParams` (or `Params`) holds. */
export type QueryParamsLike = Readonly<Record<string, string | readonly string[] | undefined | null>>;
/** The router's queryParams: absent keys are not in the address. */
export type SearchQueryParams = Record<string, string>;

const REGION_KEY = /^(\d{2}|\d{3}|\d{5}|\d{9}|\d{12})$/;
const POSTAL_CODE = /^\d{5}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const LANGUAGE = /^[a-z]{2,3}$/;
const MAX_QUERY = 200;

function first(params: QueryParamsLike, name: string): string {
  const value = params[name];
  if (Array.isArray(value)) return String(value[0] ?? '').trim();
  return typeof value === 'string' ? value.trim() : '';
}

/** "a,b" or repeated parameters → the known values, without duplicates, in the order of `allowed`. */
function listParam<T extends string>(params: QueryParamsLike, name: string, allowed: readonly T[]): T[] {
  const value = params[name];
  const raw = (Array.isArray(value) ? value : typeof value === 'string' ? [value] : []) as readonly string[];
  const parts = new Set(raw.flatMap((part) => part.split(',')).map((part) => part.trim()));
  return allowed.filter((code) => parts.has(code));
}

function languagesParam(params: QueryParamsLike): string[] {
  const value = params['language'];
  const raw = (Array.isArray(value) ? value : typeof value === 'string' ? [value] : []) as readonly string[];
  const codes = raw.flatMap((part) => part.split(',')).map((part) => part.trim().toLowerCase());
  return [...new Set(codes.filter((code) => LANGUAGE.test(code)))].slice(0, 10);
}

function flagParam(params: QueryParamsLike, name: string): boolean {
  const value = first(params, name);
  return value === 'true' || value === '1';
}

function isRealDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function placeParam(params: QueryParamsLike): SearchPlace {
  const plz = first(params, 'plz');
  if (POSTAL_CODE.test(plz)) {
    const radius = Number(first(params, 'radiusKm'));
    return { kind: 'plz', plz, radiusKm: (SEARCH_RADII as readonly number[]).includes(radius) ? radius : DEFAULT_RADIUS_KM };
  }
  const region = first(params, 'region');
  if (REGION_KEY.test(region)) return { kind: 'region', key: region };
  return { kind: 'none' };
}

function pageParam(params: QueryParamsLike): number {
  const page = Number(first(params, 'page'));
  return Number.isInteger(page) && page >= 1 && page <= 1000 ? page : 1;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], fallback: T): T {
  return (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/**
 * The offer search in an address. Lenient: unknown codes, malformed dates, a radius without a
 * PLZ or "distance" without a centre are dropped, so an edited or old link still shows a search
 * (and never provokes the api's 400).
 */
export function offerSearchStateFromParams(params: QueryParamsLike): OfferSearchState {
  const place = placeParam(params);
  const from = first(params, 'from');
  const to = first(params, 'to');
  const validFrom = isRealDay(from) ? from : '';
  const validTo = isRealDay(to) && (validFrom === '' || to >= validFrom) ? to : '';
  const sort = oneOf(first(params, 'sort'), OFFER_SORTS, 'relevance');
  return {
    q: first(params, 'q').slice(0, MAX_QUERY),
    place,
    free: flagParam(params, 'free'),
    freeForVolunteers: first(params, 'freeFor') === 'volunteers',
    modes: listParam(params, 'mode', SEARCH_MODES),
    audiences: listParam(params, 'audience', SEARCH_AUDIENCES),
    topics: listParam(params, 'topic', SEARCH_TOPICS),
    languages: languagesParam(params),
    kinds: listParam(params, 'kind', SEARCH_KINDS),
    from: validFrom,
    to: validTo,
    sort: sort === 'distance' && place.kind !== 'plz' ? 'relevance' : sort,
    page: pageParam(params),
    view: first(params, 'view') === 'map' ? 'map' : 'list',
  };
}

function placeQueryParams(place: SearchPlace, target: SearchQueryParams): void {
  if (place.kind === 'region') target['region'] = place.key;
  if (place.kind === 'plz') {
    target['plz'] = place.plz;
    target['radiusKm'] = String(place.radiusKm);
  }
}

/**
 * The address of an offer search: only what differs from the empty search, lists comma-separated,
 * in a fixed order (so equal searches have equal addresses).
 */
export function offerSearchQueryParams(state: OfferSearchState): SearchQueryParams {
  const params: SearchQueryParams = {};
  const q = state.q.trim();
  if (q) params['q'] = q;
  placeQueryParams(state.place, params);
  if (state.free) params['free'] = 'true';
  if (state.freeForVolunteers) params['freeFor'] = 'volunteers';
  if (state.modes.length) params['mode'] = state.modes.join(',');
  if (state.audiences.length) params['audience'] = state.audiences.join(',');
  if (state.topics.length) params['topic'] = state.topics.join(',');
  if (state.languages.length) params['language'] = state.languages.join(',');
  if (state.kinds.length) params['kind'] = state.kinds.join(',');
  if (state.from) params['from'] = state.from;
  if (state.to) params['to'] = state.to;
  if (state.sort !== 'relevance' && (state.sort !== 'distance' || state.place.kind === 'plz')) params['sort'] = state.sort;
  if (state.page > 1) params['page'] = String(state.page);
  if (state.view === 'map') params['view'] = 'map';
  return params;
}

/** The api's filters of an offer search (the address without `view` and `page`): for the calendar feed. */
export function offerFilterParams(state: OfferSearchState): SearchQueryParams {
  const params = offerSearchQueryParams(state);
  delete params['view'];
  delete params['page'];
  return params;
}

export function organisationSearchStateFromParams(params: QueryParamsLike): OrganisationSearchState {
  const place = placeParam(params);
  const sort = oneOf(first(params, 'sort'), ORGANISATION_SORTS, 'relevance');
  return {
    q: first(params, 'q').slice(0, MAX_QUERY),
    place,
    types: listParam(params, 'type', SEARCH_TENANT_TYPES),
    topics: listParam(params, 'topic', SEARCH_TOPICS),
    audiences: listParam(params, 'audience', SEARCH_AUDIENCES),
    sort: sort === 'distance' && place.kind !== 'plz' ? 'relevance' : sort,
    page: pageParam(params),
  };
}

export function organisationSearchQueryParams(state: OrganisationSearchState): SearchQueryParams {
  const params: SearchQueryParams = {};
  const q = state.q.trim();
  if (q) params['q'] = q;
  placeQueryParams(state.place, params);
  if (state.types.length) params['type'] = state.types.join(',');
  if (state.topics.length) params['topic'] = state.topics.join(',');
  if (state.audiences.length) params['audience'] = state.audiences.join(',');
  if (state.sort !== 'relevance' && (state.sort !== 'distance' || state.place.kind === 'plz')) params['sort'] = state.sort;
  if (state.page > 1) params['page'] = String(state.page);
  return params;
}

/** `a=1&b=2` with every value percent-encoded (commas too), for links such as the calendar feed. */
export function queryString(params: SearchQueryParams): string {
  return Object.entries(params)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join('&');
}

/** Whether any filter beyond text and place is set (for "remove filters" suggestions). */
export function hasOfferFilters(state: OfferSearchState): boolean {
  return (
    state.free ||
    state.freeForVolunteers ||
    state.modes.length + state.audiences.length + state.topics.length + state.languages.length + state.kinds.length > 0 ||
    state.from !== '' ||
    state.to !== ''
  );
}

export function hasOrganisationFilters(state: OrganisationSearchState): boolean {
  return state.types.length + state.topics.length + state.audiences.length > 0;
}

/** value → count per facet, as the api sends them. */
export type FacetCounts = Record<string, Record<string, number>>;

/**
 * The filter groups with ticked options, each with the search without that group's own filter:
 * their counts answer "how many if I tick this one too" (disjunctive facets).
 */
export function disjunctiveOfferFacets(state: OfferSearchState): { facet: string; state: OfferSearchState }[] {
  const groups: { facet: string; state: OfferSearchState }[] = [];
  if (state.modes.length) groups.push({ facet: 'mode', state: { ...state, modes: [] } });
  if (state.kinds.length) groups.push({ facet: 'kind', state: { ...state, kinds: [] } });
  if (state.audiences.length) groups.push({ facet: 'audience', state: { ...state, audiences: [] } });
  if (state.topics.length) groups.push({ facet: 'topic', state: { ...state, topics: [] } });
  if (state.languages.length) groups.push({ facet: 'language', state: { ...state, languages: [] } });
  return groups;
}

export function disjunctiveOrganisationFacets(state: OrganisationSearchState): { facet: string; state: OrganisationSearchState }[] {
  const groups: { facet: string; state: OrganisationSearchState }[] = [];
  if (state.types.length) groups.push({ facet: 'type', state: { ...state, types: [] } });
  if (state.topics.length) groups.push({ facet: 'topic', state: { ...state, topics: [] } });
  if (state.audiences.length) groups.push({ facet: 'audience', state: { ...state, audiences: [] } });
  return groups;
}
