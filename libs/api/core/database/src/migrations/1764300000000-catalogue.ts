import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_GROUP_ROLE } from '../roles';

const TABLES = ['organisation_profile', 'partner_organisation', 'offer', 'offer_module', 'offer_partner', 'offer_session', 'offer_event', 'import_run', 'index_outbox'];

/**
 * Catalogue: organisation profiles, partner organisations without an account, offers with
 * modules, sessions and co-organisers, their workflow history, import runs, and the outbox the
 * search indexer reads (written in the same transaction as the change it announces).
 *
 * Visibility (RLS): a tenant sees all of its own rows; everyone sees published and past offers
 * with their parts; the parent (umbrella) of a tenant sees that tenant's submitted offers, and
 * may change their status, for review. Drafts are nobody else's business.
 */
export class Catalogue1764300000000 implements MigrationInterface {
  name = 'Catalogue1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- true when the active tenant is the parent (reviewer) of p_tenant.
      CREATE FUNCTION kp_is_parent_of(p_tenant uuid) RETURNS boolean LANGUAGE sql STABLE AS
        $$ SELECT EXISTS (SELECT 1 FROM tenant t WHERE t.id = p_tenant AND t.parent_id = kp_current_tenant()) $$;
      -- true when the offer may be read in the current context (see the offer policy).
      CREATE FUNCTION kp_offer_visible(p_status text, p_tenant uuid) RETURNS boolean LANGUAGE sql STABLE AS
        $$ SELECT p_tenant = kp_current_tenant() OR kp_is_platform() OR p_status IN ('published', 'past')
                  OR (p_status = 'submitted' AND kp_is_parent_of(p_tenant)) $$;
    `);

    await q.query(`
      CREATE TABLE organisation_profile (
        tenant_id uuid PRIMARY KEY REFERENCES tenant (id) ON DELETE CASCADE,
        external_id text,
        description text,
        street text,
        postal_code varchar(5) REFERENCES postal_code (plz),
        locality text,
        region_key varchar(12) REFERENCES region (key),
        lat double precision,
        lon double precision,
        service_areas varchar(12)[] NOT NULL DEFAULT '{}',
        topics text[] NOT NULL DEFAULT '{}',
        audiences text[] NOT NULL DEFAULT '{}',
        contact_points jsonb NOT NULL DEFAULT '[]'::jsonb,
        website text,
        email text,
        phone text,
        logo_url text,
        review_by_parent boolean NOT NULL DEFAULT false,
        stale_after_days integer DEFAULT 90 CHECK (stale_after_days BETWEEN 14 AND 730),
        updated_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX organisation_profile_areas_idx ON organisation_profile USING gin (service_areas);
      CREATE INDEX organisation_profile_topics_idx ON organisation_profile USING gin (topics);

      CREATE TABLE partner_organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
        -- The @id in exchange files; urn:knotenpunkt:partner:<id> for partners entered by hand.
        external_id text NOT NULL,
        name text NOT NULL,
        type text NOT NULL DEFAULT 'other' CHECK (type IN ('umbrella', 'adult-education', 'welfare', 'initiative',
          'migrant-organisation', 'municipality', 'funder', 'other')),
        url text,
        email text,
        phone text,
        -- Set once the partner has its own space (invitation is a later step).
        linked_tenant_id uuid REFERENCES tenant (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX partner_organisation_external_key ON partner_organisation (tenant_id, external_id);
      CREATE INDEX partner_organisation_tenant_idx ON partner_organisation (tenant_id, lower(name));

      CREATE TABLE offer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
        external_id text NOT NULL,
        slug text NOT NULL UNIQUE,
        kind text NOT NULL CHECK (kind IN ('course', 'programme', 'counselling', 'network-meeting', 'on-request')),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'published', 'past', 'archived')),
        title text NOT NULL,
        abstract text,
        plain_language_summary text,
        description text,
        topics text[] NOT NULL DEFAULT '{}',
        audiences text[] NOT NULL DEFAULT '{}',
        languages text[] NOT NULL DEFAULT '{de}',
        prerequisites text,
        admission_rules text,
        price_amount numeric(10, 2) CHECK (price_amount >= 0),
        price_currency char(3) NOT NULL DEFAULT 'EUR',
        is_free boolean NOT NULL DEFAULT false,
        free_for text[] NOT NULL DEFAULT '{}',
        certificate jsonb,
        funders text[] NOT NULL DEFAULT '{}',
        contact jsonb,
        url text,
        links jsonb NOT NULL DEFAULT '[]'::jsonb,
        -- sha256 of the canonical input: an import of the same content is recognised as unchanged.
        content_hash text NOT NULL,
        next_session_at timestamptz,
        last_session_end timestamptz,
        review_comment text,
        submitted_at timestamptz,
        published_at timestamptz,
        stale_reminded_at timestamptz,
        created_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (tenant_id, external_id)
      );
      CREATE INDEX offer_tenant_idx ON offer (tenant_id, status, updated_at DESC);
      CREATE INDEX offer_public_idx ON offer (status, next_session_at) WHERE status IN ('published', 'past');
      CREATE INDEX offer_past_due_idx ON offer (last_session_end) WHERE status = 'published';

      CREATE TABLE offer_module (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        offer_id uuid NOT NULL REFERENCES offer (id) ON DELETE CASCADE,
        tenant_id uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
        position integer NOT NULL CHECK (position >= 1),
        external_id text,
        title text NOT NULL,
        description text,
        partner_id uuid REFERENCES partner_organisation (id) ON DELETE SET NULL,
        UNIQUE (offer_id, position)
      );
      CREATE INDEX offer_module_partner_idx ON offer_module (partner_id) WHERE partner_id IS NOT NULL;

      CREATE TABLE offer_partner (
        offer_id uuid NOT NULL REFERENCES offer (id) ON DELETE CASCADE,
        partner_id uuid NOT NULL REFERENCES partner_organisation (id) ON DELETE CASCADE,
        tenant_id uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
        role text NOT NULL,
        position integer NOT NULL,
        PRIMARY KEY (offer_id, partner_id)
      );
      CREATE INDEX offer_partner_partner_idx ON offer_partner (partner_id);

      CREATE TABLE offer_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        offer_id uuid NOT NULL REFERENCES offer (id) ON DELETE CASCADE,
        tenant_id uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
        external_id text NOT NULL,
        module_position integer,
        position integer NOT NULL,
        -- The values as given (date or Berlin date-time) and the instants they stand for.
        starts_at_text text NOT NULL,
        ends_at_text text NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        mode text NOT NULL CHECK (mode IN ('onsite', 'online', 'blended')),
        venue_name text,
        street text,
        postal_code varchar(5) REFERENCES postal_code (plz),
        locality text,
        region_key varchar(12) REFERENCES region (key),
        lat double precision,
        lon double precision,
        exact_point boolean NOT NULL DEFAULT false,
        online_url text,
        capacity integer CHECK (capacity > 0),
        free_places integer CHECK (free_places >= 0),
        registration_deadline date,
        schedule jsonb,
        instructors text[] NOT NULL DEFAULT '{}',
        content_hash text NOT NULL,
        UNIQUE (offer_id, external_id),
        CHECK (ends_at >= starts_at),
        CHECK (free_places IS NULL OR capacity IS NULL OR free_places <= capacity),
        CHECK (mode = 'online' OR postal_code IS NOT NULL)
      );
      CREATE INDEX offer_session_offer_idx ON offer_session (offer_id, starts_at);
      CREATE INDEX offer_session_region_idx ON offer_session (region_key);

      -- Workflow history: who submitted, approved, returned (with comment), published, archived.
      CREATE TABLE offer_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        offer_id uuid NOT NULL REFERENCES offer (id) ON DELETE CASCADE,
        tenant_id uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
        actor_tenant_id uuid REFERENCES tenant (id) ON DELETE SET NULL,
        actor_user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        action text NOT NULL,
        from_status text,
        to_status text,
        comment text,
        occurred_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX offer_event_offer_idx ON offer_event (offer_id, occurred_at);

      CREATE TABLE import_run (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
        mode text NOT NULL CHECK (mode IN ('dry-run', 'commit')),
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
        -- Language of the uploader: import messages are written in it.
        language text NOT NULL DEFAULT 'de' CHECK (language IN ('de', 'en')),
        from_run_id uuid REFERENCES import_run (id) ON DELETE SET NULL,
        -- Submit imported drafts for publishing (review or straight to published).
        publish boolean NOT NULL DEFAULT false,
        file_name text,
        size_bytes integer NOT NULL,
        -- The uploaded document; cleared once a commit has run (the data is then in the tables).
        source text,
        progress integer NOT NULL DEFAULT 0,
        applied boolean NOT NULL DEFAULT false,
        summary jsonb,
        issues jsonb NOT NULL DEFAULT '[]'::jsonb,
        issue_count integer NOT NULL DEFAULT 0,
        created_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz
      );
      CREATE INDEX import_run_tenant_idx ON import_run (tenant_id, created_at DESC);

      -- Read by the search indexer (relay → BullMQ); rows are written with the change itself.
      CREATE TABLE index_outbox (
        id bigserial PRIMARY KEY,
        tenant_id uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
        entity text NOT NULL CHECK (entity IN ('offer', 'organisation')),
        entity_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        processed_at timestamptz
      );
      CREATE INDEX index_outbox_pending_idx ON index_outbox (id) WHERE processed_at IS NULL;
    `);

    await q.query(`
      ALTER TABLE organisation_profile ENABLE ROW LEVEL SECURITY;
      ALTER TABLE organisation_profile FORCE ROW LEVEL SECURITY;
      -- Profiles are the public face of an organisation.
      CREATE POLICY organisation_profile_read ON organisation_profile FOR SELECT USING (true);
      CREATE POLICY organisation_profile_insert ON organisation_profile FOR INSERT WITH CHECK (tenant_id = kp_current_tenant() OR kp_is_platform());
      CREATE POLICY organisation_profile_update ON organisation_profile FOR UPDATE USING (tenant_id = kp_current_tenant() OR kp_is_platform());

      ALTER TABLE offer ENABLE ROW LEVEL SECURITY;
      ALTER TABLE offer FORCE ROW LEVEL SECURITY;
      CREATE POLICY offer_read ON offer FOR SELECT USING (kp_offer_visible(status, tenant_id));
      CREATE POLICY offer_insert ON offer FOR INSERT WITH CHECK (tenant_id = kp_current_tenant() OR kp_is_platform());
      -- Reviewers decide through kp_review_offer() below, never by updating rows themselves.
      CREATE POLICY offer_update ON offer FOR UPDATE
        USING (tenant_id = kp_current_tenant() OR kp_is_platform())
        WITH CHECK (tenant_id = kp_current_tenant() OR kp_is_platform());
      CREATE POLICY offer_delete ON offer FOR DELETE USING (tenant_id = kp_current_tenant() OR kp_is_platform());
    `);
    // Parts of an offer are visible exactly when their offer is.
    for (const table of ['offer_module', 'offer_partner', 'offer_session']) {
      await q.query(`
        ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
        ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
        CREATE POLICY ${table}_read ON ${table} FOR SELECT
          USING (tenant_id = kp_current_tenant() OR kp_is_platform() OR EXISTS (SELECT 1 FROM offer o WHERE o.id = ${table}.offer_id));
        CREATE POLICY ${table}_write ON ${table} FOR ALL
          USING (tenant_id = kp_current_tenant() OR kp_is_platform()) WITH CHECK (tenant_id = kp_current_tenant() OR kp_is_platform());
      `);
    }
    await q.query(`
      ALTER TABLE partner_organisation ENABLE ROW LEVEL SECURITY;
      ALTER TABLE partner_organisation FORCE ROW LEVEL SECURITY;
      -- A partner is public once an offer that names it is visible.
      CREATE POLICY partner_organisation_read ON partner_organisation FOR SELECT
        USING (tenant_id = kp_current_tenant() OR kp_is_platform()
               OR EXISTS (SELECT 1 FROM offer_partner op WHERE op.partner_id = partner_organisation.id)
               OR EXISTS (SELECT 1 FROM offer_module m WHERE m.partner_id = partner_organisation.id));
      CREATE POLICY partner_organisation_write ON partner_organisation FOR ALL
        USING (tenant_id = kp_current_tenant() OR kp_is_platform()) WITH CHECK (tenant_id = kp_current_tenant() OR kp_is_platform());

      ALTER TABLE offer_event ENABLE ROW LEVEL SECURITY;
      ALTER TABLE offer_event FORCE ROW LEVEL SECURITY;
      CREATE POLICY offer_event_read ON offer_event FOR SELECT
        USING (tenant_id = kp_current_tenant() OR actor_tenant_id = kp_current_tenant() OR kp_is_platform());
      CREATE POLICY offer_event_insert ON offer_event FOR INSERT
        WITH CHECK (tenant_id = kp_current_tenant() OR kp_is_parent_of(tenant_id) OR kp_is_platform());

      ALTER TABLE import_run ENABLE ROW LEVEL SECURITY;
      ALTER TABLE import_run FORCE ROW LEVEL SECURITY;
      CREATE POLICY import_run_tenant ON import_run FOR ALL
        USING (tenant_id = kp_current_tenant() OR kp_is_platform())
        WITH CHECK (tenant_id = kp_current_tenant() OR kp_is_platform());

      ALTER TABLE index_outbox ENABLE ROW LEVEL SECURITY;
      ALTER TABLE index_outbox FORCE ROW LEVEL SECURITY;
      CREATE POLICY index_outbox_insert ON index_outbox FOR INSERT
        WITH CHECK (tenant_id = kp_current_tenant() OR kp_is_parent_of(tenant_id) OR kp_is_platform());
      CREATE POLICY index_outbox_relay ON index_outbox FOR ALL USING (kp_is_platform()) WITH CHECK (kp_is_platform());
    `);

    // A returned submission becomes a draft, which its reviewer may no longer see; an UPDATE
    // must see its new row (SELECT policy), so the decision runs here: it checks that the caller's
    // tenant is the parent of the offer's tenant and that the offer is submitted, then sets only
    // status, comment and publication time.
    await q.query(`
      CREATE FUNCTION kp_review_offer(p_offer uuid, p_status text, p_comment text) RETURNS uuid
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS
      $$
      DECLARE
        previous text := coalesce(current_setting('app.platform', true), '');
        v_tenant uuid;
      BEGIN
        IF p_status NOT IN ('published', 'draft') THEN RAISE EXCEPTION 'kp_review_offer: status % is not a review decision', p_status; END IF;
        -- The WHERE clause is the access check; platform context only lets the owner lock the row.
        PERFORM set_config('app.platform', 'on', true);
        SELECT o.tenant_id INTO v_tenant FROM offer o JOIN tenant t ON t.id = o.tenant_id
         WHERE o.id = p_offer AND o.status = 'submitted' AND t.parent_id = kp_current_tenant() AND kp_current_tenant() IS NOT NULL
         FOR UPDATE OF o;
        IF v_tenant IS NULL THEN
          PERFORM set_config('app.platform', previous, true);
          RETURN NULL;
        END IF;
        UPDATE offer SET status = p_status, review_comment = p_comment, updated_at = now(),
               published_at = CASE WHEN p_status = 'published' THEN now() ELSE published_at END
         WHERE id = p_offer;
        PERFORM set_config('app.platform', previous, true);
        RETURN v_tenant;
      END
      $$;
      REVOKE ALL ON FUNCTION kp_review_offer(uuid, text, text) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION kp_review_offer(uuid, text, text) TO ${APP_GROUP_ROLE};
    `);

    for (const table of TABLES) await q.query(`REVOKE ALL ON ${table} FROM ${APP_GROUP_ROLE}`);
    await q.query(`
      GRANT SELECT, INSERT, UPDATE ON organisation_profile TO ${APP_GROUP_ROLE};
      GRANT SELECT, INSERT, UPDATE, DELETE ON partner_organisation, offer, offer_module, offer_partner, offer_session, import_run, index_outbox TO ${APP_GROUP_ROLE};
      GRANT SELECT, INSERT ON offer_event TO ${APP_GROUP_ROLE};
      GRANT USAGE ON SEQUENCE index_outbox_id_seq TO ${APP_GROUP_ROLE};
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ${[...TABLES].reverse().join(', ')}`);
    await q.query(`DROP FUNCTION kp_review_offer(uuid, text, text)`);
    await q.query(`DROP FUNCTION kp_offer_visible(text, uuid); DROP FUNCTION kp_is_parent_of(uuid);`);
  }
}
