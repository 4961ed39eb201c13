import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_GROUP_ROLE } from '../roles';

/**
 * Accounts, tenants, memberships, invitations, sessions, one-time tokens, legal pages, audit log.
 *
 * Row-level security keys on three per-transaction settings written by `runInTenant` /
 * `runAsUser` (libs/api/core/database/src/tenant-context.ts): app.tenant_id, app.user_id and
 * app.platform ('on' for platform-operator work). The api's login role owns no table, so the
 * policies apply to it; FORCE keeps them on even for the owner outside migrations.
 */
export class Tenancy1764200000000 implements MigrationInterface {
  name = 'Tenancy1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION kp_current_tenant() RETURNS uuid LANGUAGE sql STABLE AS
        $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;
      CREATE FUNCTION kp_current_user() RETURNS uuid LANGUAGE sql STABLE AS
        $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;
      CREATE FUNCTION kp_is_platform() RETURNS boolean LANGUAGE sql STABLE AS
        $$ SELECT coalesce(current_setting('app.platform', true), '') = 'on' $$;
    `);

    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        password_hash text NOT NULL,
        display_name text NOT NULL,
        language text NOT NULL DEFAULT 'de' CHECK (language IN ('de', 'en')),
        email_verified_at timestamptz,
        platform_role text CHECK (platform_role IN ('operator')),
        password_changed_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT app_user_email_lower CHECK (email = lower(email))
      );
      CREATE UNIQUE INDEX app_user_email_key ON app_user (email);

      CREATE TABLE user_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE,
        csrf_token text NOT NULL,
        active_tenant_id uuid,
        ip inet,
        user_agent text,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX user_session_user_idx ON user_session (user_id);
      CREATE INDEX user_session_expires_idx ON user_session (expires_at);

      CREATE TABLE one_time_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('verify-email', 'password-reset')),
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      );
      CREATE INDEX one_time_token_user_idx ON one_time_token (user_id, purpose);
    `);

    await q.query(`
      CREATE TABLE tenant (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,48}[a-z0-9]$'),
        name text NOT NULL,
        type text NOT NULL CHECK (type IN ('umbrella', 'adult-education', 'welfare', 'initiative',
          'migrant-organisation', 'municipality', 'funder', 'other')),
        parent_id uuid REFERENCES tenant (id) ON DELETE SET NULL CHECK (parent_id <> id),
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX tenant_parent_idx ON tenant (parent_id);
      CREATE INDEX tenant_name_trgm ON tenant USING gin (lower(name) gin_trgm_ops);

      CREATE TABLE membership (
        tenant_id uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('owner', 'admin', 'editor', 'member', 'viewer')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, user_id)
      );
      CREATE INDEX membership_user_idx ON membership (user_id);

      CREATE TABLE invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
        email text NOT NULL CHECK (email = lower(email)),
        role text NOT NULL CHECK (role IN ('owner', 'admin', 'editor', 'member', 'viewer')),
        token_hash bytea NOT NULL UNIQUE,
        invited_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        revoked_at timestamptz
      );
      CREATE INDEX invitation_tenant_idx ON invitation (tenant_id, created_at DESC);
      -- One open invitation per address and tenant; a new one replaces (revokes) the old.
      CREATE UNIQUE INDEX invitation_open_key ON invitation (tenant_id, email)
        WHERE accepted_at IS NULL AND revoked_at IS NULL;

      -- tenant_id NULL: the platform's own pages.
      CREATE TABLE legal_page (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid REFERENCES tenant (id) ON DELETE CASCADE,
        page text NOT NULL CHECK (page IN ('imprint', 'privacy', 'accessibility')),
        content jsonb NOT NULL,
        updated_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX legal_page_key ON legal_page (coalesce(tenant_id, '00000000-0000-0000-0000-000000000000'::uuid), page);

      CREATE TABLE audit_log (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        occurred_at timestamptz NOT NULL DEFAULT now(),
        tenant_id uuid REFERENCES tenant (id) ON DELETE CASCADE,
        actor_user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        action text NOT NULL,
        target text,
        details jsonb NOT NULL DEFAULT '{}'::jsonb,
        ip inet,
        request_id text
      );
      CREATE INDEX audit_log_tenant_idx ON audit_log (tenant_id, occurred_at DESC);
      CREATE INDEX audit_log_time_idx ON audit_log (occurred_at DESC);
    `);

    // The mail outbox may now point at its tenant.
    const outbox = await q.query(`SELECT to_regclass('public.mail_outbox') IS NOT NULL AS present`);
    if (outbox[0]?.present) {
      await q.query(`ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE`);
    }

    await q.query(`
      ALTER TABLE tenant ENABLE ROW LEVEL SECURITY;
      ALTER TABLE tenant FORCE ROW LEVEL SECURITY;
      -- Name, slug, type and parent of every organisation are public (directory, legal pages).
      CREATE POLICY tenant_read ON tenant FOR SELECT USING (true);
      CREATE POLICY tenant_insert ON tenant FOR INSERT WITH CHECK (kp_current_user() IS NOT NULL OR kp_is_platform());
      CREATE POLICY tenant_update ON tenant FOR UPDATE USING (id = kp_current_tenant() OR kp_is_platform());
      CREATE POLICY tenant_delete ON tenant FOR DELETE USING (kp_is_platform());

      ALTER TABLE membership ENABLE ROW LEVEL SECURITY;
      ALTER TABLE membership FORCE ROW LEVEL SECURITY;
      -- A person sees their own memberships (tenant switcher) and, inside the active tenant, all of it.
      CREATE POLICY membership_read ON membership FOR SELECT
        USING (tenant_id = kp_current_tenant() OR user_id = kp_current_user() OR kp_is_platform());
      CREATE POLICY membership_write ON membership FOR INSERT WITH CHECK (tenant_id = kp_current_tenant() OR kp_is_platform());
      CREATE POLICY membership_update ON membership FOR UPDATE USING (tenant_id = kp_current_tenant() OR kp_is_platform());
      CREATE POLICY membership_delete ON membership FOR DELETE USING (tenant_id = kp_current_tenant() OR kp_is_platform());

      ALTER TABLE invitation ENABLE ROW LEVEL SECURITY;
      ALTER TABLE invitation FORCE ROW LEVEL SECURITY;
      CREATE POLICY invitation_tenant ON invitation FOR ALL
        USING (tenant_id = kp_current_tenant() OR kp_is_platform())
        WITH CHECK (tenant_id = kp_current_tenant() OR kp_is_platform());

      ALTER TABLE legal_page ENABLE ROW LEVEL SECURITY;
      ALTER TABLE legal_page FORCE ROW LEVEL SECURITY;
      -- Legal pages exist to be read by anyone: a deliberate cross-tenant read.
      CREATE POLICY legal_page_read ON legal_page FOR SELECT USING (true);
      CREATE POLICY legal_page_insert ON legal_page FOR INSERT
        WITH CHECK ((tenant_id IS NOT NULL AND tenant_id = kp_current_tenant()) OR (tenant_id IS NULL AND kp_is_platform()));
      CREATE POLICY legal_page_update ON legal_page FOR UPDATE
        USING ((tenant_id IS NOT NULL AND tenant_id = kp_current_tenant()) OR (tenant_id IS NULL AND kp_is_platform()));

      ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
      ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
      CREATE POLICY audit_read ON audit_log FOR SELECT USING (tenant_id = kp_current_tenant() OR kp_is_platform());
      -- Account events (login, reset) have no tenant; tenant events only into the active tenant.
      CREATE POLICY audit_insert ON audit_log FOR INSERT WITH CHECK (tenant_id IS NULL OR tenant_id = kp_current_tenant() OR kp_is_platform());
    `);

    // Accepting an invitation starts from a token, before any tenant context exists: this one
    // definer function answers exactly that lookup and nothing else (FORCE applies RLS to the
    // owner too, hence the function-local platform setting).
    await q.query(`
      CREATE FUNCTION kp_invitation_by_token(p_token_hash bytea)
        RETURNS TABLE (id uuid, tenant_id uuid, email text, role text, expires_at timestamptz,
                       accepted_at timestamptz, revoked_at timestamptz)
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS
      $$
      DECLARE previous text := coalesce(current_setting('app.platform', true), '');
      BEGIN
        PERFORM set_config('app.platform', 'on', true);
        RETURN QUERY SELECT i.id, i.tenant_id, i.email, i.role, i.expires_at, i.accepted_at, i.revoked_at
                       FROM invitation i WHERE i.token_hash = p_token_hash;
        PERFORM set_config('app.platform', previous, true);
      END
      $$;
      REVOKE ALL ON FUNCTION kp_invitation_by_token(bytea) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION kp_invitation_by_token(bytea) TO ${APP_GROUP_ROLE};
    `);

    for (const table of ['app_user', 'user_session', 'one_time_token', 'tenant', 'membership', 'invitation', 'legal_page', 'audit_log']) {
      await q.query(`REVOKE ALL ON ${table} FROM ${APP_GROUP_ROLE}`);
    }
    await q.query(`
      -- platform_role is not among the columns: only manage.js (owner role) grants operators.
      GRANT SELECT, INSERT ON app_user TO ${APP_GROUP_ROLE};
      GRANT UPDATE (email, password_hash, display_name, language, email_verified_at, password_changed_at, updated_at) ON app_user TO ${APP_GROUP_ROLE};
      GRANT SELECT, INSERT, UPDATE, DELETE ON user_session, one_time_token TO ${APP_GROUP_ROLE};
      GRANT SELECT, INSERT, UPDATE ON tenant TO ${APP_GROUP_ROLE};
      GRANT SELECT, INSERT, UPDATE, DELETE ON membership, invitation TO ${APP_GROUP_ROLE};
      GRANT SELECT, INSERT, UPDATE ON legal_page TO ${APP_GROUP_ROLE};
      -- The audit log is append-only for the application.
      GRANT SELECT, INSERT ON audit_log TO ${APP_GROUP_ROLE};
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    const outbox = await q.query(`SELECT to_regclass('public.mail_outbox') IS NOT NULL AS present`);
    if (outbox[0]?.present) await q.query(`ALTER TABLE mail_outbox DROP CONSTRAINT IF EXISTS mail_outbox_tenant_fk`);
    await q.query(`
      DROP FUNCTION kp_invitation_by_token(bytea);
      DROP TABLE audit_log, legal_page, invitation, membership, tenant, one_time_token, user_session, app_user;
      DROP FUNCTION kp_is_platform();
      DROP FUNCTION kp_current_user();
      DROP FUNCTION kp_current_tenant();
    `);
  }
}
