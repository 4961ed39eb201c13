import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_GROUP_ROLE } from '../roles';

/**
 * The embedded search engine (PostgreSQL adapter of the search port): one row per published
 * offer, one per session, a dictionary of indexed words for typo tolerance, and the synonym list
 * the platform operator edits. Everything here is derived from the catalogue and rebuildable;
 * only published content is written (by the worker, in platform context), so it is public.
 */
export class Search1764400000000 implements MigrationInterface {
  name = 'Search1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE search_offer (
        offer_id uuid PRIMARY KEY REFERENCES offer (id) ON DELETE CASCADE,
        tenant_id uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
        kind text NOT NULL,
        topics text[] NOT NULL DEFAULT '{}',
        audiences text[] NOT NULL DEFAULT '{}',
        languages text[] NOT NULL DEFAULT '{}',
        modes text[] NOT NULL DEFAULT '{}',
        -- Every region key (all levels) of every session, and the Länder for the facet.
        region_keys text[] NOT NULL DEFAULT '{}',
        laender text[] NOT NULL DEFAULT '{}',
        is_free boolean NOT NULL,
        free_for text[] NOT NULL DEFAULT '{}',
        next_start timestamptz,
        -- End of the last session: once it has passed, the offer no longer matches.
        last_end timestamptz,
        title text NOT NULL,
        tsv tsvector NOT NULL,
        summary jsonb NOT NULL,
        indexed_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX search_offer_tsv_idx ON search_offer USING gin (tsv);
      CREATE INDEX search_offer_topics_idx ON search_offer USING gin (topics);
      CREATE INDEX search_offer_audiences_idx ON search_offer USING gin (audiences);
      CREATE INDEX search_offer_regions_idx ON search_offer USING gin (region_keys);
      CREATE INDEX search_offer_next_idx ON search_offer (next_start);

      CREATE TABLE search_session (
        offer_id uuid NOT NULL REFERENCES search_offer (offer_id) ON DELETE CASCADE,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        starts_text text NOT NULL,
        ends_text text NOT NULL,
        mode text NOT NULL,
        lat double precision,
        lon double precision,
        region_keys text[] NOT NULL DEFAULT '{}',
        postal_code text,
        locality text,
        free_places integer,
        capacity integer,
        registration_deadline date
      );
      CREATE INDEX search_session_offer_idx ON search_session (offer_id, starts_at);
      CREATE INDEX search_session_geo_idx ON search_session USING gist (ll_to_earth(lat, lon)) WHERE lat IS NOT NULL;
      CREATE INDEX search_session_end_idx ON search_session (ends_at);
      CREATE INDEX search_session_regions_idx ON search_session USING gin (region_keys);

      -- Normalised words of the index, for "did you mean" expansion of query words (typos).
      CREATE TABLE search_term (
        term text PRIMARY KEY,
        documents integer NOT NULL
      );
      CREATE INDEX search_term_trgm_idx ON search_term USING gin (term gin_trgm_ops);

      -- The synonym list (one row); edited by the platform operator, read by both adapters.
      CREATE TABLE search_synonyms (
        id integer PRIMARY KEY CHECK (id = 1),
        source text NOT NULL,
        updated_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
    `);
    for (const table of ['search_offer', 'search_session', 'search_term', 'search_synonyms']) {
      await q.query(`
        ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
        ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
        CREATE POLICY ${table}_read ON ${table} FOR SELECT USING (true);
        CREATE POLICY ${table}_write ON ${table} FOR ALL USING (kp_is_platform()) WITH CHECK (kp_is_platform());
        REVOKE ALL ON ${table} FROM ${APP_GROUP_ROLE};
        GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO ${APP_GROUP_ROLE};
      `);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE search_synonyms, search_term, search_session, search_offer`);
  }
}
