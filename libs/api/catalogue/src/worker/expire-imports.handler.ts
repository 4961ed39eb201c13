import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { runAs } from '@knotenpunkt/api/core/database';
import { JobHandler, JobProducer, type JobHandlerOf } from '@knotenpunkt/api/core/queue';

export const EXPIRE_IMPORTS_SCHEDULER_ID = 'catalogue-expire-imports';
const EVERY_MS = 60 * 60 * 1000;

const ABANDONED = {
  de: 'Der Import wurde nicht zu Ende geführt (Dienst neu gestartet?); es wurde nichts geändert. Bitte laden Sie die Datei erneut hoch.',
  en: 'The import did not finish (service restarted?); nothing was changed. Please upload the file again.',
};

/**
 * Import runs whose job was lost (worker crash, Redis flushed) would wait forever: after an hour
 * they are marked failed — their transaction never committed, so nothing was changed. Files of
 * dry runs nobody committed are dropped after 7 days (they may hold personal data of contacts).
 */
@Injectable()
@JobHandler('catalogue.expireImports')
export class ExpireImportsHandler implements JobHandlerOf<'catalogue.expireImports'>, OnApplicationBootstrap {
  private readonly logger = new Logger(ExpireImportsHandler.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobProducer,
  ) {}

  onApplicationBootstrap(): void {
    void this.jobs.schedule(EXPIRE_IMPORTS_SCHEDULER_ID, 'catalogue.expireImports', {}, EVERY_MS).catch((error: Error) => this.logger.warn({ err: error.message }, 'import expiry not scheduled'));
  }

  async handle(): Promise<{ abandoned: number; filesDropped: number }> {
    return runAs(this.dataSource, { platform: true }, async (manager) => {
      const abandoned: [unknown[], number] = await manager.query(
        `UPDATE import_run SET status = 'failed', finished_at = now(), progress = 100, issue_count = 1,
                issues = jsonb_build_array(jsonb_build_object('severity', 'error', 'node', '(document)', 'property', null,
                         'message', CASE WHEN language = 'en' THEN $1 ELSE $2 END))
          WHERE status IN ('queued', 'running') AND created_at < now() - interval '1 hour'`,
        [ABANDONED.en, ABANDONED.de],
      );
      const dropped: [unknown[], number] = await manager.query(
        `UPDATE import_run SET source = NULL WHERE source IS NOT NULL AND status IN ('succeeded', 'failed') AND finished_at < now() - interval '7 days'`,
      );
      return { abandoned: abandoned[1], filesDropped: dropped[1] };
    });
  }
}
