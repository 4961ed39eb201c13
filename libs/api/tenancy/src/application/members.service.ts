import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { runInTenant } from '@knotenpunkt/api/core/database';
import type { Principal, TenantAccess } from '@knotenpunkt/api/core/http';
import type { Member, TenantRole } from '@knotenpunkt/shared/contracts';
import { canChangeRole, canRemove, type MembershipDecision } from '../domain/membership-rules';
import { MembershipsRepository } from '../infra/memberships.repository';
import { AuditTrail } from './audit.service';
import { TenancyErrors } from './errors';
import type { RequestMeta } from './request-meta';

@Injectable()
export class MembersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly memberships: MembershipsRepository,
    private readonly audit: AuditTrail,
  ) {}

  list(principal: Principal, access: TenantAccess, page: number, pageSize: number) {
    return runInTenant(this.dataSource, access.tenantId, principal.userId, async (tx) => {
      const result = await this.memberships.list(tx, page, pageSize);
      return { ...result, page, pageSize };
    });
  }

  async changeRole(principal: Principal, access: TenantAccess, userId: string, role: TenantRole, meta: RequestMeta): Promise<Member> {
    return runInTenant(this.dataSource, access.tenantId, principal.userId, async (tx) => {
      const owners = await this.memberships.ownerCount(tx);
      const current = await this.memberships.roleOf(tx, userId);
      if (!current) throw TenancyErrors.memberNotFound();
      decide(canChangeRole(access.role, current, role, owners));
      if (current !== role) {
        await this.memberships.changeRole(tx, userId, role);
        await this.audit.record(tx.manager, meta, { action: 'member.role-changed', tenantId: tx.tenantId, actorUserId: principal.userId, target: `user:${userId}`, details: { from: current, to: role } });
      }
      return (await this.memberships.one(tx, userId)) as Member;
    });
  }

  async remove(principal: Principal, access: TenantAccess, userId: string, meta: RequestMeta): Promise<void> {
    await runInTenant(this.dataSource, access.tenantId, principal.userId, async (tx) => {
      const owners = await this.memberships.ownerCount(tx);
      const current = await this.memberships.roleOf(tx, userId);
      if (!current) throw TenancyErrors.memberNotFound();
      const self = userId === principal.userId;
      decide(canRemove(access.role, current, self, owners));
      await this.memberships.remove(tx, userId);
      await this.audit.record(tx.manager, meta, { action: self ? 'member.left' : 'member.removed', tenantId: tx.tenantId, actorUserId: principal.userId, target: `user:${userId}`, details: { role: current } });
    });
  }
}

function decide(decision: MembershipDecision): void {
  if (decision.ok) return;
  throw decision.reason === 'last-owner' ? TenancyErrors.lastOwner() : TenancyErrors.roleForbidden();
}
