import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const optionalText = z.string().transform((v) => (v === '' ? null : v));
const optionalNumber = z.string().transform((v, ctx) => {
  if (v === '') return null;
  const n = Number(v);
  if (!Number.isFinite(n)) ctx.addIssue({ code: 'custom', message: `not a number: "${v}"` });
  return n;
});

export const regionRowSchema = z.object({
  key: z.string().regex(/^(\d{2}|\d{3}|\d{5}|\d{9}|\d{12})$/),
  ags: optionalText,
  level: z.enum(['land', 'regierungsbezirk', 'kreis', 'gemeindeverband', 'gemeinde']),
  type: z.string().min(1),
  type_code: optionalText,
  name: z.string().min(1),
  name_short: z.string().min(1),
  parent_key: optionalText,
  seat: optionalText,
  seat_plz: optionalText,
  lat: optionalNumber,
  lon: optionalNumber,
  population: optionalNumber,
  area_km2: optionalNumber,
  n_gemeinden: optionalNumber,
  nuts_code: optionalText,
  nuts3: optionalText,
  iso3166_2: optionalText,
});
export const postalCodeRowSchema = z.object({
  plz: z.string().regex(/^\d{5}$/),
  lat: z.coerce.number().min(47).max(56),
  lon: z.coerce.number().min(5).max(16),
  name_of_locality: optionalText,
  area_km2: optionalNumber,
  population_est: optionalNumber,
});
export const postalCodeRegionRowSchema = z.object({
  plz: z.string().regex(/^\d{5}$/),
  ars: z.string().regex(/^\d{12}$/),
  source: z.string().min(1),
});
export const postalCodePlaceRowSchema = z.object({
  plz: z.string().regex(/^\d{5}$/),
  place_name: z.string().min(1),
  lat: optionalNumber,
  lon: optionalNumber,
  kreis_key: optionalText,
});
export const metadataSchema = z.object({
  version: z.string().min(1),
  files: z.object({ 'regions.csv': z.object({ stand: z.iso.date() }) }),
});

export type RegionRow = z.infer<typeof regionRowSchema>;

export class RegionDataError extends Error {}

/** Parses one CSV of the data set; any bad row stops the load with file, line and column named. */
export function readCsv<S extends z.ZodObject>(dir: string, file: string, schema: S): z.infer<S>[] {
  const records: Record<string, string>[] = parse(readFileSync(join(dir, file), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  });
  return records.map((record, index) => {
    const result = schema.safeParse(record);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new RegionDataError(`${file} line ${index + 2}, column ${issue?.path.join('.')}: ${issue?.message}`);
    }
    return result.data;
  });
}
