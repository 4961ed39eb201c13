import { ForbiddenException, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { enterTenant, runAs, runInTenant } from '@knotenpunkt/api/core/database';
import type { Principal, TenantAccess } from '@knotenpunkt/api/core/http';
import type { PublicTenant, Tenant, TenantType } from '@knotenpunkt/shared/contracts';
import { LegalPagesRepository } from '../infra/legal-pages.repository';
import { MembershipsRepository } from '../infra/memberships.repository';
import { TenantsRepository } from '../infra/tenants.repository';
import { AuditTrail } from './audit.service';
import { TenancyErrors } from './errors';
import type { RequestMeta } from './request-meta';

/** Types whose admins may oversee member organisations (review their content later on). */
const PARENT_TYPES: readonly TenantType[] = ['umbrella', 'municipality'];

@Injectable()
export class TenantsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tenants: TenantsRepository,
    private readonly memberships: MembershipsRepository,
    private readonly legal: LegalPagesRepository,
    private readonly audit: AuditTrail,
  ) {}

  async create(principal: Principal, input: { name: string; slug: string; type: TenantType; parentSlug: string | null }, meta: RequestMeta): Promise<Tenant> {
    return runAs(this.dataSource, { userId: principal.userId }, async (manager) => {
      const parentId = input.parentSlug ? await this.parentIdOf(manager, input.parentSlug) : null;
      const tenant = await this.tenants.create(manager, { slug: input.slug, name: input.name, type: input.type, parentId });
      if (!tenant) throw TenancyErrors.slugTaken();
      // From here on the transaction acts inside the new tenant.
      await enterTenant(manager, tenant.id);
      await this.tenants.announceToSearch(manager, tenant.id, 'organisation');
      await this.memberships.add({ tenantId: tenant.id, userId: principal.userId, manager }, principal.userId, 'owner');
      await this.audit.record(manager, meta, { action: 'tenant.created', tenantId: tenant.id, actorUserId: principal.userId, target: `tenant:${tenant.id}`, details: { slug: tenant.slug, type: tenant.type, parentId } });
      return tenant;
    });
  }

  async get(access: TenantAccess): Promise<Tenant> {
    const tenant = await runAs(this.dataSource, { tenantId: access.tenantId }, (manager) => this.tenants.byId(manager, access.tenantId));
    if (!tenant) throw TenancyErrors.tenantNotFound();
    return tenant;
  }

  async update(principal: Principal, access: TenantAccess, changes: { name?: string; parentSlug?: string | null }, meta: RequestMeta): Promise<Tenant> {
    // Joining or leaving an umbrella gives or takes oversight: the owners decide that.
    if (changes.parentSlug !== undefined && access.role !== 'owner') throw TenancyErrors.roleForbidden();
    return runInTenant(this.dataSource, access.tenantId, principal.userId, async (tx) => {
      let parentId: string | null | undefined;
      if (changes.parentSlug !== undefined) {
        parentId = changes.parentSlug ? await this.parentIdOf(tx.manager, changes.parentSlug) : null;
        if (parentId && (parentId === tx.tenantId || (await this.tenants.wouldCycle(tx.manager, tx.tenantId, parentId)))) throw TenancyErrors.parentCycle();
      }
      await this.tenants.update(tx, { name: changes.name, parentId });
      await this.audit.record(tx.manager, meta, { action: 'tenant.updated', tenantId: tx.tenantId, actorUserId: principal.userId, target: `tenant:${tx.tenantId}`, details: { ...changes } });
      return (await this.tenants.byId(tx.manager, tx.tenantId)) as Tenant;
    });
  }

  /** Public profile; suspended organisations are not shown. */
  async publicProfile(slug: string): Promise<PublicTenant> {
    return runAs(this.dataSource, {}, async (manager) => {
      const tenant = await this.tenants.bySlug(manager, slug);
      if (!tenant || tenant.status !== 'active') throw TenancyErrors.tenantNotFound();
      const pages = await this.legal.existing(manager, tenant.id);
      const { status: _status, createdAt: _createdAt, ...rest } = tenant;
      return { ...rest, legalPages: { imprint: pages.has('imprint'), privacy: pages.has('privacy'), accessibility: pages.has('accessibility') } };
    });
  }

  /** Platform operator: list and suspend. */
  listAll(query: { q?: string; page: number; pageSize: number }) {
    return runAs(this.dataSource, { platform: true }, (manager) => this.tenants.list(manager, query));
  }

  async setStatus(principal: Principal, tenantId: string, status: 'active' | 'suspended', meta: RequestMeta): Promise<Tenant> {
    if (principal.platformRole !== 'operator') throw new ForbiddenException();
    return runAs(this.dataSource, { platform: true, userId: principal.userId }, async (manager) => {
      if (!(await this.tenants.setStatus(manager, tenantId, status))) throw TenancyErrors.tenantNotFound();
      await this.audit.record(manager, meta, { action: 'tenant.status-changed', tenantId, actorUserId: principal.userId, target: `tenant:${tenantId}`, details: { status } });
      return (await this.tenants.byId(manager, tenantId)) as Tenant;
    });
  }

  private async parentIdOf(manager: EntityManager, slug: string): Promise<string> {
    const parent = await this.tenants.bySlug(manager, slug);
    if (!parent) throw TenancyErrors.parentNotFound();
    if (!PARENT_TYPES.includes(parent.type)) throw TenancyErrors.parentType();
    return parent.id;
  }
}
