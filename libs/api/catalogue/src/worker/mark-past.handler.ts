import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { runAs } from '@knotenpunkt/api/core/database';
import { JobHandler, JobProducer, type JobHandlerOf } from '@knotenpunkt/api/core/queue';
import { kindsWithSessions } from '@knotenpunkt/shared/contracts';

export const MARK_PAST_SCHEDULER_ID = 'catalogue-mark-past';
const EVERY_MS = 15 * 60 * 1000;

/**
 * Published offers whose last session has ended become "past": they leave search (outbox row)
 * but keep their page. Counselling and on-request offers run without an end and stay.
 */
@Injectable()
@JobHandler('catalogue.markPast')
export class MarkPastHandler implements JobHandlerOf<'catalogue.markPast'>, OnApplicationBootstrap {
  private readonly logger = new Logger(MarkPastHandler.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobProducer,
  ) {}

  onApplicationBootstrap(): void {
    void this.jobs.schedule(MARK_PAST_SCHEDULER_ID, 'catalogue.markPast', {}, EVERY_MS).catch((error: Error) => this.logger.warn({ err: error.message }, 'mark-past not scheduled'));
  }

  async handle(): Promise<{ past: number }> {
    return runAs(this.dataSource, { platform: true }, async (manager) => {
      // TypeORM answers UPDATE … RETURNING with [rows, affected].
      const [rows]: [{ id: string; tenant_id: string }[], number] = await manager.query(
        `UPDATE offer SET status = 'past', updated_at = now()
          WHERE status = 'published' AND last_session_end < now() AND kind = ANY($1::text[])
          RETURNING id, tenant_id`,
        [kindsWithSessions],
      );
      if (rows.length) {
        await manager.query(
          `INSERT INTO offer_event (offer_id, tenant_id, action, from_status, to_status) SELECT r.id, r.tenant_id, 'past', 'published', 'past'
             FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, tenant_id uuid)`,
          [JSON.stringify(rows)],
        );
        await manager.query(
          `INSERT INTO index_outbox (tenant_id, entity, entity_id) SELECT r.tenant_id, 'offer', r.id FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, tenant_id uuid)`,
          [JSON.stringify(rows)],
        );
        this.logger.log({ past: rows.length }, 'offers marked past');
      }
      return { past: rows.length };
    });
  }
}
