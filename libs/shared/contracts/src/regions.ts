import { z } from 'zod';
import type { ValidationMessageKey } from './validation-messages';

export const regionLevels = ['land', 'regierungsbezirk', 'kreis', 'gemeindeverband', 'gemeinde'] as const;
export const regionLevelSchema = z.enum(regionLevels);
export type RegionLevel = z.infer<typeof regionLevelSchema>;

/** Amtlicher Regionalschlüssel at its own level: 2 (Land), 3 (RB), 5 (Kreis), 9 (Verband) or 12 (Gemeinde) digits. */
export const regionKeySchema = z.string().regex(/^(\d{2}|\d{3}|\d{5}|\d{9}|\d{12})$/, { message: 'region.key' satisfies ValidationMessageKey });
export const postalCodeSchema = z.string().regex(/^\d{5}$/, { message: 'postalCode.format' satisfies ValidationMessageKey });

export const geoPointSchema = z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) });
export type GeoPoint = z.infer<typeof geoPointSchema>;

export const regionSummarySchema = z.object({
  key: z.string(),
  ags: z.string().nullable(),
  level: regionLevelSchema,
  type: z.string(),
  name: z.string(),
  /** Name as people say it, distinguishing "Görlitz, Stadt" from "Landkreis Görlitz". */
  label: z.string(),
  centroid: geoPointSchema.nullable(),
  population: z.number().int().nullable(),
});
export type RegionSummary = z.infer<typeof regionSummarySchema>;

export const regionDetailSchema = regionSummarySchema.extend({
  parentKey: z.string().nullable(),
  areaKm2: z.number().nullable(),
  nutsCode: z.string().nullable(),
  nuts3: z.string().nullable(),
  iso3166_2: z.string().nullable(),
  seat: z.string().nullable(),
  /** From the Land down to the parent. */
  ancestors: z.array(regionSummarySchema),
  children: z.array(regionSummarySchema),
  postalCodes: z.array(z.string()),
});
export type RegionDetail = z.infer<typeof regionDetailSchema>;

export const regionSuggestionSchema = z.object({
  kind: z.enum(['region', 'postalCode']),
  /** Region key (ARS) for regions, the PLZ for postal codes. */
  id: z.string(),
  label: z.string(),
  /** Context for the list: "Landkreis Görlitz, Sachsen" or "Erfurt, Thüringen". */
  context: z.string(),
  level: regionLevelSchema.nullable(),
  centroid: geoPointSchema.nullable(),
});
export type RegionSuggestion = z.infer<typeof regionSuggestionSchema>;

export const regionSuggestQuerySchema = z.object({
  q: z.string().trim().min(2, { message: 'query.minLength2' satisfies ValidationMessageKey }).max(80),
  limit: z.coerce.number().int().min(1).max(25).default(10),
  levels: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (!v) return undefined;
      const parts = v.split(',').map((p) => p.trim());
      const bad = parts.filter((p) => !(regionLevels as readonly string[]).includes(p));
      if (bad.length) ctx.addIssue({ code: 'custom', message: 'region.level.unknown' satisfies ValidationMessageKey });
      return parts as RegionLevel[];
    }),
});
export const regionSuggestResponseSchema = z.object({ items: z.array(regionSuggestionSchema) });

export const postalCodeDetailSchema = z.object({
  postalCode: z.string(),
  locality: z.string().nullable(),
  centroid: geoPointSchema,
  gemeinden: z.array(regionSummarySchema.extend({ kreis: z.string(), land: z.string() })),
  places: z.array(z.string()),
});
export type PostalCodeDetail = z.infer<typeof postalCodeDetailSchema>;

export const nearbyQuerySchema = z
  .object({
    plz: postalCodeSchema.optional(),
    lat: z.coerce.number().min(-90).max(90).optional(),
    lon: z.coerce.number().min(-180).max(180).optional(),
    radiusKm: z.coerce
      .number()
      .gt(0, { message: 'radius.positive' satisfies ValidationMessageKey })
      .max(500, { message: 'radius.max' satisfies ValidationMessageKey }),
    level: regionLevelSchema.default('gemeinde'),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .superRefine((q, ctx) => {
    const hasPoint = q.lat !== undefined || q.lon !== undefined;
    if (!q.plz && !hasPoint) ctx.addIssue({ code: 'custom', path: ['plz'], message: 'nearby.center.missing' satisfies ValidationMessageKey });
    if (q.plz && hasPoint) ctx.addIssue({ code: 'custom', path: ['plz'], message: 'nearby.center.both' satisfies ValidationMessageKey });
    if (hasPoint && (q.lat === undefined || q.lon === undefined))
      ctx.addIssue({ code: 'custom', path: [q.lat === undefined ? 'lat' : 'lon'], message: 'nearby.center.pair' satisfies ValidationMessageKey });
  });
export const nearbyResponseSchema = z.object({
  center: geoPointSchema,
  radiusKm: z.number(),
  items: z.array(regionSummarySchema.extend({ distanceKm: z.number() })),
});
export type NearbyResponse = z.infer<typeof nearbyResponseSchema>;
