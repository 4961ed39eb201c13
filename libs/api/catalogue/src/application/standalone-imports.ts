import type { DataSource } from 'typeorm';
import { runInTenant } from '@knotenpunkt/api/core/database';
import type { ImportSummary, Language } from '@knotenpunkt/shared/contracts';
import { ImportsRepository } from '../infra/imports.repository';
import { OffersRepository } from '../infra/offers.repository';
import { OfferWriter } from '../infra/offer-writer';
import { PartnersRepository } from '../infra/partners.repository';
import { ProfilesRepository } from '../infra/profiles.repository';
import { ImportRunner } from './import-runner';

/**
 * The import pipeline without Nest, for command-line tools (demo data, benchmarks): the same
 * runner, repositories and checks as the worker, on the given data source.
 */
export function standaloneImports(dataSource: DataSource) {
  const imports = new ImportsRepository();
  const runner = new ImportRunner(dataSource, imports, new OffersRepository(), new OfferWriter(), new PartnersRepository(), new ProfilesRepository());
  return {
    /** Records an import run for the tenant and runs it right here (no queue). */
    async run(tenantId: string, document: unknown, options: { mode: 'dry-run' | 'commit'; publish: boolean; fileName?: string; language?: Language }) {
      const runId = await runInTenant(dataSource, tenantId, null, (tx) =>
        imports.create(tx, { mode: options.mode, fileName: options.fileName ?? null, source: typeof document === 'string' ? document : JSON.stringify(document), language: options.language ?? 'de', publish: options.publish }),
      );
      const result = await runner.run(tenantId, runId);
      const run = await runInTenant(dataSource, tenantId, null, (tx) => imports.get(tx, runId));
      return { runId, status: result.status, summary: result.summary as ImportSummary, issues: run?.issues ?? [] };
    },
  };
}
