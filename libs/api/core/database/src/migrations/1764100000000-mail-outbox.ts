import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_GROUP_ROLE } from '../roles';

/**
 * Transactional mail outbox (libs/api/core/mail): a context inserts a row in its own
 * transaction, the worker sends it. `params` may hold one-time links, so the worker replaces
 * it with '{}' once the row is final (sent or failed). Rows are kept as a delivery log; the app
 * role may not delete them. tenant_id gets its foreign key from the tenancy migration.
 */
export class MailOutbox1764100000000 implements MigrationInterface {
  name = 'MailOutbox1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mail_outbox (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id   uuid,
        recipient   text NOT NULL,
        template    text NOT NULL,
        locale      text NOT NULL CHECK (locale IN ('de', 'en')),
        params      jsonb NOT NULL,
        status      text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
        attempts    integer NOT NULL DEFAULT 0,
        last_error  text,
        message_id  text,
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now(),
        sent_at     timestamptz
      )`);
    await q.query(`CREATE INDEX mail_outbox_status_created_idx ON mail_outbox (status, created_at)`);
    // Default privileges (foundation) would also grant DELETE: the outbox is a delivery log.
    await q.query(`REVOKE ALL ON mail_outbox FROM ${APP_GROUP_ROLE}`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON mail_outbox TO ${APP_GROUP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS mail_outbox`);
  }
}
