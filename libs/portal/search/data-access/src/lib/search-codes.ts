import { AUDIENCE_CODES, OFFER_KIND_CODES, TOPIC_CODES } from '@knotenpunkt/portal/shared/util';

// Literal code lists, checked against @knotenpunkt/shared/contracts in search-codes.spec.ts: the
// portal must not pull zod into its bundles for a handful of strings.
export const SEARCH_TOPICS = TOPIC_CODES;
export const SEARCH_AUDIENCES = AUDIENCE_CODES;
export const SEARCH_MODES = ['online', 'onsite', 'blended'] as const;
export const SEARCH_KINDS = OFFER_KIND_CODES;
export const SEARCH_TENANT_TYPES = ['umbrella', 'adult-education', 'welfare', 'initiative', 'migrant-organisation', 'municipality', 'funder', 'other'] as const;
/** Languages offered as filters even before the facet counts arrive (more appear from the counts). */
export const SEARCH_COMMON_LANGUAGES = ['de', 'en', 'ar', 'uk', 'fa', 'ru', 'tr', 'fr'] as const;
/** Radius choices of the PLZ search, in km; 50 is the api's default. */
export const SEARCH_RADII = [10, 25, 50, 100] as const;
export const DEFAULT_RADIUS_KM = 50;
export const OFFER_SORTS = ['relevance', 'date', 'distance'] as const;
export const ORGANISATION_SORTS = ['relevance', 'name', 'distance'] as const;
/** Facets the offer page asks for (`facets=`). */
export const OFFER_FACETS = ['topic', 'audience', 'language', 'mode', 'kind', 'free', 'land'] as const;
export const ORGANISATION_FACETS = ['type', 'topic', 'audience', 'land'] as const;
export const SEARCH_PAGE_SIZE = 20;

export type SearchTopic = (typeof SEARCH_TOPICS)[number];
export type SearchAudience = (typeof SEARCH_AUDIENCES)[number];
export type SearchMode = (typeof SEARCH_MODES)[number];
export type SearchKind = (typeof SEARCH_KINDS)[number];
export type SearchTenantType = (typeof SEARCH_TENANT_TYPES)[number];
export type SearchRadius = (typeof SEARCH_RADII)[number];
export type OfferSort = (typeof OFFER_SORTS)[number];
export type OrganisationSort = (typeof ORGANISATION_SORTS)[number];
