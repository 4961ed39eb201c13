import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Faster located searches (measured in bench/search.mjs): a session's point and Gemeinde key are
 * stored columns, and the indexes on them carry what the match needs (offer, dates, mode), so a
 * radius or region search reads the index only, never the table. Region keys are hierarchical
 * prefixes (ARS), so "in this Land/Kreis/…" is a range over the Gemeinde key; the "C" collation
 * makes that range byte order.
 */
export class SearchSessionIndex1764600000000 implements MigrationInterface {
  name = 'SearchSessionIndex1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE search_session
        ADD COLUMN geo earth GENERATED ALWAYS AS (CASE WHEN lat IS NULL OR lon IS NULL THEN NULL ELSE ll_to_earth(lat, lon) END) STORED,
        ADD COLUMN region_key text COLLATE "C" GENERATED ALWAYS AS (region_keys[cardinality(region_keys)]) STORED;
      DROP INDEX search_session_geo_idx;
      DROP INDEX search_session_regions_idx;
      CREATE INDEX search_session_geo_idx ON search_session USING gist (geo) INCLUDE (offer_id, starts_at, ends_at, mode) WHERE geo IS NOT NULL;
      CREATE INDEX search_session_region_idx ON search_session (region_key) INCLUDE (offer_id, starts_at, ends_at, mode) WHERE region_key IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX search_session_geo_idx;
      DROP INDEX search_session_region_idx;
      ALTER TABLE search_session DROP COLUMN geo, DROP COLUMN region_key;
      CREATE INDEX search_session_geo_idx ON search_session USING gist (ll_to_earth(lat, lon)) WHERE lat IS NOT NULL;
      CREATE INDEX search_session_regions_idx ON search_session USING gin (region_keys);
    `);
  }
}
