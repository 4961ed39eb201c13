import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_GROUP_ROLE } from '../roles';

/**
 * Partner search in the embedded engine: one row per active organisation (tenant with its public
 * profile), derived and rebuildable like search_offer. Every existing tenant is announced in the
 * outbox so the relay indexes it after the upgrade.
 */
export class OrganisationSearch1764500000000 implements MigrationInterface {
  name = 'OrganisationSearch1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE search_organisation (
        tenant_id uuid PRIMARY KEY REFERENCES tenant (id) ON DELETE CASCADE,
        name text NOT NULL,
        type text NOT NULL,
        topics text[] NOT NULL DEFAULT '{}',
        audiences text[] NOT NULL DEFAULT '{}',
        -- Service areas and address region with every region above them ("works within").
        area_keys text[] NOT NULL DEFAULT '{}',
        -- Service areas and address region themselves ("covers" a region below them).
        cover_keys text[] NOT NULL DEFAULT '{}',
        laender text[] NOT NULL DEFAULT '{}',
        lat double precision,
        lon double precision,
        current_offers integer NOT NULL DEFAULT 0,
        tsv tsvector NOT NULL,
        profile jsonb NOT NULL,
        indexed_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX search_organisation_tsv_idx ON search_organisation USING gin (tsv);
      CREATE INDEX search_organisation_area_idx ON search_organisation USING gin (area_keys);
      CREATE INDEX search_organisation_cover_idx ON search_organisation USING gin (cover_keys);
      CREATE INDEX search_organisation_geo_idx ON search_organisation USING gist (ll_to_earth(lat, lon)) WHERE lat IS NOT NULL;
      CREATE INDEX search_organisation_name_idx ON search_organisation (lower(name), tenant_id);

      ALTER TABLE search_organisation ENABLE ROW LEVEL SECURITY;
      ALTER TABLE search_organisation FORCE ROW LEVEL SECURITY;
      CREATE POLICY search_organisation_read ON search_organisation FOR SELECT USING (true);
      CREATE POLICY search_organisation_write ON search_organisation FOR ALL USING (kp_is_platform()) WITH CHECK (kp_is_platform());
      REVOKE ALL ON search_organisation FROM ${APP_GROUP_ROLE};
      GRANT SELECT, INSERT, UPDATE, DELETE ON search_organisation TO ${APP_GROUP_ROLE};

      -- 'provider': the organisation changed what its offers show (name, type, suspension), so
      -- the relay re-indexes them too; 'organisation': only its partner-search entry changed.
      ALTER TABLE index_outbox DROP CONSTRAINT index_outbox_entity_check;
      ALTER TABLE index_outbox ADD CONSTRAINT index_outbox_entity_check CHECK (entity IN ('offer', 'organisation', 'provider'));

      INSERT INTO index_outbox (tenant_id, entity, entity_id) SELECT id, 'organisation', id FROM tenant;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE search_organisation`);
    await q.query(`DELETE FROM index_outbox WHERE entity = 'provider'`);
    await q.query(`ALTER TABLE index_outbox DROP CONSTRAINT index_outbox_entity_check, ADD CONSTRAINT index_outbox_entity_check CHECK (entity IN ('offer', 'organisation'))`);
  }
}
