import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TenantTx } from '@knotenpunkt/api/core/database';
import type { Member, MembershipSummary, TenantRole, TenantType } from '@knotenpunkt/shared/contracts';

interface MemberRow {
  user_id: string;
  display_name: string;
  email: string;
  role: TenantRole;
  created_at: Date;
}

const memberColumns = 'm.user_id, u.display_name, u.email, m.role, m.created_at';

function toMember(r: MemberRow): Member {
  return { userId: r.user_id, displayName: r.display_name, email: r.email, role: r.role, joinedAt: r.created_at.toISOString() };
}

/** Memberships are tenant-owned; a person additionally sees their own across tenants (RLS). */
@Injectable()
export class MembershipsRepository {
  async add(tx: TenantTx, userId: string, role: TenantRole): Promise<boolean> {
    const rows: unknown[] = await tx.manager.query(
      `INSERT INTO membership (tenant_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING user_id`,
      [tx.tenantId, userId, role],
    );
    return rows.length === 1;
  }

  async roleOf(tx: TenantTx, userId: string): Promise<TenantRole | null> {
    const rows: { role: TenantRole }[] = await tx.manager.query(`SELECT role FROM membership WHERE tenant_id = $1 AND user_id = $2`, [tx.tenantId, userId]);
    return rows[0]?.role ?? null;
  }

  /** Locks the owner rows, so two concurrent demotions cannot both pass the last-owner check. */
  async ownerCount(tx: TenantTx): Promise<number> {
    const rows: unknown[] = await tx.manager.query(`SELECT user_id FROM membership WHERE tenant_id = $1 AND role = 'owner' FOR UPDATE`, [tx.tenantId]);
    return rows.length;
  }

  async changeRole(tx: TenantTx, userId: string, role: TenantRole): Promise<void> {
    await tx.manager.query(`UPDATE membership SET role = $3, updated_at = now() WHERE tenant_id = $1 AND user_id = $2`, [tx.tenantId, userId, role]);
  }

  async remove(tx: TenantTx, userId: string): Promise<void> {
    await tx.manager.query(`DELETE FROM membership WHERE tenant_id = $1 AND user_id = $2`, [tx.tenantId, userId]);
  }

  async list(tx: TenantTx, page: number, pageSize: number): Promise<{ items: Member[]; total: number }> {
    const rows: (MemberRow & { total: string })[] = await tx.manager.query(
      `SELECT ${memberColumns}, count(*) OVER () AS total
         FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.tenant_id = $1
        ORDER BY array_position(ARRAY['owner','admin','editor','member','viewer'], m.role), lower(u.display_name), m.user_id
        LIMIT $2 OFFSET $3`,
      [tx.tenantId, pageSize, (page - 1) * pageSize],
    );
    const total = rows[0] ? Number(rows[0].total) : await this.count(tx);
    return {
      items: rows.map(toMember),
      total,
    };
  }

  async one(tx: TenantTx, userId: string): Promise<Member | null> {
    const rows: MemberRow[] = await tx.manager.query(
      `SELECT ${memberColumns} FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.tenant_id = $1 AND m.user_id = $2`,
      [tx.tenantId, userId],
    );
    return rows[0] ? toMember(rows[0]) : null;
  }

  private async count(tx: TenantTx): Promise<number> {
    const rows: { n: string }[] = await tx.manager.query(`SELECT count(*) AS n FROM membership WHERE tenant_id = $1`, [tx.tenantId]);
    return Number(rows[0]?.n ?? 0);
  }

  /** The caller's role in a tenant and its status, for the access guard; needs app.user_id = userId. */
  async accessOf(manager: EntityManager, tenantId: string, userId: string): Promise<{ role: TenantRole; status: 'active' | 'suspended' } | null> {
    const rows: { role: TenantRole; status: 'active' | 'suspended' }[] = await manager.query(
      `SELECT m.role, t.status FROM membership m JOIN tenant t ON t.id = m.tenant_id WHERE m.tenant_id = $1 AND m.user_id = $2`,
      [tenantId, userId],
    );
    return rows[0] ?? null;
  }

  /** The person's own memberships; needs app.user_id set to `userId` (runAs). */
  async ofUser(manager: EntityManager, userId: string): Promise<(MembershipSummary & { status: 'active' | 'suspended' })[]> {
    const rows: { tenant_id: string; slug: string; name: string; type: TenantType; role: TenantRole; status: 'active' | 'suspended' }[] = await manager.query(
      `SELECT m.tenant_id, t.slug, t.name, t.type, m.role, t.status
         FROM membership m JOIN tenant t ON t.id = m.tenant_id
        WHERE m.user_id = $1 ORDER BY lower(t.name), t.id`,
      [userId],
    );
    return rows.map((r) => ({ tenantId: r.tenant_id, slug: r.slug, name: r.name, type: r.type, role: r.role, status: r.status }));
  }
}
