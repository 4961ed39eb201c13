import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { runAs, runInTenant } from '@knotenpunkt/api/core/database';
import { MailOutboxService } from '@knotenpunkt/api/core/mail';
import type { Principal, TenantAccess } from '@knotenpunkt/api/core/http';
import type { Invitation, InvitationPreview, Language, SessionInfo, TenantRole } from '@knotenpunkt/shared/contracts';
import { canInvite } from '../domain/membership-rules';
import { hashToken, newToken } from '../domain/one-time-token';
import { INVITATION_TTL_MS } from '../domain/session-policy';
import { invitationMail } from '../mail/tenancy-mail-templates';
import { AccountsRepository } from '../infra/accounts.repository';
import { InvitationsRepository, invitationStatus } from '../infra/invitations.repository';
import { MembershipsRepository } from '../infra/memberships.repository';
import { TenantsRepository } from '../infra/tenants.repository';
import { AuditTrail } from './audit.service';
import { AuthService } from './auth.service';
import { TenancyErrors } from './errors';
import type { RequestMeta } from './request-meta';

@Injectable()
export class InvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly invitations: InvitationsRepository,
    private readonly memberships: MembershipsRepository,
    private readonly accounts: AccountsRepository,
    private readonly tenants: TenantsRepository,
    private readonly outbox: MailOutboxService,
    private readonly auth: AuthService,
    private readonly audit: AuditTrail,
  ) {}

  async create(principal: Principal, access: TenantAccess, input: { email: string; role: TenantRole; language: Language }, meta: RequestMeta): Promise<Invitation> {
    if (!canInvite(access.role, input.role)) throw TenancyErrors.roleForbidden();
    const { invitation, mail } = await runInTenant(this.dataSource, access.tenantId, principal.userId, async (tx) => {
      const invitee = await this.accounts.byEmail(tx.manager, input.email);
      if (invitee && (await this.memberships.roleOf(tx, invitee.id))) throw TenancyErrors.alreadyMember();
      const inviter = await this.accounts.byId(tx.manager, principal.userId);
      const tenant = await this.tenants.byId(tx.manager, tx.tenantId);
      const { token, hash } = newToken();
      const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
      const created = await this.invitations.create(tx, { email: input.email, role: input.role, tokenHash: hash, invitedBy: principal.userId, expiresAt });
      await this.audit.record(tx.manager, meta, { action: 'invitation.created', tenantId: tx.tenantId, actorUserId: principal.userId, target: `invitation:${created.id}`, details: { email: input.email, role: input.role } });
      const queued = await this.outbox.enqueue(tx.manager, {
        to: input.email,
        template: invitationMail,
        locale: invitee?.language ?? input.language,
        tenantId: tx.tenantId,
        params: { tenantName: tenant?.name ?? '', inviterName: inviter?.displayName ?? '', role: input.role, token, expiresAt: expiresAt.toISOString() },
      });
      return { invitation: created, mail: queued };
    });
    await this.outbox.dispatch(mail);
    return invitation;
  }

  list(principal: Principal, access: TenantAccess, page: number, pageSize: number) {
    return runInTenant(this.dataSource, access.tenantId, principal.userId, async (tx) => ({ ...(await this.invitations.list(tx, page, pageSize)), page, pageSize }));
  }

  async revoke(principal: Principal, access: TenantAccess, invitationId: string, meta: RequestMeta): Promise<void> {
    await runInTenant(this.dataSource, access.tenantId, principal.userId, async (tx) => {
      const invitation = await this.invitations.byId(tx, invitationId);
      if (!invitation) throw TenancyErrors.invitationNotFound();
      if (!canInvite(access.role, invitation.role)) throw TenancyErrors.roleForbidden();
      if (await this.invitations.revoke(tx, invitationId)) {
        await this.audit.record(tx.manager, meta, { action: 'invitation.revoked', tenantId: tx.tenantId, actorUserId: principal.userId, target: `invitation:${invitationId}`, details: { email: invitation.email } });
      }
    });
  }

  /** Public: whoever holds the link may see where it leads. */
  async preview(token: string): Promise<InvitationPreview> {
    return runAs(this.dataSource, {}, async (manager) => {
      const found = await this.invitations.byToken(manager, hashToken(token));
      if (!found) throw TenancyErrors.invitationNotFound();
      const tenant = await this.tenants.byId(manager, found.tenantId);
      if (!tenant) throw TenancyErrors.invitationNotFound();
      return {
        tenant: { id: tenant.id, slug: tenant.slug, name: tenant.name },
        role: found.role,
        email: found.email,
        status: invitationStatus(found),
        expiresAt: found.expiresAt.toISOString(),
      };
    });
  }

  async accept(principal: Principal, token: string, meta: RequestMeta): Promise<SessionInfo> {
    const found = await runAs(this.dataSource, {}, (manager) => this.invitations.byToken(manager, hashToken(token)));
    if (!found) throw TenancyErrors.invitationNotFound();
    const status = invitationStatus(found);
    if (status !== 'pending') throw TenancyErrors.invitationClosed(status);
    await runInTenant(this.dataSource, found.tenantId, principal.userId, async (tx) => {
      const user = await this.accounts.byId(tx.manager, principal.userId);
      if (!user || user.email !== found.email) throw TenancyErrors.invitationOtherEmail();
      if (!(await this.invitations.markAccepted(tx, found.id, principal.userId))) throw TenancyErrors.invitationClosed('revoked');
      const added = await this.memberships.add(tx, principal.userId, found.role);
      if (!added) throw TenancyErrors.alreadyMember();
      await this.audit.record(tx.manager, meta, { action: 'invitation.accepted', tenantId: tx.tenantId, actorUserId: principal.userId, target: `invitation:${found.id}`, details: { role: found.role } });
    });
    return this.auth.setActiveTenant(principal, found.tenantId);
  }
}
