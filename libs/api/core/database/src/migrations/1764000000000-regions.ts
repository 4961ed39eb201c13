import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_GROUP_ROLE } from '../roles';

/**
 * Official regions, postal codes and their links. Public reference data (no tenant): the
 * application role may only read it; the loader writes as the owner. Rows retired by a newer
 * Gebietsstand stay with valid_until set, so old references keep resolving.
 */
export class Regions1764000000000 implements MigrationInterface {
  name = 'Regions1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE region_dataset (
        id          text PRIMARY KEY,
        version     text NOT NULL,
        stand       date NOT NULL,
        checksum    text NOT NULL,
        loaded_at   timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE region (
        key          varchar(12) PRIMARY KEY CHECK (key ~ '^([0-9]{2}|[0-9]{3}|[0-9]{5}|[0-9]{9}|[0-9]{12})$'),
        ags          varchar(8),
        level        text NOT NULL CHECK (level IN ('land', 'regierungsbezirk', 'kreis', 'gemeindeverband', 'gemeinde')),
        type         text NOT NULL,
        type_code    text,
        name         text NOT NULL,
        name_short   text NOT NULL,
        label        text NOT NULL,
        parent_key   varchar(12) REFERENCES region (key) DEFERRABLE INITIALLY DEFERRED,
        seat         text,
        seat_plz     varchar(5),
        lat          double precision,
        lon          double precision,
        population   integer,
        area_km2     numeric(12, 2),
        nuts_code    text,
        nuts3        text,
        iso3166_2    text,
        search_name  text NOT NULL,
        search_short text NOT NULL,
        suggest      boolean NOT NULL DEFAULT true,
        valid_from   date NOT NULL,
        valid_until  date
      )`);
    await q.query(`CREATE INDEX region_parent_idx ON region (parent_key)`);
    await q.query(`CREATE INDEX region_ags_idx ON region (ags)`);
    await q.query(`CREATE INDEX region_search_trgm_idx ON region USING gin (search_name gin_trgm_ops)`);
    await q.query(`CREATE INDEX region_geo_idx ON region USING gist (ll_to_earth(lat, lon)) WHERE lat IS NOT NULL`);

    await q.query(`
      CREATE TABLE postal_code (
        plz            varchar(5) PRIMARY KEY CHECK (plz ~ '^[0-9]{5}$'),
        lat            double precision NOT NULL,
        lon            double precision NOT NULL,
        locality       text,
        area_km2       numeric(12, 3),
        population_est integer,
        valid_from     date NOT NULL,
        valid_until    date
      )`);
    await q.query(`CREATE INDEX postal_code_prefix_idx ON postal_code (plz varchar_pattern_ops)`);
    await q.query(`CREATE INDEX postal_code_geo_idx ON postal_code USING gist (ll_to_earth(lat, lon))`);

    await q.query(`
      CREATE TABLE postal_code_region (
        plz        varchar(5) NOT NULL REFERENCES postal_code (plz),
        region_key varchar(12) NOT NULL REFERENCES region (key),
        source     text NOT NULL,
        PRIMARY KEY (plz, region_key)
      )`);
    await q.query(`CREATE INDEX postal_code_region_region_idx ON postal_code_region (region_key)`);

    await q.query(`
      CREATE TABLE postal_code_place (
        plz         varchar(5) NOT NULL REFERENCES postal_code (plz),
        place_name  text NOT NULL,
        search_name text NOT NULL,
        lat         double precision,
        lon         double precision,
        kreis_key   varchar(5),
        PRIMARY KEY (plz, place_name)
      )`);
    await q.query(`CREATE INDEX postal_code_place_search_trgm_idx ON postal_code_place USING gin (search_name gin_trgm_ops)`);

    for (const table of ['region_dataset', 'region', 'postal_code', 'postal_code_region', 'postal_code_place']) {
      await q.query(`REVOKE ALL ON ${table} FROM ${APP_GROUP_ROLE}`);
      await q.query(`GRANT SELECT ON ${table} TO ${APP_GROUP_ROLE}`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['postal_code_place', 'postal_code_region', 'postal_code', 'region', 'region_dataset']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
