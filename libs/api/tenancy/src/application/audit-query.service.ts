import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { runAs } from '@knotenpunkt/api/core/database';
import type { Principal, TenantAccess } from '@knotenpunkt/api/core/http';
import { AuditRepository } from '../infra/audit.repository';

type AuditQuery = { page: number; pageSize: number; action?: string };

@Injectable()
export class AuditQueryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditRepository,
  ) {}

  async forTenant(principal: Principal, access: TenantAccess, query: AuditQuery) {
    const result = await runAs(this.dataSource, { tenantId: access.tenantId, userId: principal.userId }, (manager) => this.audit.list(manager, access.tenantId, query));
    return { ...result, page: query.page, pageSize: query.pageSize };
  }

  async forPlatform(principal: Principal, query: AuditQuery) {
    const result = await runAs(this.dataSource, { platform: true, userId: principal.userId }, (manager) => this.audit.list(manager, null, query));
    return { ...result, page: query.page, pageSize: query.pageSize };
  }
}
