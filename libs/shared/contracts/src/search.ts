import { z } from 'zod';
import { audienceSchema, offerKindSchema, sessionModeSchema, topicSchema } from './catalogue/vocabulary';
import { offerDateSchema } from './catalogue/dates';
import { offerSummarySchema } from './catalogue/offers';
import { organisationProfileSchema } from './catalogue/organisations';
import { postalCodeSchema, regionKeySchema } from './regions';
import { tenantTypeSchema } from './tenancy/roles';
import type { ValidationMessageKey } from './validation-messages';

const key = (k: ValidationMessageKey) => k;

/** "a,b" or repeated parameters (?topic=a&topic=b) → a list of one enum. */
function listOf<T extends z.ZodType<string, string>>(item: T, max: number) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((part) => part.split(',')).map((p) => p.trim()).filter(Boolean))
    .pipe(z.array(item).max(max));
}

const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const offerFacetNames = ['topic', 'audience', 'language', 'mode', 'kind', 'free', 'land'] as const;
export const offerFacetSchema = z.enum(offerFacetNames, { message: key('search.facet.unknown') });
export type OfferFacet = z.infer<typeof offerFacetSchema>;

export const offerSortSchema = z.enum(['relevance', 'date', 'distance'], { message: key('search.sort.unknown') });

/** Query of the public offer search; every error names its parameter. */
export const offerSearchQuerySchema = z
  .object({
    q: z.string().trim().max(200).optional(),
    /** Region key at any level: offers with a session there (or below). */
    region: regionKeySchema.optional(),
    /** Centre of a radius search: a postal code, or lat and lon. */
    plz: postalCodeSchema.optional(),
    lat: z.coerce.number().min(47).max(55.2).optional(),
    lon: z.coerce.number().min(5.8).max(15.1).optional(),
    radiusKm: z.coerce
      .number({ message: key('radius.positive') })
      .gt(0, { message: key('radius.positive') })
      .max(500, { message: key('radius.max') })
      .optional(),
    /** kostenlos: free for everyone, or free for the audiences asked for. */
    free: flag.optional(),
    freeFor: audienceSchema.optional(),
    mode: listOf(sessionModeSchema, 3).optional(),
    audience: listOf(audienceSchema, 7).optional(),
    topic: listOf(topicSchema, 22).optional(),
    language: listOf(z.string().regex(/^[a-z]{2,3}$/, { message: key('catalogue.language.format') }), 10).optional(),
    kind: listOf(offerKindSchema, 5).optional(),
    /** Sessions starting on or after / on or before these days (Europe/Berlin). */
    from: offerDateSchema.optional(),
    to: offerDateSchema.optional(),
    sort: offerSortSchema.default('relevance'),
    facets: listOf(offerFacetSchema, offerFacetNames.length).default([]),
    /** Add online offers for all of Germany matching the text when fewer than a page of results are nearby (5–10). */
    onlineFallback: flag.default(true),
    page: z.coerce.number().int().min(1).max(1000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100, { message: key('search.pageSize.max') }).default(20),
  })
  .superRefine((q, ctx) => {
    const point = q.lat !== undefined || q.lon !== undefined;
    if (point && (q.lat === undefined || q.lon === undefined)) ctx.addIssue({ code: 'custom', path: [q.lat === undefined ? 'lat' : 'lon'], message: key('nearby.center.pair') });
    if (q.plz && point) ctx.addIssue({ code: 'custom', path: ['plz'], message: key('nearby.center.both') });
    if (q.radiusKm !== undefined && !q.plz && !point) ctx.addIssue({ code: 'custom', path: ['radiusKm'], message: key('nearby.center.missing') });
    if (q.sort === 'distance' && !q.plz && !point) ctx.addIssue({ code: 'custom', path: ['sort'], message: key('search.sort.distanceNeedsCenter') });
    if (q.from && q.to && q.to < q.from) ctx.addIssue({ code: 'custom', path: ['to'], message: key('search.dates.order') });
  });
export type OfferSearchQuery = z.output<typeof offerSearchQuerySchema>;

export const searchSessionSchema = z.object({
  startsAt: z.string(),
  endsAt: z.string(),
  mode: sessionModeSchema,
  locality: z.string().nullable(),
  postalCode: z.string().nullable(),
  /** The venue's point (for a map); null online or without a known place. */
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  freePlaces: z.number().int().nullable(),
  capacity: z.number().int().nullable(),
  registrationDeadline: z.string().nullable(),
  distanceKm: z.number().nullable(),
});

