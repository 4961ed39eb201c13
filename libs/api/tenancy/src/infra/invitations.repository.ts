import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TenantTx } from '@knotenpunkt/api/core/database';
import type { Invitation, TenantRole } from '@knotenpunkt/shared/contracts';

export interface InvitationLookup {
  id: string;
  tenantId: string;
  email: string;
  role: TenantRole;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
}

interface InvitationRow {
  id: string;
  email: string;
  role: TenantRole;
  invited_by_name: string | null;
  created_at: Date;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
  total?: string;
}

export function invitationStatus(row: { expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null }, now = new Date()): Invitation['status'] {
  if (row.acceptedAt) return 'accepted';
  if (row.revokedAt) return 'revoked';
  return row.expiresAt.getTime() <= now.getTime() ? 'expired' : 'pending';
}

function toInvitation(row: InvitationRow): Invitation {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    status: invitationStatus({ expiresAt: row.expires_at, acceptedAt: row.accepted_at, revokedAt: row.revoked_at }),
    invitedBy: row.invited_by_name,
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
  };
}

@Injectable()
export class InvitationsRepository {
  /** Replaces an open invitation to the same address (the old link stops working). */
  async create(tx: TenantTx, invitation: { email: string; role: TenantRole; tokenHash: Buffer; invitedBy: string; expiresAt: Date }): Promise<Invitation> {
    await tx.manager.query(
      `UPDATE invitation SET revoked_at = now() WHERE tenant_id = $1 AND email = $2 AND accepted_at IS NULL AND revoked_at IS NULL`,
      [tx.tenantId, invitation.email],
    );
    const rows: { id: string }[] = await tx.manager.query(
      `INSERT INTO invitation (tenant_id, email, role, token_hash, invited_by, expires_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [tx.tenantId, invitation.email, invitation.role, invitation.tokenHash, invitation.invitedBy, invitation.expiresAt],
    );
    return (await this.byId(tx, (rows[0] as { id: string }).id)) as Invitation;
  }

  async byId(tx: TenantTx, id: string): Promise<Invitation | null> {
    const rows: InvitationRow[] = await tx.manager.query(
      `SELECT i.id, i.email, i.role, u.display_name AS invited_by_name, i.created_at, i.expires_at, i.accepted_at, i.revoked_at
         FROM invitation i LEFT JOIN app_user u ON u.id = i.invited_by WHERE i.tenant_id = $1 AND i.id = $2`,
      [tx.tenantId, id],
    );
    return rows[0] ? toInvitation(rows[0]) : null;
  }

  /** Open (pending or expired, not accepted or revoked) invitations first, newest first. */
  async list(tx: TenantTx, page: number, pageSize: number): Promise<{ items: Invitation[]; total: number }> {
    const rows: InvitationRow[] = await tx.manager.query(
      `SELECT i.id, i.email, i.role, u.display_name AS invited_by_name, i.created_at, i.expires_at, i.accepted_at, i.revoked_at,
              count(*) OVER () AS total
         FROM invitation i LEFT JOIN app_user u ON u.id = i.invited_by
        WHERE i.tenant_id = $1
        ORDER BY (i.accepted_at IS NULL AND i.revoked_at IS NULL) DESC, i.created_at DESC, i.id
        LIMIT $2 OFFSET $3`,
      [tx.tenantId, pageSize, (page - 1) * pageSize],
    );
    return { items: rows.map(toInvitation), total: Number(rows[0]?.total ?? 0) };
  }

  async revoke(tx: TenantTx, id: string): Promise<boolean> {
    const result: [unknown[], number] = await tx.manager.query(
      `UPDATE invitation SET revoked_at = now() WHERE tenant_id = $1 AND id = $2 AND accepted_at IS NULL AND revoked_at IS NULL`,
      [tx.tenantId, id],
    );
    return result[1] === 1;
  }

  async markAccepted(tx: TenantTx, id: string, userId: string): Promise<boolean> {
    const result: [unknown[], number] = await tx.manager.query(
      `UPDATE invitation SET accepted_at = now(), accepted_by = $3
        WHERE tenant_id = $1 AND id = $2 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()`,
      [tx.tenantId, id, userId],
    );
    return result[1] === 1;
  }

  /** The one deliberate read without tenant context: by the secret token (definer function). */
  async byToken(manager: EntityManager, tokenHash: Buffer): Promise<InvitationLookup | null> {
    const rows: { id: string; tenant_id: string; email: string; role: TenantRole; expires_at: Date; accepted_at: Date | null; revoked_at: Date | null }[] =
      await manager.query(`SELECT * FROM kp_invitation_by_token($1)`, [tokenHash]);
    const row = rows[0];
    return row
      ? { id: row.id, tenantId: row.tenant_id, email: row.email, role: row.role, expiresAt: row.expires_at, acceptedAt: row.accepted_at, revokedAt: row.revoked_at }
      : null;
  }
}
