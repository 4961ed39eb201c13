import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { runInTenant } from '@knotenpunkt/api/core/database';
import type { Principal, TenantAccess } from '@knotenpunkt/api/core/http';
import { JobProducer } from '@knotenpunkt/api/core/queue';
import type { ImportMode, ImportRun, Language } from '@knotenpunkt/shared/contracts';
import { recordAudit } from '../infra/catalogue-audit';
import { ImportsRepository } from '../infra/imports.repository';
import { CatalogueErrors } from './errors';
import type { RequestContext } from './offers.service';

export const importJobId = (runId: string) => `catalogue-import-${runId}`;

/** Starts imports (as jobs: large files take a while) and reports on them. */
@Injectable()
export class ImportsService {
  private readonly logger = new Logger(ImportsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly imports: ImportsRepository,
    private readonly jobs: JobProducer,
  ) {}

  async start(principal: Principal, access: TenantAccess, upload: { source: string; mode: ImportMode; fileName: string | null; publish: boolean }, context: RequestContext): Promise<ImportRun> {
    const id = await runInTenant(this.dataSource, access.tenantId, principal.userId, async (tx) => {
      const runId = await this.imports.create(tx, { ...upload, language: context.language });
      await recordAudit(tx.manager, context, { tenantId: tx.tenantId, actorUserId: principal.userId, action: `import.${upload.mode}`, target: `import:${runId}`, details: { fileName: upload.fileName, bytes: Buffer.byteLength(upload.source), publish: upload.publish } });
      return runId;
    });
    await this.enqueue(access.tenantId, id);
    return this.get(access, id);
  }

  /** Runs the file of a successful dry run for real. */
  async commit(principal: Principal, access: TenantAccess, dryRunId: string, context: RequestContext): Promise<ImportRun> {
    const id = await runInTenant(this.dataSource, access.tenantId, principal.userId, async (tx) => {
      const dryRun = await this.imports.sourceOf(tx, dryRunId);
      if (!dryRun) throw CatalogueErrors.importNotFound();
      if (dryRun.mode !== 'dry-run' || dryRun.status !== 'succeeded' || dryRun.source === null) throw CatalogueErrors.importNotCommittable();
      const runId = await this.imports.create(tx, { mode: 'commit', fileName: dryRun.fileName, source: dryRun.source, language: context.language as Language, fromRunId: dryRunId, publish: dryRun.publish });
      await recordAudit(tx.manager, context, { tenantId: tx.tenantId, actorUserId: principal.userId, action: 'import.commit', target: `import:${runId}`, details: { fromRunId: dryRunId } });
      return runId;
    });
    await this.enqueue(access.tenantId, id);
    return this.get(access, id);
  }

  async get(access: TenantAccess, id: string): Promise<ImportRun> {
    const run = await runInTenant(this.dataSource, access.tenantId, null, (tx) => this.imports.get(tx, id));
    if (!run) throw CatalogueErrors.importNotFound();
    return run;
  }

  list(access: TenantAccess, page: { page: number; pageSize: number }) {
    return runInTenant(this.dataSource, access.tenantId, null, (tx) => this.imports.list(tx, page));
  }

  private async enqueue(tenantId: string, runId: string): Promise<void> {
    try {
      let timer: NodeJS.Timeout | undefined;
      // ioredis waits for an absent Redis forever: give up and say so instead of hanging.
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('Redis did not answer within 5 s')), 5000);
      });
      await Promise.race([this.jobs.enqueue('catalogue.import', { tenantId, importId: runId }, { jobId: importJobId(runId) }), timeout]).finally(() => clearTimeout(timer));
    } catch (error) {
      this.logger.error({ err: (error as Error).message, runId }, 'import job not enqueued');
      await runInTenant(this.dataSource, tenantId, null, (tx) =>
        this.imports.finish(tx.manager, runId, { ok: false, applied: false, summary: null, issues: [], issueCount: 0, clearSource: false }),
      );
      throw CatalogueErrors.queueUnavailable();
    }
  }
}
