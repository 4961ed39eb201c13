import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobHandler, JobHandlerOf, JobProducer } from '@knotenpunkt/api/core/queue';
import { MailOutboxService } from './mail-outbox.service';
import { MAIL_MODULE_OPTIONS, ResolvedMailModuleOptions } from './mail.tokens';

export const MAIL_RELAY_SCHEDULER_ID = 'mail-relay';
/** Rows per relay run; more wait for the next run. */
const BATCH = 500;

/**
 * Sends what fell through the cracks: pending rows whose job never reached Redis (it was down
 * at commit time, or the caller forgot dispatch()) or whose job finished without sending.
 * A BullMQ job scheduler runs it every few seconds, once for all worker replicas. Re-adding a
 * job that still waits, is delayed (back-off) or runs is a no-op thanks to the job id.
 */
@Injectable()
@JobHandler('mail.relay')
export class MailRelayHandler implements JobHandlerOf<'mail.relay'>, OnApplicationBootstrap {
  private readonly logger = new Logger(MailRelayHandler.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: MailOutboxService,
    private readonly jobs: JobProducer,
    @Inject(MAIL_MODULE_OPTIONS) private readonly options: ResolvedMailModuleOptions,
  ) {}

  onApplicationBootstrap(): void {
    // Not awaited: with Redis away the command waits for it, and the worker must still boot.
    void this.jobs
      .schedule(MAIL_RELAY_SCHEDULER_ID, 'mail.relay', {}, this.options.relay.everyMs)
      .catch((error: Error) => this.logger.warn({ err: error.message }, 'mail relay not scheduled'));
  }

  async handle(): Promise<{ requeued: number }> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM mail_outbox
        WHERE status = 'pending' AND created_at < now() - make_interval(secs => $1)
        ORDER BY created_at
        LIMIT ${BATCH}`,
      [this.options.relay.minAgeMs / 1000],
    );
    for (const row of rows) await this.outbox.enqueueSend(row.id, { replaceFinished: true });
    if (rows.length > 0) this.logger.log({ requeued: rows.length }, 'pending mails re-enqueued');
    return { requeued: rows.length };
  }
}