export const offerHitSchema = offerSummarySchema.extend({
  /** The first upcoming session that matches the filters (place, dates, mode). */
  nextSession: searchSessionSchema.nullable(),
  /** Distance of the nearest matching session, when a centre was given. */
  distanceKm: z.number().nullable(),
  /** true: an online offer added because few offers are nearby. */
  fallback: z.boolean(),
  /** true: the offer has no dates and was found because its provider serves the region asked for ("auf Anfrage"). */
  onRequest: z.boolean().default(false),
  /** The offer has an "Einfache Sprache" summary (shown on its page). */
  hasPlainLanguage: z.boolean(),
});
export type OfferHit = z.infer<typeof offerHitSchema>;

export const facetCountsSchema = z.record(z.string(), z.record(z.string(), z.number().int()));

export const offerSearchResultSchema = z.object({
  items: z.array(offerHitSchema),
  /** Matching offers (facets count the same set). */
  total: z.number().int(),
  /** true: more than `total` offers match; narrow the search to see them all (kept for clients; the embedded engine counts every match). */
  totalCapped: z.boolean(),
  /**
   * How much of the query the results cover: `units` words of the query (compound parts
   * count singly), the weakest result matches `matched` of them (all: no word was dropped).
   * `ignoredText`: the text had only stop words and was not used.
   */
  textMatch: z.object({ units: z.number().int(), matched: z.number().int(), ignoredText: z.boolean() }).optional(),
  page: z.number().int(),
  pageSize: z.number().int(),
  facets: facetCountsSchema,
  /** Online offers matching the text, shown after few nearby results. */
  fallback: z.array(offerHitSchema),
});
export type OfferSearchResult = z.infer<typeof offerSearchResultSchema>;

export const organisationFacetNames = ['type', 'topic', 'audience', 'land'] as const;
export const organisationFacetSchema = z.enum(organisationFacetNames, { message: key('search.facet.unknown') });
export type OrganisationFacet = z.infer<typeof organisationFacetSchema>;

/** Query of the public partner search (organisations with a profile); every error names its parameter. */
export const organisationSearchQuerySchema = z
  .object({
    /** Name, short name, description, topics. */
    q: z.string().trim().max(200).optional(),
    type: listOf(tenantTypeSchema, 8).optional(),
    topic: listOf(topicSchema, 22).optional(),
    audience: listOf(audienceSchema, 7).optional(),
    /** Organisations whose service areas cover this region (or lie within it), or whose address is in it. */
    region: regionKeySchema.optional(),
    /** Centre of a radius search around the organisations' addresses: a postal code, or lat and lon. */
    plz: postalCodeSchema.optional(),
    lat: z.coerce.number().min(47).max(55.2).optional(),
    lon: z.coerce.number().min(5.8).max(15.1).optional(),
    radiusKm: z.coerce
      .number({ message: key('radius.positive') })
      .gt(0, { message: key('radius.positive') })
      .max(500, { message: key('radius.max') })
      .optional(),
    sort: z.enum(['relevance', 'name', 'distance'], { message: key('search.sort.unknownForOrganisations') }).default('relevance'),
    facets: listOf(organisationFacetSchema, organisationFacetNames.length).default([]),
    page: z.coerce.number().int().min(1).max(1000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100, { message: key('search.pageSize.max') }).default(20),
  })
  .superRefine((q, ctx) => {
    const point = q.lat !== undefined || q.lon !== undefined;
    if (point && (q.lat === undefined || q.lon === undefined)) ctx.addIssue({ code: 'custom', path: [q.lat === undefined ? 'lat' : 'lon'], message: key('nearby.center.pair') });
    if (q.plz && point) ctx.addIssue({ code: 'custom', path: ['plz'], message: key('nearby.center.both') });
    if (q.radiusKm !== undefined && !q.plz && !point) ctx.addIssue({ code: 'custom', path: ['radiusKm'], message: key('nearby.center.missing') });
    if (q.sort === 'distance' && !q.plz && !point) ctx.addIssue({ code: 'custom', path: ['sort'], message: key('search.sort.distanceNeedsCenter') });
  });
export type OrganisationSearchQuery = z.output<typeof organisationSearchQuerySchema>;

export const organisationHitSchema = organisationProfileSchema.extend({
  /** Distance of the organisation's address from the centre, when a centre was given. */
  distanceKm: z.number().nullable(),
  /** Published offers with a session still to come. */
  currentOffers: z.number().int(),
});
export type OrganisationHit = z.infer<typeof organisationHitSchema>;

export const organisationSearchResultSchema = z.object({
  items: z.array(organisationHitSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Per facet asked for: value → organisations (type: tenant type, land: Land key). */
  facets: facetCountsSchema,
});
export type OrganisationSearchResult = z.infer<typeof organisationSearchResultSchema>;
