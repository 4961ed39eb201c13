import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { GeoPoint, RegionLevel, RegionSummary } from '@knotenpunkt/shared/contracts';
import type { SuggestEntry } from '../domain/suggest-index';

export interface RegionRecord extends RegionSummary {
  parentKey: string | null;
  areaKm2: number | null;
  nutsCode: string | null;
  nuts3: string | null;
  iso3166_2: string | null;
  seat: string | null;
}

const summaryColumns = `r.key, r.ags, r.level, r.type, r.name, r.label, r.lat, r.lon, r.population`;
const detailColumns = `${summaryColumns}, r.parent_key, r.area_km2, r.nuts_code, r.nuts3, r.iso3166_2, r.seat`;

interface Row {
  key: string;
  ags: string | null;
  level: RegionLevel;
  type: string;
  name: string;
  label: string;
  lat: number | null;
  lon: number | null;
  population: number | null;
  parent_key?: string | null;
  area_km2?: string | null;
  nuts_code?: string | null;
  nuts3?: string | null;
  iso3166_2?: string | null;
  seat?: string | null;
}

export function toSummary(row: Row): RegionSummary {
  return {
    key: row.key,
    ags: row.ags,
    level: row.level,
    type: row.type,
    name: row.name,
    label: row.label,
    centroid: row.lat === null || row.lon === null ? null : { lat: row.lat, lon: row.lon },
    population: row.population,
  };
}

function toRecord(row: Row): RegionRecord {
  return {
    ...toSummary(row),
    parentKey: row.parent_key ?? null,
    areaKm2: row.area_km2 === null || row.area_km2 === undefined ? null : Number(row.area_km2),
    nutsCode: row.nuts_code ?? null,
    nuts3: row.nuts3 ?? null,
    iso3166_2: row.iso3166_2 ?? null,
    seat: row.seat ?? null,
  };
}

/** Read-only queries on the public region tables (no tenant data here). */
@Injectable()
export class RegionRepository {
  constructor(private readonly db: DataSource) {}

