import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { foldForSearch } from '@knotenpunkt/shared/geo';
import { regionLabel } from '../domain/labels';
import {
  RegionDataError,
  metadataSchema,
  postalCodePlaceRowSchema,
  postalCodeRegionRowSchema,
  postalCodeRowSchema,
  readCsv,
  regionRowSchema,
} from './region-csv';

export const REGION_DATASET_ID = 'de-regions';

export interface TableChanges {
  inserted: number;
  updated: number;
  retired: number;
}

export interface RegionLoadReport {
  version: string;
  stand: string;
  skipped: boolean;
  durationMs: number;
  regions: TableChanges;
  postalCodes: TableChanges;
  postalCodeRegions: TableChanges;
  postalCodePlaces: TableChanges;
}

const none: TableChanges = { inserted: 0, updated: 0, retired: 0 };

/**
 * Imports data/regions into PostgreSQL in one transaction. Re-running the same data changes
 * nothing (the checksum is recorded; `force` compares row by row anyway). A newer Stand updates
 * names and keys; regions and postal codes that disappeared get valid_until = the new Stand.
 */
export async function loadRegions(ownerUrl: string, dataDir: string, options: { force?: boolean } = {}): Promise<RegionLoadReport> {
  const started = performance.now();
  const metadata = metadataSchema.parse(JSON.parse(readFileSync(join(dataDir, 'metadata.json'), 'utf8')));
  const stand = metadata.files['regions.csv'].stand;
  const checksum = createHash('sha256').update(readFileSync(join(dataDir, 'SHA256SUMS'))).digest('hex');
  const base = { version: metadata.version, stand };

  const client = new Client({ connectionString: ownerUrl, application_name: 'knotenpunkt-regions-loader' });
  await client.connect();
  try {
    const current = await client.query('SELECT checksum FROM region_dataset WHERE id = $1', [REGION_DATASET_ID]);
    if (!options.force && current.rows[0]?.checksum === checksum) {
      return { ...base, skipped: true, durationMs: elapsed(started), regions: none, postalCodes: none, postalCodeRegions: none, postalCodePlaces: none };
    }
    const regions = readCsv(dataDir, 'regions.csv', regionRowSchema);
    const postalCodes = readCsv(dataDir, 'postal_codes.csv', postalCodeRowSchema);
    const links = readCsv(dataDir, 'postal_code_regions.csv', postalCodeRegionRowSchema);
    const places = readCsv(dataDir, 'postal_code_places.csv', postalCodePlaceRowSchema);
    checkReferences(regions, postalCodes, links);

    await client.query('BEGIN');
    try {
      const report = {
        ...base,
        skipped: false,
        regions: await upsertRegions(client, regions, stand),
        postalCodes: await upsertPostalCodes(client, postalCodes, stand),
        postalCodeRegions: await replaceLinks(client, links),
        postalCodePlaces: await replacePlaces(client, places),
      };
      await client.query(
        `INSERT INTO region_dataset (id, version, stand, checksum) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO UPDATE SET version = excluded.version, stand = excluded.stand, checksum = excluded.checksum, loaded_at = now()`,
        [REGION_DATASET_ID, metadata.version, stand, checksum],
      );
      await client.query('COMMIT');
      return { ...report, durationMs: elapsed(started) };
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  } finally {
    await client.end();
  }
}

const elapsed = (started: number) => Math.round(performance.now() - started);

function checkReferences(
  regions: { key: string; parent_key: string | null }[],
  postalCodes: { plz: string }[],
  links: { plz: string; ars: string }[],
): void {
  const keys = new Set(regions.map((r) => r.key));
  const orphan = regions.find((r) => r.parent_key !== null && !keys.has(r.parent_key));
  if (orphan) throw new RegionDataError(`regions.csv: ${orphan.key} has unknown parent_key ${orphan.parent_key}`);
  const plz = new Set(postalCodes.map((p) => p.plz));
  const badLink = links.find((l) => !plz.has(l.plz) || !keys.has(l.ars));
  if (badLink) throw new RegionDataError(`postal_code_regions.csv: unknown PLZ or ARS in ${badLink.plz} → ${badLink.ars}`);
}

/** Splits into column arrays for INSERT … SELECT FROM unnest(…): one round trip per table. */
function columns<T>(rows: T[], pick: Record<string, (row: T) => unknown>): unknown[][] {
  return Object.values(pick).map((get) => rows.map(get));
}

/** Rows that the new data no longer has stay, marked as valid until the new Stand. */
async function retireMissing(client: Client, table: 'region' | 'postal_code', key: 'key' | 'plz', present: string[], stand: string): Promise<number> {
  const retired = await client.query(
    `UPDATE ${table} SET valid_until = $2::date WHERE valid_until IS NULL AND NOT (${key} = ANY($1::text[]))`,
    [present, stand],
  );
  return retired.rowCount ?? 0;
}

function changes(rows: { inserted: boolean }[], retired: number): TableChanges {
  const inserted = rows.filter((r) => r.inserted).length;
  return { inserted, updated: rows.length - inserted, retired };
}

async function upsertRegions(client: Client, rows: ReturnType<typeof readCsv<typeof regionRowSchema>>, stand: string): Promise<TableChanges> {
  const singleGemeindeKreise = new Set(
    rows.filter((r) => r.level === 'kreis' && r.n_gemeinden === 1).map((r) => r.key),
  );
  const prepared = rows.map((r) => {
    const label = regionLabel({ level: r.level, type: r.type, name: r.name, nameShort: r.name_short });
    return {
      ...r,
      label,
      searchName: foldForSearch(`${r.name} ${label}`),
      searchShort: foldForSearch(r.name_short),
      // A kreisfreie Stadt is both Kreis and Gemeinde; suggest it once (as the Kreis).
      suggest: !(r.level === 'gemeinde' && r.parent_key !== null && singleGemeindeKreise.has(r.parent_key)),
    };
  });
  const values = columns(prepared, {
    key: (r) => r.key, ags: (r) => r.ags, level: (r) => r.level, type: (r) => r.type, type_code: (r) => r.type_code,
    name: (r) => r.name, name_short: (r) => r.name_short, label: (r) => r.label, parent_key: (r) => r.parent_key,
    seat: (r) => r.seat, seat_plz: (r) => r.seat_plz, lat: (r) => r.lat, lon: (r) => r.lon, population: (r) => r.population,
    area_km2: (r) => r.area_km2, nuts_code: (r) => r.nuts_code, nuts3: (r) => r.nuts3, iso3166_2: (r) => r.iso3166_2,
    search_name: (r) => r.searchName, search_short: (r) => r.searchShort, suggest: (r) => r.suggest,
  });
  const upserted = await client.query(
    `INSERT INTO region AS r (key, ags, level, type, type_code, name, name_short, label, parent_key, seat, seat_plz, lat, lon,
                              population, area_km2, nuts_code, nuts3, iso3166_2, search_name, search_short, suggest, valid_from)
     SELECT *, $22::date FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
       $9::text[], $10::text[], $11::text[], $12::float8[], $13::float8[], $14::int[], $15::numeric[], $16::text[], $17::text[],
       $18::text[], $19::text[], $20::text[], $21::bool[])
     ON CONFLICT (key) DO UPDATE SET
       ags = excluded.ags, level = excluded.level, type = excluded.type, type_code = excluded.type_code, name = excluded.name,
       name_short = excluded.name_short, label = excluded.label, parent_key = excluded.parent_key, seat = excluded.seat,
       seat_plz = excluded.seat_plz, lat = excluded.lat, lon = excluded.lon, population = excluded.population,
       area_km2 = excluded.area_km2, nuts_code = excluded.nuts_code, nuts3 = excluded.nuts3, iso3166_2 = excluded.iso3166_2,
       search_name = excluded.search_name, search_short = excluded.search_short, suggest = excluded.suggest,
       valid_until = NULL
     WHERE (r.ags, r.level, r.type, r.type_code, r.name, r.name_short, r.label, r.parent_key, r.seat, r.seat_plz, r.lat, r.lon,
            r.population, r.area_km2, r.nuts_code, r.nuts3, r.iso3166_2, r.search_name, r.search_short, r.suggest, r.valid_until)
       IS DISTINCT FROM
           (excluded.ags, excluded.level, excluded.type, excluded.type_code, excluded.name, excluded.name_short, excluded.label,
            excluded.parent_key, excluded.seat, excluded.seat_plz, excluded.lat, excluded.lon, excluded.population,
            excluded.area_km2, excluded.nuts_code, excluded.nuts3, excluded.iso3166_2, excluded.search_name,
            excluded.search_short, excluded.suggest, NULL::date)
     RETURNING (xmax = 0) AS inserted`,
    [...values, stand],
  );
  return changes(upserted.rows, await retireMissing(client, 'region', 'key', rows.map((r) => r.key), stand));
}

async function upsertPostalCodes(client: Client, rows: ReturnType<typeof readCsv<typeof postalCodeRowSchema>>, stand: string): Promise<TableChanges> {
  const values = columns(rows, {
    plz: (r) => r.plz, lat: (r) => r.lat, lon: (r) => r.lon, locality: (r) => r.name_of_locality,
    area: (r) => r.area_km2, population: (r) => r.population_est,
  });
  const upserted = await client.query(
    `INSERT INTO postal_code AS p (plz, lat, lon, locality, area_km2, population_est, valid_from)
     SELECT *, $7::date FROM unnest($1::text[], $2::float8[], $3::float8[], $4::text[], $5::numeric[], $6::int[])
     ON CONFLICT (plz) DO UPDATE SET lat = excluded.lat, lon = excluded.lon, locality = excluded.locality,
       area_km2 = excluded.area_km2, population_est = excluded.population_est, valid_until = NULL
     WHERE (p.lat, p.lon, p.locality, p.area_km2, p.population_est, p.valid_until)
       IS DISTINCT FROM (excluded.lat, excluded.lon, excluded.locality, excluded.area_km2, excluded.population_est, NULL::date)
     RETURNING (xmax = 0) AS inserted`,
    [...values, stand],
  );
  return changes(upserted.rows, await retireMissing(client, 'postal_code', 'plz', rows.map((r) => r.plz), stand));
}

/** Links have no history of their own: rows not in the new data are deleted. */
async function replaceLinks(client: Client, rows: ReturnType<typeof readCsv<typeof postalCodeRegionRowSchema>>): Promise<TableChanges> {
  const [plz, ars, source] = columns(rows, { plz: (r) => r.plz, ars: (r) => r.ars, source: (r) => r.source });
  const removed = await client.query(
    `DELETE FROM postal_code_region l WHERE NOT EXISTS (
       SELECT 1 FROM unnest($1::text[], $2::text[]) AS n(plz, ars) WHERE n.plz = l.plz AND n.ars = l.region_key)`,
    [plz, ars],
  );
  const upserted = await client.query(
    `INSERT INTO postal_code_region AS l (plz, region_key, source) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
     ON CONFLICT (plz, region_key) DO UPDATE SET source = excluded.source WHERE l.source IS DISTINCT FROM excluded.source
     RETURNING (xmax = 0) AS inserted`,
    [plz, ars, source],
  );
  return changes(upserted.rows, removed.rowCount ?? 0);
}

async function replacePlaces(client: Client, rows: ReturnType<typeof readCsv<typeof postalCodePlaceRowSchema>>): Promise<TableChanges> {
  const unique = [...new Map(rows.map((r) => [`${r.plz}|${r.place_name}`, r])).values()];
  const values = columns(unique, {
    plz: (r) => r.plz, name: (r) => r.place_name, search: (r) => foldForSearch(r.place_name),
    lat: (r) => r.lat, lon: (r) => r.lon, kreis: (r) => r.kreis_key,
  });
  const removed = await client.query(
    `DELETE FROM postal_code_place p WHERE NOT EXISTS (
       SELECT 1 FROM unnest($1::text[], $2::text[]) AS n(plz, name) WHERE n.plz = p.plz AND n.name = p.place_name)`,
    [values[0], values[1]],
  );
  const upserted = await client.query(
    `INSERT INTO postal_code_place AS p (plz, place_name, search_name, lat, lon, kreis_key)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::float8[], $6::text[])
     ON CONFLICT (plz, place_name) DO UPDATE SET search_name = excluded.search_name, lat = excluded.lat, lon = excluded.lon,
       kreis_key = excluded.kreis_key
     WHERE (p.search_name, p.lat, p.lon, p.kreis_key) IS DISTINCT FROM (excluded.search_name, excluded.lat, excluded.lon, excluded.kreis_key)
     RETURNING (xmax = 0) AS inserted`,
    values,
  );
  return changes(upserted.rows, removed.rowCount ?? 0);
}
