import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_GROUP_ROLE, REQUIRED_EXTENSIONS } from '../roles';

/**
 * Checks the extensions provisioning created, sets default privileges for the application
 * role, and the table the worker's ping job writes (read by the health check).
 */
export class Foundation1763900000000 implements MigrationInterface {
  name = 'Foundation1763900000000';

  async up(q: QueryRunner): Promise<void> {
    const role = await q.query(`SELECT 1 FROM pg_roles WHERE rolname = $1`, [APP_GROUP_ROLE]);
    if (role.length === 0) {
      throw new Error(
        `Role ${APP_GROUP_ROLE} is missing: provision the database first (node dist/apps/api/migrate.js provision).`,
      );
    }
    const installed: { extname: string }[] = await q.query(`SELECT extname FROM pg_extension`);
    const missing = REQUIRED_EXTENSIONS.filter((e) => !installed.some((i) => i.extname === e));
    if (missing.length > 0) {
      throw new Error(`Extensions missing: ${missing.join(', ')}. Provision the database first (migrate.js provision).`);
    }
    await q.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
    await q.query(`GRANT USAGE ON SCHEMA public TO ${APP_GROUP_ROLE}`);
    await q.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_GROUP_ROLE}`,
    );
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${APP_GROUP_ROLE}`);

    await q.query(`
      CREATE TABLE system_ping (
        id           text PRIMARY KEY,
        requested_at timestamptz NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        worker_id    text NOT NULL
      )`);
    await q.query(`CREATE INDEX system_ping_processed_at_idx ON system_ping (processed_at DESC)`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON system_ping TO ${APP_GROUP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS system_ping`);
    await q.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM ${APP_GROUP_ROLE}`,
    );
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM ${APP_GROUP_ROLE}`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM ${APP_GROUP_ROLE}`);
    // Extensions stay: other databases' objects may depend on them and they hold no data.
  }
}