  async byKey(key: string): Promise<RegionRecord | null> {
    const rows: Row[] = await this.db.query(`SELECT ${detailColumns} FROM region r WHERE r.key = $1`, [key]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** The chain of parents from the Land down (via parent_key, so missing levels are skipped). */
  async ancestors(key: string): Promise<RegionSummary[]> {
    const rows: (Row & { depth: number })[] = await this.db.query(
      `WITH RECURSIVE chain AS (
         SELECT parent_key, 0 AS depth FROM region WHERE key = $1
         UNION ALL
         SELECT r.parent_key, c.depth + 1 FROM region r JOIN chain c ON r.key = c.parent_key
       )
       SELECT ${summaryColumns}, c.depth FROM chain c JOIN region r ON r.key = c.parent_key ORDER BY c.depth DESC`,
      [key],
    );
    return rows.map(toSummary);
  }

  async children(key: string): Promise<RegionSummary[]> {
    const rows: Row[] = await this.db.query(
      `SELECT ${summaryColumns} FROM region r WHERE r.parent_key = $1 AND r.valid_until IS NULL ORDER BY r.name_short, r.key`,
      [key],
    );
    return rows.map(toSummary);
  }

  async postalCodesOf(key: string): Promise<string[]> {
    const rows: { plz: string }[] = await this.db.query(
      `SELECT DISTINCT l.plz FROM postal_code_region l WHERE l.region_key LIKE $1 || '%' ORDER BY l.plz LIMIT 1000`,
      [key],
    );
    return rows.map((r) => r.plz);
  }

  /** Everything autocomplete can offer, for the in-memory SuggestIndex. */
  async suggestEntries(): Promise<SuggestEntry[]> {
    const [regions, codes, places] = await Promise.all([
      this.db.query(
        `SELECT r.key AS id, r.label, r.level, r.lat, r.lon, r.search_short AS short, r.search_name AS search,
                coalesce(r.population, 0) AS weight,
                coalesce(CASE WHEN r.level IN ('gemeinde', 'gemeindeverband') THEN k.label || ', ' END, '') ||
                coalesce(CASE WHEN r.level <> 'land' THEN l.name END, 'Bundesland') AS context
           FROM region r
           LEFT JOIN region k ON k.key = left(r.key, 5)
           LEFT JOIN region l ON l.key = left(r.key, 2)
          WHERE r.valid_until IS NULL AND r.suggest`,
      ),
      this.db.query(
        `SELECT pc.plz AS id, pc.plz || coalesce(' ' || pc.locality, '') AS label, pc.lat, pc.lon,
                coalesce(string_agg(DISTINCT g.label, ' / '), '') ||
                coalesce(', ' || string_agg(DISTINCT land.name, ' / '), '') AS context
           FROM postal_code pc
           LEFT JOIN postal_code_region l ON l.plz = pc.plz
           LEFT JOIN region g ON g.key = l.region_key
           LEFT JOIN region land ON land.key = left(l.region_key, 2)
          WHERE pc.valid_until IS NULL
          GROUP BY pc.plz`,
      ),
      this.db.query(
        `SELECT p.plz AS id, p.plz || ' ' || p.place_name AS label, p.lat, p.lon, p.search_name AS search,
                coalesce(k.label || ', ', '') || coalesce(l.name, '') AS context
           FROM postal_code_place p
           JOIN postal_code pc ON pc.plz = p.plz AND pc.valid_until IS NULL
           LEFT JOIN region k ON k.key = p.kreis_key
           LEFT JOIN region l ON l.key = left(p.kreis_key, 2)`,
      ),
    ]);
    const words = (search: string) => [...new Set(search.split(' ').filter(Boolean))];
    return [
      ...regions.map((r: Record<string, never>) => ({
        kind: 'region' as const, id: r['id'], label: r['label'], context: r['context'], level: r['level'], lat: r['lat'], lon: r['lon'],
        short: r['short'], words: words(r['search']), weight: Number(r['weight']),
      })),
      ...codes.map((c: Record<string, never>) => ({
        kind: 'postalCode' as const, id: c['id'], label: c['label'], context: c['context'], level: null, lat: c['lat'], lon: c['lon'],
        short: c['id'], words: [], weight: 0,
      })),
      ...places.map((p: Record<string, never>) => ({
        kind: 'postalCode' as const, id: p['id'], label: p['label'], context: p['context'], level: null, lat: p['lat'], lon: p['lon'],
        short: p['search'], words: words(p['search']), weight: 0,
      })),
    ];
  }

  /** Changes whenever the loader commits new data: the cue to rebuild in-memory indexes. */
  async datasetStamp(): Promise<string | null> {
    const rows: { stamp: string }[] = await this.db.query(`SELECT checksum || '@' || loaded_at::text AS stamp FROM region_dataset`);
    return rows[0]?.stamp ?? null;
  }

  async postalCode(plz: string): Promise<{ plz: string; lat: number; lon: number; locality: string | null } | null> {
    const rows = await this.db.query(`SELECT plz, lat, lon, locality FROM postal_code WHERE plz = $1`, [plz]);
    return rows[0] ?? null;
  }

  async gemeindenOfPostalCode(plz: string): Promise<(RegionSummary & { kreis: string; land: string })[]> {
    const rows: (Row & { kreis: string; land: string })[] = await this.db.query(
      `SELECT ${summaryColumns}, coalesce(k.label, '') AS kreis, coalesce(l.name, '') AS land
         FROM postal_code_region pr
         JOIN region r ON r.key = pr.region_key
         LEFT JOIN region k ON k.key = left(r.key, 5)
         LEFT JOIN region l ON l.key = left(r.key, 2)
        WHERE pr.plz = $1
        ORDER BY r.name_short`,
      [plz],
    );
    return rows.map((row) => ({ ...toSummary(row), kreis: row.kreis, land: row.land }));
  }

  async placesOfPostalCode(plz: string): Promise<string[]> {
    const rows: { place_name: string }[] = await this.db.query(
      `SELECT place_name FROM postal_code_place WHERE plz = $1 ORDER BY place_name`,
      [plz],
    );
    return rows.map((r) => r.place_name);
  }

  /** Regions of one level whose centroid lies within the radius (GiST on ll_to_earth), nearest first. */
  async within(center: GeoPoint, radiusKm: number, level: RegionLevel, limit: number): Promise<(RegionSummary & { distanceKm: number })[]> {
    const rows: (Row & { distance_m: number })[] = await this.db.query(
      `SELECT ${summaryColumns}, earth_distance(ll_to_earth($1, $2), ll_to_earth(r.lat, r.lon)) AS distance_m
         FROM region r
        WHERE r.lat IS NOT NULL AND r.level = $4 AND r.valid_until IS NULL
          AND earth_box(ll_to_earth($1, $2), $3) @> ll_to_earth(r.lat, r.lon)
          AND earth_distance(ll_to_earth($1, $2), ll_to_earth(r.lat, r.lon)) <= $3
        ORDER BY distance_m, r.key
        LIMIT $5`,
      [center.lat, center.lon, radiusKm * 1000, level, limit],
    );
    return rows.map((row) => ({ ...toSummary(row), distanceKm: Math.round(row.distance_m / 100) / 10 }));
  }
}
