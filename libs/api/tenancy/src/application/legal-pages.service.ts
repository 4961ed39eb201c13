import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { runAs, runInTenant } from '@knotenpunkt/api/core/database';
import type { Principal, TenantAccess } from '@knotenpunkt/api/core/http';
import { legalPageSchema, type LegalPage, type LegalPageId } from '@knotenpunkt/shared/contracts';
import { LegalPagesRepository, type StoredLegalPage } from '../infra/legal-pages.repository';
import { TenantsRepository } from '../infra/tenants.repository';
import { AuditTrail } from './audit.service';
import { TenancyErrors } from './errors';
import type { RequestMeta } from './request-meta';

@Injectable()
export class LegalPagesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly pages: LegalPagesRepository,
    private readonly tenants: TenantsRepository,
    private readonly audit: AuditTrail,
  ) {}

  async publicPage(slug: string, page: LegalPageId): Promise<LegalPage> {
    return runAs(this.dataSource, {}, async (manager) => {
      const tenant = await this.tenants.bySlug(manager, slug);
      if (!tenant || tenant.status !== 'active') throw TenancyErrors.tenantNotFound();
      return present(await this.pages.get(manager, tenant.id, page));
    });
  }

  async platformPage(page: LegalPageId): Promise<LegalPage> {
    return runAs(this.dataSource, {}, async (manager) => present(await this.pages.get(manager, null, page)));
  }

  async tenantPage(principal: Principal, access: TenantAccess, page: LegalPageId): Promise<LegalPage> {
    return runInTenant(this.dataSource, access.tenantId, principal.userId, async (tx) => present(await this.pages.get(tx.manager, tx.tenantId, page)));
  }

  /** `content` was validated against the page's schema by the controller. */
  async putTenantPage(principal: Principal, access: TenantAccess, page: LegalPageId, content: unknown, meta: RequestMeta): Promise<LegalPage> {
    return runInTenant(this.dataSource, access.tenantId, principal.userId, async (tx) => {
      const stored = await this.pages.put(tx.manager, tx.tenantId, page, content, principal.userId);
      await this.audit.record(tx.manager, meta, { action: 'legal.updated', tenantId: tx.tenantId, actorUserId: principal.userId, target: `legal:${page}` });
      return present(stored);
    });
  }

  async putPlatformPage(principal: Principal, page: LegalPageId, content: unknown, meta: RequestMeta): Promise<LegalPage> {
    return runAs(this.dataSource, { platform: true, userId: principal.userId }, async (manager) => {
      const stored = await this.pages.put(manager, null, page, content, principal.userId);
      await this.audit.record(manager, meta, { action: 'legal.updated', tenantId: null, actorUserId: principal.userId, target: `platform-legal:${page}` });
      return present(stored);
    });
  }
}

function present(stored: StoredLegalPage | null): LegalPage {
  if (!stored) throw TenancyErrors.legalPageMissing();
  return legalPageSchema.parse({ page: stored.page, content: stored.content, updatedAt: stored.updatedAt.toISOString() });
}
