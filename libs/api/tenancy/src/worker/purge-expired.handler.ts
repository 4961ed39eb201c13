import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { runAs } from '@knotenpunkt/api/core/database';
import { JobHandler, JobProducer, type JobHandlerOf } from '@knotenpunkt/api/core/queue';
import { SessionsRepository } from '../infra/sessions.repository';

export const PURGE_SCHEDULER_ID = 'tenancy-purge-expired';
const EVERY_MS = 60 * 60 * 1000;

/**
 * Expired sessions are already refused by the lookup; this keeps the tables small and removes
 * IP addresses and user agents of old sessions (data minimisation).
 */
@Injectable()
@JobHandler('tenancy.purgeExpired')
export class PurgeExpiredHandler implements JobHandlerOf<'tenancy.purgeExpired'>, OnApplicationBootstrap {
  private readonly logger = new Logger(PurgeExpiredHandler.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionsRepository,
    private readonly jobs: JobProducer,
  ) {}

  onApplicationBootstrap(): void {
    // Not awaited: without Redis the worker must still boot; the scheduler is shared by replicas.
    void this.jobs.schedule(PURGE_SCHEDULER_ID, 'tenancy.purgeExpired', {}, EVERY_MS).catch((error: Error) => this.logger.warn({ err: error.message }, 'purge not scheduled'));
  }

  async handle(): Promise<{ sessions: number; tokens: number }> {
    return runAs(this.dataSource, {}, async (manager) => {
      const sessions = await this.sessions.deleteExpired(manager);
      const result: [unknown[], number] = await manager.query(
        `DELETE FROM one_time_token WHERE expires_at < now() - interval '1 day' OR used_at < now() - interval '1 day'`,
      );
      return { sessions, tokens: result[1] };
    });
  }
}
