import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_GROUP_ROLE } from '../roles';

/**
 * The embedded engine answers offer searches from an index in the api's memory, built from
 * `search_offer` and kept current by reading what changed since it last looked: every written
 * row takes a number from `search_offer_seq` (writers hold an advisory lock, so the numbers
 * follow the commit order), every removal leaves a row in `search_offer_removed` with one.
 * The raw field text is stored for it (the memory index analyses it with shared/search-text:
 * compounds, elisions, stems), with the provider's service areas, the Länder an online offer is
 * run for and whether the offer has no dates at all (found where its provider serves).
 * Existing rows lack the text: they are queued for re-indexing.
 */
export class SearchMemoryEngine1764800000000 implements MigrationInterface {
  name = 'SearchMemoryEngine1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE SEQUENCE search_offer_seq;
      ALTER TABLE search_offer
        ADD COLUMN seq bigint NOT NULL DEFAULT nextval('search_offer_seq'),
        ADD COLUMN text jsonb,
        ADD COLUMN service_areas text[] NOT NULL DEFAULT '{}',
        ADD COLUMN online_laender text[] NOT NULL DEFAULT '{}',
        ADD COLUMN on_request boolean NOT NULL DEFAULT false;
      CREATE UNIQUE INDEX search_offer_seq_idx ON search_offer (seq);

      CREATE TABLE search_offer_removed (
        seq bigint PRIMARY KEY DEFAULT nextval('search_offer_seq'),
        offer_id uuid NOT NULL,
        removed_at timestamptz NOT NULL DEFAULT now()
      );
      ALTER TABLE search_offer_removed ENABLE ROW LEVEL SECURITY;
      ALTER TABLE search_offer_removed FORCE ROW LEVEL SECURITY;
      CREATE POLICY search_offer_removed_read ON search_offer_removed FOR SELECT USING (true);
      CREATE POLICY search_offer_removed_write ON search_offer_removed FOR ALL USING (kp_is_platform()) WITH CHECK (kp_is_platform());
      REVOKE ALL ON search_offer_removed FROM ${APP_GROUP_ROLE};
      GRANT SELECT, INSERT, DELETE ON search_offer_removed TO ${APP_GROUP_ROLE};
      GRANT USAGE, SELECT ON SEQUENCE search_offer_seq TO ${APP_GROUP_ROLE};

      INSERT INTO index_outbox (tenant_id, entity, entity_id) SELECT tenant_id, 'offer', offer_id FROM search_offer;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE search_offer_removed;
      ALTER TABLE search_offer DROP COLUMN seq, DROP COLUMN text, DROP COLUMN service_areas, DROP COLUMN online_laender, DROP COLUMN on_request;
      DROP SEQUENCE search_offer_seq;
    `);
  }
}
